import type { ReplayEvent } from './backtest-replay';
import type { StoredSum } from './backtest-summary';
import { byId } from './by-id';
import { entry, newMap } from './map-entry';

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

/** What the stored lines kept, per month, then "beneficiary:currency". */
type KeptSums = Map<string, Map<string, number>>;

/**
 * Adds one event's kept lines ("beneficiary:currency:minor", comma-separated; UUIDs and currency codes
 * hold neither separator) to the sums of its month, and answers their total, the event's net: one key
 * and one number cut from the field per line, no intermediate arrays (this runs for every line of the
 * period).
 */
function addKept(sums: KeptSums, field: string, month: string): number {
  const byKey = entry(sums, month, newMap<string, number>);
  let net = 0;
  for (let start = 0; start < field.length; ) {
    let end = field.indexOf(',', start);
    if (end < 0) end = field.length;
    const cut = field.lastIndexOf(':', end - 1);
    const key = field.slice(start, cut);
    const minor = Number(field.slice(cut + 1, end));
    byKey.set(key, (byKey.get(key) ?? 0) + minor);
    net += minor;
    start = end + 1;
  }
  return net;
}

/**
 * Decodes the backtest's event rows (services/backtest/load-backtest-facts.ts encodes them): each
 * holds its sixteen fields in the statement's order, '' for a null, and its customer id last,
 * prefixed with '=' (so an empty id is not a null, and a separator inside the id cannot shift a
 * field). Returns the events in recording (id) order, each with its net (what its stored lines kept,
 * field 12, '' outside the period), and those lines summed per beneficiary, month and currency.
 */
export function decodeEvents(
  rows: Iterable<string>,
  periodStart: number,
): { events: ReplayEvent[]; actual: StoredSum[] } {
  const events: ReplayEvent[] = [];
  const kept: KeptSums = new Map();
  const month = utcMonths();
  let ordered = true;
  for (const row of rows) {
    const f = row.split(EVENT_SEPARATOR);
    const at = Number(f[5]);
    const customer = f.length > 16 ? f.slice(15).join(EVENT_SEPARATOR) : f[15]!;
    const m = month(at);
    const event: ReplayEvent = {
      id: f[0]!,
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
      inPeriod: at >= periodStart,
      month: m,
      actualNetMinor: f[12] === '' ? 0 : addKept(kept, f[12]!, m),
      recordedAt: Number(f[13]),
      reviewedAt: numberOrNull(f[14]!),
      attributed: true,
      // Worked out from the customer's whole history once every row is in (fillCustomerFacts).
      earlierPaidAt: null,
      cancelledAt: null,
      goneAt: null,
    };
    if (events.length > 0 && events[events.length - 1]!.id > event.id) ordered = false;
    events.push(event);
  }
  // The statement asks for id order; checked rather than trusted, as it costs one comparison per row.
  if (!ordered) events.sort(byId);
  const actual: StoredSum[] = [];
  for (const [m, byKey] of kept)
    for (const [key, minor] of byKey) {
      const cut = key.indexOf(':');
      actual.push({ beneficiaryId: key.slice(0, cut), currency: key.slice(cut + 1), month: m, minor });
    }
  return { events, actual };
}
