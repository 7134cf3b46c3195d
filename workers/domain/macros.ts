export const CLICK_MACROS = [
  'click_id',
  'affiliate_id',
  'offer_id',
  'advertiser_id',
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
] as const;
export type ClickMacro = (typeof CLICK_MACROS)[number];

/**
 * Fills `{name}` macros in a URL template, URL-encoding every value so a value can never add a
 * query parameter, a path or a host. Unknown macros stay as written; missing values become empty.
 */
const MACRO = /\{([a-z0-9_]+)\}/g;

export function expandMacros(
  template: string,
  values: Partial<Record<string, string | null>>,
  known: readonly string[] = CLICK_MACROS,
): string {
  return template.replace(MACRO, (whole, name: string) =>
    known.includes(name) ? encodeURIComponent(values[name] ?? '') : whole,
  );
}

/** A template as its literal text and click macros, in order; unknown `{names}` stay text. */
export type MacroParts = (string | { macro: ClickMacro })[];

/** Cuts a template once, so filling it for each click is concatenation (see click-target.ts). */
export function cutMacros(template: string): MacroParts {
  const parts: MacroParts = [];
  let text = '';
  let at = 0;
  for (const m of template.matchAll(MACRO)) {
    const macro = CLICK_MACROS.find((name) => name === m[1]);
    text += template.slice(at, m.index);
    at = m.index + m[0].length;
    if (macro) {
      parts.push(text, { macro });
      text = '';
    } else text += m[0];
  }
  parts.push(text + template.slice(at));
  return parts;
}
