import { NO_REVERSALS, type ReplayEvent } from './backtest-replay';

/** The field separator of the backtest's event rows (ASCII unit separator; JSON text escapes it). */
export const EVENT_SEPARATOR = '\u001f';

/** The UTC month ("2026-03") of a time in ms, worked out once per day met. */
function utcMonths(): (at: number) => string {
  const byDay = new Map<number, string>();
  return (at) => {
    const day = Math.floor(at / 86_400_000);
    let m = byDay.get(day);
    if (m === undefined) {
      m = new Date(day * 86_400_000).toISOString().slice(0, 7);
      byDay.set(day, m);
    }
    return m;
  };
}

const orNull = (field: string): string | null => (field === '' ? null : field);
const numberOrNull = (field: string): number | null => (field === '' ? null : Number(field));

/**
 * Decodes the backtest's event rows (services/backtest/stream-backtest-events.ts encodes them) one at a
 * time, as the statement streams them in: each holds its sixteen fields in the statement's order, ''
 * for a null, and its customer id last, prefixed with '=' (so an empty id is not a null, and a
 * separator inside the id cannot shift a field). The event keeps its stored lines' field as it came
 * (BacktestSums.addKept reads it; '' outside the period).
 */
export class EventDecoder {
  private readonly month = utcMonths();
  private lastId = '';

  constructor(private readonly periodStart: number) {}

  /** Rows must come in id (recording) order, as the statement sorts them: a streamed row cannot be put back. */
  decode(row: string): ReplayEvent {
    const f = row.split(EVENT_SEPARATOR);
    const at = Number(f[5]);
    const customer = f.length > 16 ? f.slice(15).join(EVENT_SEPARATOR) : f[15]!;
    const id = f[0]!;
    if (id <= this.lastId) throw new Error(`backtest events out of id order: ${id} after ${this.lastId}`);
    this.lastId = id;
    return {
      id,
      enrollmentId: f[1]!,
      eventType: f[2] as ReplayEvent['eventType'],
      amountMinor: Number(f[3]),
      currency: orNull(f[4]!),
      occurredAt: at,
      appId: f[6]!,
      externalCustomerId: customer === '' ? null : customer.slice(1),
      metadata: f[7] === '' ? null : (JSON.parse(f[7]!) as Record<string, unknown>),
      status: f[8]!,
      country: orNull(f[9]!),
      groupId: orNull(f[10]!),
      declaredPayoutMinor: numberOrNull(f[11]!),
      inPeriod: at >= this.periodStart,
      month: this.month(at),
      kept: f[12]!,
      recordedAt: Number(f[13]),
      reviewedAt: numberOrNull(f[14]!),
      // The loader's prepare step gives it its own, if it has any.
      reversals: NO_REVERSALS,
      attributed: true,
      // Worked out from the customer's history as it stood (CustomerHistory).
      earlierPaidAt: null,
      cancelledAt: null,
      goneAt: null,
    };
  }
}
