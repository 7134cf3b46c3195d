import { parseAffPath } from './parse-aff-path';

const SUB_MAX = 256;
const ID_MAX = 64;
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;
const SUB_INDEX = new Map<string, number>(Array.from({ length: 10 }, (_, i) => [`sub${i + 1}`, i] as const));

export type ClickRequest =
  | { form: 'aff_path'; code: string | null; sameSite: URL; sub: (string | null)[] }
  | { form: 'click'; programId: string | null; affiliateId: string | null; sub: (string | null)[] }
  | { form: 'short_link'; slug: string | null; sub: (string | null)[] };

interface Query {
  /** sub1…sub10, each capped; invalid UTF-8 arrives already replaced by U+FFFD. */
  sub: (string | null)[];
  o: string | null;
  a: string | null;
}

/**
 * The parameters a click uses, in one pass over the query: each is its first occurrence, as
 * URLSearchParams.get answers, without a runtime call per name (a link carries few parameters).
 */
function readQuery(url: URL): Query {
  const query: Query = { sub: [null, null, null, null, null, null, null, null, null, null], o: null, a: null };
  if (url.search.length < 2) return query;
  for (const [name, value] of url.searchParams) {
    const i = SUB_INDEX.get(name);
    if (i !== undefined) query.sub[i] ??= value.slice(0, SUB_MAX);
    else if (name === 'o') query.o ??= value;
    else if (name === 'a') query.a ??= value;
  }
  return query;
}

const idParam = (value: string | null): string | null => (value && value.length <= ID_MAX ? value : null);

/** Which link form a request is, if any (SPEC "Tracking": three forms). */
export function parseClickRequest(url: URL): ClickRequest | null {
  const pathname = url.pathname;
  if (pathname === '/click') {
    const { o, a, sub } = readQuery(url);
    return { form: 'click', programId: idParam(o), affiliateId: idParam(a), sub };
  }
  const short = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (short) {
    const slug = short[1]!;
    return { form: 'short_link', slug: SLUG.test(slug) ? slug : null, sub: readQuery(url).sub };
  }
  const aff = parseAffPath(url);
  if (aff) return { form: 'aff_path', code: aff.code, sameSite: aff.target, sub: readQuery(url).sub };
  return null;
}
