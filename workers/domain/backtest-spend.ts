import { applySpendLimits, limitsFor, periodEnd, periodStart, type SpendLimit } from './spend-limits';

/** A replayed direct line, as a later event's spend-limit check sees it. */
export interface SpentLine {
  /** When its event occurred (ms): the period it counts in. */
  occurredAt: number;
  currency: string;
  /** What it was written for, after its own cap. */
  amountMinor: number;
  /** When it stopped counting in full (rejected, or reversed in full); null while it counts. */
  goneAt: number | null;
  /** The negative adjustments booked against it, each with when it was recorded (ms). */
  cuts: { at: number; minor: number }[];
}

/**
 * The spend limits of a replay: what each enrollment's replayed direct lines had earned when a later
 * event was recorded, summed as the live path's earned-in-periods query sums the stored ones (the
 * line's currency, the period its event occurred in, lines that still counted then, net of the
 * adjustments booked before), and the cut decided by the same applySpendLimits.
 */
export class ReplaySpend {
  private byEnrollment = new Map<string, SpentLine[]>();

  /** What `amountMinor` pays once the group's limits took their share, as of `asOf` (the event's recording). */
  cap(
    limits: readonly SpendLimit[],
    enrollmentId: string,
    line: { amountMinor: number; currency: string; occurredAt: number; asOf: number },
  ): number {
    if (limitsFor(limits, line.currency).length === 0) return line.amountMinor;
    const at = new Date(line.occurredAt);
    return applySpendLimits(limits, { amountMinor: line.amountMinor, currency: line.currency, at }, (period) => {
      const start = periodStart(period, at);
      const from = start?.getTime() ?? -Infinity;
      const to = start ? periodEnd(period, start).getTime() : Infinity;
      return this.earned(enrollmentId, line.currency, from, to, line.asOf);
    }).amountMinor;
  }

  record(enrollmentId: string, line: SpentLine): void {
    const list = this.byEnrollment.get(enrollmentId);
    if (list) list.push(line);
    else this.byEnrollment.set(enrollmentId, [line]);
  }

  private earned(enrollmentId: string, currency: string, from: number, to: number, asOf: number): number {
    let total = 0;
    for (const l of this.byEnrollment.get(enrollmentId) ?? []) {
      if (l.currency !== currency || l.occurredAt < from || l.occurredAt >= to) continue;
      if (l.goneAt !== null && l.goneAt <= asOf) continue;
      total += l.amountMinor;
      for (const cut of l.cuts) if (cut.at <= asOf) total -= cut.minor;
    }
    return total;
  }
}
