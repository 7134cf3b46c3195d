/** One line on either side of a backtest: what was paid, or what the proposed terms would pay. */
export interface SummedLine {
  conversionId: string;
  beneficiaryId: string;
  currency: string;
  netMinor: number;
}

/** An event of the period: where its lines are summed. */
export interface SummedEvent {
  programId: string;
  /** UTC month, "2026-03". */
  month: string;
}

export interface Compared {
  currency: string;
  actualMinor: number;
  proposedMinor: number;
  deltaMinor: number;
}

export interface BacktestSummary {
  totals: Compared[];
  /** The ten affiliates (any upline level) whose pay changes most, per currency, largest change first. */
  affiliates: (Compared & { affiliateId: string })[];
  programs: (Compared & { programId: string })[];
  months: (Compared & { month: string })[];
  /** Events of the period whose lines differ. */
  changedConversions: number;
}

export const TOP_AFFILIATES = 10;

class Sums {
  private map = new Map<string, { key: string[]; currency: string; actual: number; proposed: number }>();

  add(key: string[], currency: string, side: 'actual' | 'proposed', minor: number): void {
    const id = `${key.join('\u0000')}\u0000${currency}`;
    const row = this.map.get(id) ?? { key, currency, actual: 0, proposed: 0 };
    this.map.set(id, row);
    row[side] += minor;
  }

  rows() {
    return [...this.map.values()].map((r) => ({
      key: r.key,
      currency: r.currency,
      actualMinor: r.actual,
      proposedMinor: r.proposed,
      deltaMinor: r.proposed - r.actual,
    }));
  }
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Actual against proposed: per currency, per affiliate (the biggest changes), per program and per month. */
export function summarizeBacktest(
  events: Map<string, SummedEvent>,
  actual: SummedLine[],
  proposed: SummedLine[],
): BacktestSummary {
  const totals = new Sums();
  const affiliates = new Sums();
  const programs = new Sums();
  const months = new Sums();
  const perConversion = new Map<string, number[]>();
  for (const [side, lines] of [
    ['actual', actual],
    ['proposed', proposed],
  ] as const) {
    for (const l of lines) {
      const e = events.get(l.conversionId);
      if (!e) continue;
      totals.add([], l.currency, side, l.netMinor);
      affiliates.add([l.beneficiaryId], l.currency, side, l.netMinor);
      programs.add([e.programId], l.currency, side, l.netMinor);
      months.add([e.month], l.currency, side, l.netMinor);
      const pair = perConversion.get(l.conversionId) ?? [0, 0];
      pair[side === 'actual' ? 0 : 1]! += l.netMinor;
      perConversion.set(l.conversionId, pair);
    }
  }
  const plain = ({ key: _key, ...r }: ReturnType<Sums['rows']>[number]) => r;
  return {
    totals: totals
      .rows()
      .map(plain)
      .sort((a, b) => byText(a.currency, b.currency)),
    affiliates: affiliates
      .rows()
      .filter((r) => r.deltaMinor !== 0)
      .sort(
        (a, b) =>
          Math.abs(b.deltaMinor) - Math.abs(a.deltaMinor) ||
          byText(a.currency, b.currency) ||
          byText(a.key[0]!, b.key[0]!),
      )
      .slice(0, TOP_AFFILIATES)
      .map((r) => ({ affiliateId: r.key[0]!, ...plain(r) })),
    programs: programs
      .rows()
      .sort((a, b) => byText(a.key[0]!, b.key[0]!) || byText(a.currency, b.currency))
      .map((r) => ({ programId: r.key[0]!, ...plain(r) })),
    months: months
      .rows()
      .sort((a, b) => byText(a.key[0]!, b.key[0]!) || byText(a.currency, b.currency))
      .map((r) => ({ month: r.key[0]!, ...plain(r) })),
    changedConversions: [...perConversion.values()].filter(([a, p]) => a !== p).length,
  };
}
