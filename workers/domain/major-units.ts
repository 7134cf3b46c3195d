/**
 * Amounts written in major units (`12.50` dollars), as S2S postbacks send them, turned into the
 * integer minor units we store, by reading the digits: no float ever holds the amount, so
 * `0.29` is 29 cents and never 28.999….
 */

export type MajorUnitsResult = { ok: true; minor: number } | { ok: false; reason: string };

// Digits, optionally a dot and more digits. No sign, exponent, spaces, thousands separators or
// a bare leading/trailing dot: anything a human could read two ways is refused.
const DECIMAL = /^(\d{1,15})(?:\.(\d{1,15}))?$/;

/** Largest amount accepted, in minor units (the conversion schema's own bound). */
export const MAX_MINOR_AMOUNT = 1_000_000_000_000;

export function parseMajorUnits(text: string, decimals: number): MajorUnitsResult {
  const match = DECIMAL.exec(text);
  if (!match)
    return { ok: false, reason: 'must be a plain decimal number such as 12.50 (no sign, exponent or separators)' };
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) {
    return {
      ok: false,
      reason: decimals === 0 ? 'this currency has no decimals' : `this currency has at most ${decimals} decimals`,
    };
  }
  const minor = BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
  if (minor > BigInt(MAX_MINOR_AMOUNT)) return { ok: false, reason: 'is too large' };
  return { ok: true, minor: Number(minor) };
}
