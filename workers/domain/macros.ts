export const CLICK_MACROS = ['click_id', 'affiliate_id', 'offer_id', 'advertiser_id', 'sub1', 'sub2', 'sub3', 'sub4', 'sub5', 'sub6', 'sub7', 'sub8', 'sub9', 'sub10'] as const;
export type ClickMacro = (typeof CLICK_MACROS)[number];

/**
 * Fills `{name}` macros in a URL template, URL-encoding every value so a value can never add a
 * query parameter, a path or a host. Unknown macros stay as written; missing values become empty.
 */
export function expandMacros(template: string, values: Partial<Record<string, string | null>>, known: readonly string[] = CLICK_MACROS): string {
  return template.replace(/\{([a-z0-9_]+)\}/g, (whole, name: string) => (known.includes(name) ? encodeURIComponent(values[name] ?? '') : whole));
}
