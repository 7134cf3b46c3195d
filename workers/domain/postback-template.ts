import { expandMacros } from './macros';
import { isPublicHttpsUrl } from './safe-url';

/** The macros an affiliate's postback URL template may use; anything else is refused. */
export const POSTBACK_MACROS = [
  'click_id',
  'affiliate_id',
  'advertiser_id',
  'offer_id',
  'status',
  'payout',
  'currency',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
  'sub6',
  'sub7',
  'sub8',
  'sub9',
  'sub10',
  'timestamp',
] as const;
export type PostbackMacro = (typeof POSTBACK_MACROS)[number];

export type TemplateProblem =
  | { kind: 'unknown_macros'; macros: string[] }
  | { kind: 'stray_brace' }
  | { kind: 'macro_in_host' }
  | { kind: 'unsafe_url' };

const sample = (value: string) => Object.fromEntries(POSTBACK_MACROS.map((m) => [m, value]));

/**
 * Null when the template is acceptable: only known `{macro}`s, no stray braces, and an https URL
 * to a public host whatever the macros expand to. Macros may fill the path and query, never the
 * host: two expansions with different values must reach the same host.
 */
export function checkPostbackTemplate(template: string): TemplateProblem | null {
  const used = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  const unknown = [...new Set(used.filter((name) => !(POSTBACK_MACROS as readonly string[]).includes(name)))];
  if (unknown.length > 0) return { kind: 'unknown_macros', macros: unknown };
  if (/[{}]/.test(template.replace(/\{[a-z0-9_]+\}/g, ''))) return { kind: 'stray_brace' };
  const a = expandMacros(template, sample('a'), POSTBACK_MACROS);
  const b = expandMacros(template, sample('1'), POSTBACK_MACROS);
  if (!isPublicHttpsUrl(a) || !isPublicHttpsUrl(b)) return { kind: 'unsafe_url' };
  if (new URL(a).host !== new URL(b).host) return { kind: 'macro_in_host' };
  return null;
}

export function describeTemplateProblem(problem: TemplateProblem): string {
  switch (problem.kind) {
    case 'unknown_macros':
      return `Unknown macros: ${problem.macros.map((m) => `{${m}}`).join(', ')}; allowed: ${POSTBACK_MACROS.map((m) => `{${m}}`).join(' ')}`;
    case 'stray_brace':
      return 'A "{" or "}" is not part of a macro';
    case 'macro_in_host':
      return 'Macros may appear in the path and query only, not in the host';
    case 'unsafe_url':
      return 'Must be an https URL on the default port to a public host name (no IP addresses, localhost or private names)';
  }
}
