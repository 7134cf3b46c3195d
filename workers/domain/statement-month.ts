/** A calendar month as YYYY-MM (months of statements are UTC months). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month's half-open UTC range [from, to); null for anything that is not YYYY-MM. */
export function monthRange(month: string): { from: Date; to: Date } | null {
  const m = MONTH_PATTERN.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  if (year < 2000 || year > 9998) return null;
  return { from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) };
}

/** The UTC month a moment falls in, as YYYY-MM. */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** What a month's figures per currency add up to; net = earned − reversed (paid is money leaving, not earned). */
export interface StatementFigures {
  earnedMinor: number;
  reversedMinor: number;
  paidMinor: number;
}

export const statementNet = (f: StatementFigures): number => f.earnedMinor - f.reversedMinor;
