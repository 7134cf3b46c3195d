/**
 * The standard VAT rate of each EU member state, in basis points, with the date each rate took effect
 * where it changed recently, so an invoice rendered again later shows the rate of its own date.
 *
 * Source: European Commission, DG TAXUD, "VAT rates applied in the Member States of the European Union"
 * (the standard-rate column, published on taxation-customs.ec.europa.eu), with the changes since: Finland
 * 24 → 25.5 % on 2024-09-01, Slovakia 20 → 23 % on 2025-01-01, Estonia 22 → 24 % on 2025-07-01 and
 * Romania 19 → 21 % on 2025-08-01. Keyed by ISO 3166 code (Greece is GR here, EL in VIES).
 */
type RateHistory = readonly { bps: number; from: string }[];

const SINCE_EVER = '1970-01-01';

// biome-ignore format: one member state a line reads best
const STANDARD_RATES: Readonly<Record<string, RateHistory>> = {
  AT: [{ bps: 2000, from: SINCE_EVER }],
  BE: [{ bps: 2100, from: SINCE_EVER }],
  BG: [{ bps: 2000, from: SINCE_EVER }],
  CY: [{ bps: 1900, from: SINCE_EVER }],
  CZ: [{ bps: 2100, from: SINCE_EVER }],
  DE: [{ bps: 1900, from: SINCE_EVER }],
  DK: [{ bps: 2500, from: SINCE_EVER }],
  EE: [{ bps: 2200, from: SINCE_EVER }, { bps: 2400, from: '2025-07-01' }],
  ES: [{ bps: 2100, from: SINCE_EVER }],
  FI: [{ bps: 2400, from: SINCE_EVER }, { bps: 2550, from: '2024-09-01' }],
  FR: [{ bps: 2000, from: SINCE_EVER }],
  GR: [{ bps: 2400, from: SINCE_EVER }],
  HR: [{ bps: 2500, from: SINCE_EVER }],
  HU: [{ bps: 2700, from: SINCE_EVER }],
  IE: [{ bps: 2300, from: SINCE_EVER }],
  IT: [{ bps: 2200, from: SINCE_EVER }],
  LT: [{ bps: 2100, from: SINCE_EVER }],
  LU: [{ bps: 1700, from: SINCE_EVER }],
  LV: [{ bps: 2100, from: SINCE_EVER }],
  MT: [{ bps: 1800, from: SINCE_EVER }],
  NL: [{ bps: 2100, from: SINCE_EVER }],
  PL: [{ bps: 2300, from: SINCE_EVER }],
  PT: [{ bps: 2300, from: SINCE_EVER }],
  RO: [{ bps: 1900, from: SINCE_EVER }, { bps: 2100, from: '2025-08-01' }],
  SE: [{ bps: 2500, from: SINCE_EVER }],
  SI: [{ bps: 2200, from: SINCE_EVER }],
  SK: [{ bps: 2000, from: SINCE_EVER }, { bps: 2300, from: '2025-01-01' }],
};

/** Whether `isoCountry` is an EU member state (of this table). */
export const isEuMemberState = (isoCountry: string): boolean => isoCountry in STANDARD_RATES;

/** The standard VAT rate of a member state on a day (UTC), in basis points; null outside the EU. */
export function standardVatRateBps(isoCountry: string, on: Date): number | null {
  const history = STANDARD_RATES[isoCountry];
  if (!history) return null;
  const day = on.toISOString().slice(0, 10);
  let bps = history[0]!.bps;
  for (const step of history) if (step.from <= day) bps = step.bps;
  return bps;
}
