// The access token lives only in this module's memory: never in localStorage or sessionStorage, where any
// injected script could read it. A reload or a new tab restores it through the HttpOnly refresh cookie.
let accessToken: string | null = null;
/** When the token stops working, by this browser's clock (its lifetime counted from when it arrived). */
let expiresAt: number | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null, now = Date.now()): void {
  accessToken = token;
  expiresAt = token ? expiryOf(token, now) : null;
}

/**
 * True when the token is gone or ends within `marginMs`: the client refreshes before sending rather than
 * collecting a 401 (which the browser's console shows) and replaying.
 */
export function accessTokenExpiring(marginMs: number, now = Date.now()): boolean {
  if (!accessToken) return false;
  return expiresAt !== null && expiresAt - marginMs <= now;
}

/**
 * exp − iat of the JWT, added to the moment it arrived: a browser clock set wrong by hours would misjudge exp
 * itself. Null when the token carries no such claims (then only a 401 says it ended).
 */
function expiryOf(token: string, now: number): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown;
      iat?: unknown;
    };
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') return null;
    return now + (payload.exp - payload.iat) * 1000;
  } catch {
    return null;
  }
}
