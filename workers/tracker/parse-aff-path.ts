import type { RequestUrl } from '../contracts/request-url';

/** Codes are minted by us (ref codes, slugs): letters, digits, dash and underscore. */
const CODE = /^[A-Za-z0-9_-]{1,64}$/;
const AFF_PATH = /^(.*)\/aff\/([^/]+)\/?$/;

export interface AffPath {
  /** The referral code, or null when the segment holds something that is not a code. */
  code: string | null;
  /** The same URL with the `/aff/{code}` segment removed (query kept). */
  target: string;
}

/**
 * Link form 1: `/aff/{code}` appended to any path, optionally with a trailing slash.
 * `https://app.example/pricing/aff/AB12?x=1` → code AB12, target `https://app.example/pricing?x=1`.
 * The target is rebuilt on the request's own origin, so it can never leave the site.
 */
export function parseAffPath(url: RequestUrl): AffPath | null {
  const match = AFF_PATH.exec(url.pathname);
  if (!match) return null;
  const [, prefix = '', rawCode = ''] = match;
  let code: string | null;
  try {
    code = decodeURIComponent(rawCode);
  } catch {
    code = null;
  }
  // Collapse leading slashes: '//evil.example' as a path is harmless in an absolute URL, but a
  // clean single slash keeps the Location readable and relative-safe for any later rewrite. The
  // origin, prefix and query come serialized from the parsed request URL (no raw '?', '#' or '\',
  // no dot segments), so joining them is the serialization a parse would give.
  const target = `${url.origin}${prefix.replace(/^\/+/, '/') || '/'}${url.search}`;
  return { code: code !== null && CODE.test(code) ? code : null, target };
}
