// The access token lives only in this module's memory: never in localStorage or sessionStorage, where any
// injected script could read it. A reload or a new tab restores it through the HttpOnly refresh cookie.
let accessToken: string | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
