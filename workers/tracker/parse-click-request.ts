import type { ClickRequest } from '../contracts/click-request';
import type { RequestUrl } from '../contracts/request-url';
import { parseAffPath } from './parse-aff-path';

const SUB_MAX = 256;
const ID_MAX = 64;
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;
const SHORT_LINK = /^\/r\/([^/]+)\/?$/;
const SUB_INDEX = new Map<string, number>(Array.from({ length: 10 }, (_, i) => [`sub${i + 1}`, i] as const));

interface Query {
  /** sub1…sub10, each capped; invalid UTF-8 decodes to U+FFFD. */
  sub: (string | null)[];
  o: string | null;
  a: string | null;
  /** Some parameter name occurs more than once. */
  repeatedNames: boolean;
}

/**
 * One name or value of a query, decoded as URLSearchParams decodes it ('+' is a space; invalid
 * UTF-8 becomes U+FFFD). Most parts need no decoding at all, and decodeURIComponent covers the
 * rest but malformed escapes, which the runtime's own parser then decodes.
 */
function decodePart(raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return new URLSearchParams(`x=${raw}`).get('x') ?? '';
  }
}

/**
 * The parameters a click uses, in one pass over the serialized query: each is its first
 * occurrence, as URLSearchParams.get answers, with no runtime call per parameter.
 */
function readQuery(search: string): Query {
  const query: Query = {
    sub: [null, null, null, null, null, null, null, null, null, null],
    o: null,
    a: null,
    repeatedNames: false,
  };
  const names: string[] = [];
  for (let start = 1; start < search.length; ) {
    let end = search.indexOf('&', start);
    if (end < 0) end = search.length;
    if (end > start) {
      const eq = search.indexOf('=', start);
      const nameEnd = eq < 0 || eq > end ? end : eq;
      const name = decodePart(search.slice(start, nameEnd));
      if (names.includes(name)) query.repeatedNames = true;
      else names.push(name);
      const value = () => decodePart(search.slice(Math.min(nameEnd + 1, end), end));
      const i = SUB_INDEX.get(name);
      if (i !== undefined) query.sub[i] ??= value().slice(0, SUB_MAX);
      else if (name === 'o') query.o ??= value();
      else if (name === 'a') query.a ??= value();
    }
    start = end + 1;
  }
  return query;
}

const idParam = (value: string | null): string | null => (value && value.length <= ID_MAX ? value : null);

/** Which link form a request is, if any: /aff/{code}, /click?o=&a=, /r/{slug}. */
export function parseClickRequest(url: RequestUrl): ClickRequest | null {
  const pathname = url.pathname;
  if (pathname === '/click') {
    const { o, a, sub } = readQuery(url.search);
    return { form: 'click', programId: idParam(o), affiliateId: idParam(a), sub };
  }
  const short = SHORT_LINK.exec(pathname);
  if (short) {
    const slug = short[1]!;
    return { form: 'short_link', slug: SLUG.test(slug) ? slug : null, sub: readQuery(url.search).sub };
  }
  const aff = parseAffPath(url);
  if (!aff) return null;
  const { sub, repeatedNames } = readQuery(url.search);
  return { form: 'aff_path', code: aff.code, sameSite: aff.target, sub, repeatedNames };
}
