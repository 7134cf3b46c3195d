/**
 * The browser half of the SDK, as an ES module: what the `/aff-click.js` tag does, plus reading the values back.
 * A link through the tracking host lands on your site with the click id in the URL (`?aff_click=<uuid>`), and
 * a program that gives the referred customer a discount and puts it in links adds the affiliate's code
 * (`?aff_discount=<code>`; the program's `discountInLink` setting).
 * captureClickId() keeps both as first-party cookies on your host and takes them out of the address bar.
 */

/** The parts of the page the module touches; the page's own by default (tests pass a fake). */
export interface BrowserEnvironment {
  document: { cookie: string };
  location: { search: string; pathname: string; hash: string; protocol: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void };
}

export interface CaptureOptions {
  /** The program's click id parameter (its Tracking settings); default `aff_click`. */
  clickIdParam?: string;
  /** The landing URL's discount code parameter; default `aff_discount`. */
  discountParam?: string;
  /** The cookies' lifetime in days: use the program's cookie days (default 30). */
  days?: number;
}

/** The cookie names, whatever the URL parameters are called: what your checkout reads. */
export const CLICK_ID_COOKIE = 'aff_click';
export const DISCOUNT_COOKIE = 'aff_discount';

const CLICK_ID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i;
// Codes are letters, digits, - and _: nothing that could break out of the cookie or need encoding.
const DISCOUNT_CODE = /^[\w-]{1,64}$/;

const page = (): BrowserEnvironment => globalThis as unknown as BrowserEnvironment;

function readCookie(env: BrowserEnvironment, name: string): string | null {
  for (const pair of env.document.cookie.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return null;
}

function writeCookie(env: BrowserEnvironment, name: string, value: string, days: number): void {
  const secure = env.location.protocol === 'https:' ? '; Secure' : '';
  env.document.cookie = `${name}=${value}; Max-Age=${Math.round(days * 86_400)}; Path=/; SameSite=Lax${secure}`;
}

/** A query part's decoded name; a malformed escape is kept as written. */
function paramName(part: string): string {
  const raw = part.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const fromUrl = (env: BrowserEnvironment, param: string): string | null =>
  new URLSearchParams(env.location.search).get(param);

/**
 * Keeps the landing URL's click id and discount code as first-party cookies and removes both parameters from
 * the address bar, keeping every other parameter and the fragment as written. Values of the wrong shape are
 * not stored, but still removed. Returns what it stored.
 */
export function captureClickId(
  options: CaptureOptions = {},
  env: BrowserEnvironment = page(),
): { clickId: string | null; discountCode: string | null } {
  const clickParam = options.clickIdParam ?? 'aff_click';
  const discountParam = options.discountParam ?? 'aff_discount';
  const days = options.days ?? 30;
  const clickId = fromUrl(env, clickParam);
  const discountCode = fromUrl(env, discountParam);
  const stored = {
    clickId: clickId !== null && CLICK_ID.test(clickId) ? clickId : null,
    discountCode: discountCode !== null && DISCOUNT_CODE.test(discountCode) ? discountCode : null,
  };
  if (stored.clickId) writeCookie(env, CLICK_ID_COOKIE, stored.clickId, days);
  if (stored.discountCode) writeCookie(env, DISCOUNT_COOKIE, stored.discountCode, days);
  const query = env.location.search.slice(1).split('&');
  const kept = query.filter((part) => {
    const name = paramName(part);
    return name !== clickParam && name !== discountParam;
  });
  if (kept.length !== query.length)
    env.history.replaceState(
      env.history.state,
      '',
      env.location.pathname + (kept.length > 0 ? `?${kept.join('&')}` : '') + env.location.hash,
    );
  return stored;
}

/** The visitor's click id: send it as `click_id` with the conversion. Null when they came by no affiliate link. */
export function getClickId(options: Pick<CaptureOptions, 'clickIdParam'> = {}, env: BrowserEnvironment = page()) {
  const candidates = [fromUrl(env, options.clickIdParam ?? 'aff_click'), readCookie(env, CLICK_ID_COOKIE)];
  return candidates.find((v): v is string => v !== null && CLICK_ID.test(v)) ?? null;
}

/**
 * The discount code the affiliate's link carried, from the landing URL or the cookie captureClickId() wrote:
 * apply it at checkout so the referred customer types nothing. Null when the link carried none.
 */
export function getDiscountCode(
  options: Pick<CaptureOptions, 'discountParam'> = {},
  env: BrowserEnvironment = page(),
): string | null {
  const candidates = [fromUrl(env, options.discountParam ?? 'aff_discount'), readCookie(env, DISCOUNT_COOKIE)];
  return candidates.find((v): v is string => v !== null && DISCOUNT_CODE.test(v)) ?? null;
}
