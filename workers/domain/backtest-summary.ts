import { entry, newMap } from './map-entry';

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

type Side = 'actual' | 'proposed';
interface Row {
  key: string;
  currency: string;
  actualMinor: number;
  proposedMinor: number;
}

/** Sums per key and currency of both sides. */
class Sums {
  private map = new Map<string, Row>();

  add(key: string, currency: string, side: Side, minor: number): void {
    const id = `${key}\u0000${currency}`;
    const row = this.map.get(id) ?? { key, currency, actualMinor: 0, proposedMinor: 0 };
    this.map.set(id, row);
    if (side === 'actual') row.actualMinor += minor;
    else row.proposedMinor += minor;
  }

  rows(): (Row & { deltaMinor: number })[] {
    return [...this.map.values()].map((r) => ({ ...r, deltaMinor: r.proposedMinor - r.actualMinor }));
  }
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compared = (r: Row & { deltaMinor: number }): Compared => ({
  currency: r.currency,
  actualMinor: r.actualMinor,
  proposedMinor: r.proposedMinor,
  deltaMinor: r.deltaMinor,
});

/**
 * Actual against proposed, summed as the lines come (a backtest has hundreds of thousands of them,
 * so none is kept) into one cell per affiliate, currency and month, then rolled up per currency,
 * per affiliate (the biggest changes), per program and per month.
 */
/** One beneficiary's cells, month → currency → cell, with the last one used (lines come in time order). */
interface Cells {
  byMonth: Map<string, Map<string, Row>>;
  last: Row | null;
}

export class BacktestSums {
  /** Beneficiary → its cells: nested on the callers' own strings, no key is built per line. */
  private cells = new Map<string, Cells>();
  private changed = 0;

  constructor(private readonly programId: string) {}

  /**
   * Positional rather than an object: called twice per replayed line, hundreds of thousands of times.
   * Events come in time order, so a beneficiary's line usually falls in the cell its last one did: one
   * map lookup rather than three.
   */
  add(side: Side, beneficiaryId: string, month: string, currency: string, minor: number) {
    let cells = this.cells.get(beneficiaryId);
    if (!cells) {
      cells = { byMonth: new Map(), last: null };
      this.cells.set(beneficiaryId, cells);
    }
    let row = cells.last;
    if (row === null || row.key !== month || row.currency !== currency) {
      const currencies = entry(cells.byMonth, month, newMap<string, Row>);
      row = currencies.get(currency) ?? null;
      if (!row) {
        row = { key: month, currency, actualMinor: 0, proposedMinor: 0 };
        currencies.set(currency, row);
      }
      cells.last = row;
    }
    if (side === 'actual') row.actualMinor += minor;
    else row.proposedMinor += minor;
  }

  /**
   * Adds one event's stored lines (ReplayEvent.kept: "beneficiary:currency:minor", comma-separated; UUIDs
   * and currency codes hold neither separator) to the actual side, and answers their total, the event's
   * net. A line whose beneficiary and currency match one of the event's replayed lines is filed under
   * that line's strings: the replay's ids are a few strings met again and again, whose hash is worked out
   * once, where a row's are new on every row (this runs for every stored line of the period).
   */
  addKept(kept: string, month: string, replayed: readonly { beneficiaryId: string; currency: string }[]): number {
    let net = 0;
    for (let start = 0; start < kept.length; ) {
      let end = kept.indexOf(',', start);
      if (end < 0) end = kept.length;
      const cut = kept.indexOf(':', start);
      const currencyEnd = kept.lastIndexOf(':', end - 1);
      const minor = Number(kept.slice(currencyEnd + 1, end));
      let beneficiaryId = kept.slice(start, cut);
      let currency = kept.slice(cut + 1, currencyEnd);
      // Comparing a cut of the row is a copy of bytes; looking up a new string in a map first works out its hash.
      for (const l of replayed)
        if (l.beneficiaryId === beneficiaryId && l.currency === currency) {
          beneficiaryId = l.beneficiaryId;
          currency = l.currency;
          break;
        }
      this.add('actual', beneficiaryId, month, currency, minor);
      net += minor;
      start = end + 1;
    }
    return net;
  }

  /** An event whose proposed lines differ from its stored ones. */
  changedConversion(): void {
    this.changed++;
  }

  summary(): BacktestSummary {
    const totals = new Sums();
    const affiliates = new Sums();
    const programs = new Sums();
    const months = new Sums();
    for (const [beneficiaryId, { byMonth }] of this.cells)
      for (const [month, byCurrency] of byMonth)
        for (const cell of byCurrency.values())
          for (const side of ['actual', 'proposed'] as const) {
            const minor = side === 'actual' ? cell.actualMinor : cell.proposedMinor;
            totals.add('', cell.currency, side, minor);
            affiliates.add(beneficiaryId, cell.currency, side, minor);
            programs.add(this.programId, cell.currency, side, minor);
            months.add(month, cell.currency, side, minor);
          }
    const byKey = (a: Row, b: Row) => byText(a.key, b.key) || byText(a.currency, b.currency);
    return {
      totals: totals.rows().sort(byKey).map(compared),
      affiliates: affiliates
        .rows()
        .filter((r) => r.deltaMinor !== 0)
        .sort((a, b) => Math.abs(b.deltaMinor) - Math.abs(a.deltaMinor) || byKey(a, b))
        .slice(0, TOP_AFFILIATES)
        .map((r) => ({ affiliateId: r.key, ...compared(r) })),
      programs: programs
        .rows()
        .sort(byKey)
        .map((r) => ({ programId: r.key, ...compared(r) })),
      months: months
        .rows()
        .sort(byKey)
        .map((r) => ({ month: r.key, ...compared(r) })),
      changedConversions: this.changed,
    };
  }
}
