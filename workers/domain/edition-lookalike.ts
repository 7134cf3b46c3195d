import { getDomain } from 'tldts';
import { unicodeHost } from './punycode';

// Letters that render like Latin ones (Cyrillic, Greek) and digits that pass for letters: a name is judged by
// the shape a reader sees, not by its code points.
const CONFUSABLE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ь: 'b', г: 'r', п: 'n', д: 'd',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '$': 's', '@': 'a', '!': 'i',
};

/**
 * What a text looks like, reduced to Latin letters and digits: lower case, accents dropped, confusable
 * letters and digits folded, `rn` read as `m`, `vv` as `w`, `l` and `i` as one, everything else removed.
 */
export function skeleton(text: string): string {
  const folded = [...text.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '')]
    .map((c) => CONFUSABLE[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]/g, '');
  return folded.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/[il]/g, 'l');
}

/** Levenshtein distance, stopping early once it exceeds `max` (then max + 1). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** How far two skeletons may be apart and still pass for each other: none when short, more when long. */
const tolerance = (length: number) => (length < 5 ? 0 : length < 10 ? 1 : 2);

const alike = (a: string, b: string) =>
  a.length > 0 && b.length > 0 && editDistance(a, b, tolerance(Math.min(a.length, b.length))) <= tolerance(Math.min(a.length, b.length));

/**
 * A brand's distinctive parts: its whole skeleton (four letters or more) and each word of five or more
 * ("podruga" of "Podruga AI"); shorter words (ai, labs, app) are too common to claim.
 */
function brandTokens(brand: string): string[] {
  const words = brand
    .split(/[^\p{L}\p{N}]+/u)
    .map(skeleton)
    .filter((w) => w.length >= 5);
  const whole = skeleton(brand);
  return [...new Set([...(whole.length >= 4 ? [whole] : []), ...words])];
}

/** Whether a token (or a near copy of it) appears inside a longer text, as in `podruga-ai-login`. */
function containsLike(text: string, token: string): boolean {
  if (text.includes(token)) return true;
  const slack = tolerance(token.length);
  if (slack === 0) return false;
  for (let len = token.length - slack; len <= token.length + slack; len++)
    for (let i = 0; i + len <= text.length; i++) if (alike(text.slice(i, i + len), token)) return true;
  return false;
}

export interface LookalikeProtected {
  /** The advertiser's brand names: its organization name, portal name and app names. */
  brands: readonly string[];
  /** The advertiser's own hostnames (the app's site, allowed domains, base domain): their registrable names count as brands too. */
  domains: readonly string[];
  /** Other affiliates' edition names: an edition may not pass for another one. */
  otherEditionNames: readonly string[];
}

export type LookalikeIssue = { field: 'name' | 'host'; resembles: string; reason: string };

/** The label part of a registrable domain ("podruga" of podruga.example) a lookalike host would imitate. */
const domainLabel = (host: string) => (getDomain(host, { allowPrivateDomains: false }) ?? host).split('.')[0] ?? '';

/**
 * Why an edition's name or host would pass for the advertiser's brand or another affiliate's edition, or null.
 * A name may not resemble a brand or another edition's name, nor contain a brand; a host (its labels
 * outside the app's own base domain, read in Unicode) may not contain a brand or a near copy of one
 * (`podruga-ai-login.example`, `podruqa.example`).
 */
export function lookalikeIssue(
  edition: { name: string; host: string; baseDomain: string | null },
  guarded: LookalikeProtected,
): LookalikeIssue | null {
  const brands = [...guarded.brands, ...guarded.domains.map(domainLabel)];
  const name = skeleton(edition.name);
  for (const brand of brands) {
    const whole = skeleton(brand);
    if (alike(name, whole)) return { field: 'name', resembles: brand, reason: `resembles ${brand}` };
    for (const token of brandTokens(brand))
      if (containsLike(name, token)) return { field: 'name', resembles: brand, reason: `contains ${brand}` };
  }
  for (const other of guarded.otherEditionNames)
    if (alike(name, skeleton(other)))
      return { field: 'name', resembles: other, reason: `resembles another affiliate's edition ${other}` };

  const own = edition.baseDomain && edition.host.endsWith(`.${edition.baseDomain}`);
  const shown = unicodeHost(own ? edition.host.slice(0, -edition.baseDomain!.length - 1) : edition.host);
  const hostText = skeleton(shown);
  for (const brand of brands)
    for (const token of brandTokens(brand))
      if (containsLike(hostText, token))
        return { field: 'host', resembles: brand, reason: `imitates ${brand}` };
  return null;
}
