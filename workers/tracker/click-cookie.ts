export const CLICK_COOKIE = 'aff_click';
export const DEFAULT_COOKIE_DAYS = 30;

/**
 * First-party attribution cookie on the host that served the click (no Domain attribute).
 * Not HttpOnly on purpose: partner front ends read it to pass the click id to their checkout,
 * and the click id is an opaque identifier, not a credential.
 */
export function clickCookie(clickId: string, cookieDays: number): string {
  const maxAge = Math.max(0, Math.floor(cookieDays)) * 86_400;
  return `${CLICK_COOKIE}=${clickId}; Max-Age=${maxAge}; Path=/; Secure; SameSite=Lax`;
}
