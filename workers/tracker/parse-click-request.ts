import { parseAffPath } from './parse-aff-path';

const SUB_MAX = 256;
const ID_MAX = 64;
const SLUG = /^[A-Za-z0-9_-]{1,64}$/;

export type ClickRequest =
  | { form: 'aff_path'; code: string | null; sameSite: URL; sub: (string | null)[] }
  | { form: 'click'; programId: string | null; affiliateId: string | null; sub: (string | null)[] }
  | { form: 'short_link'; slug: string | null; sub: (string | null)[] };

/** sub1…sub10 from the query, each capped; invalid UTF-8 arrives already replaced by U+FFFD. */
function subs(params: URLSearchParams): (string | null)[] {
  return Array.from({ length: 10 }, (_, i) => params.get(`sub${i + 1}`)?.slice(0, SUB_MAX) ?? null);
}

const idParam = (params: URLSearchParams, name: string): string | null => {
  const value = params.get(name);
  return value && value.length <= ID_MAX ? value : null;
};

/** Which link form a request is, if any (SPEC "Tracking": three forms). */
export function parseClickRequest(url: URL): ClickRequest | null {
  if (url.pathname === '/click') {
    return { form: 'click', programId: idParam(url.searchParams, 'o'), affiliateId: idParam(url.searchParams, 'a'), sub: subs(url.searchParams) };
  }
  const short = /^\/r\/([^/]+)\/?$/.exec(url.pathname);
  if (short) {
    const slug = short[1]!;
    return { form: 'short_link', slug: SLUG.test(slug) ? slug : null, sub: subs(url.searchParams) };
  }
  const aff = parseAffPath(url);
  if (aff) return { form: 'aff_path', code: aff.code, sameSite: aff.target, sub: subs(url.searchParams) };
  return null;
}
