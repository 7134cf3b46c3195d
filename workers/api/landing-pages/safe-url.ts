/**
 * An advertiser-given URL fit for an href or src on a public page: http(s) only, so a `javascript:` or `data:`
 * URL stored before validation existed (or through a future path) never reaches a visitor's browser.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A `#rrggbb` colour, else the platform's, so a stored brand colour can never break out of the style rule. */
export function safeColor(value: string | null | undefined, fallback: string): string {
  return value && /^#[0-9a-fA-F]{6}$/.test(value) ? value : fallback;
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance), for text on the brand. */
export function inkOn(color: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // White's contrast (1.05 / (L + 0.05)) beats near-black's ((L + 0.05) / 0.06) below L ≈ 0.2.
  return luminance < 0.2 ? '#ffffff' : '#1a1b1e';
}
