import { byId } from './by-id';

/**
 * The facts about a customer that the live path reads from the database as each event is settled
 * (services/conversions/customer-history.ts, earn-commissions.ts reopenOnNewSale,
 * settle-cancellation.ts endRecurring), derived instead from the customer's stored events in the
 * order they were recorded (UUIDv7 ids sort by recording time), so the backtest sees each event's
 * history as it stood then.
 */
export interface CustomerEvent {
  id: string;
  eventType: 'lead' | 'sale' | 'rebill' | 'cancel';
  amountMinor: number;
  occurredAt: number;
  /** When the row was recorded (ms). */
  recordedAt: number;
  /** Attributed to an affiliate (enrollment set). */
  attributed: boolean;
  status: string;
  /** When a reviewer decided; null for a cap's rejection, which happens as the event is recorded. */
  reviewedAt: number | null;
}

/** What fillCustomerFacts works out for a lead, sale or rebill, onto the event itself. */
export interface CustomerFacts {
  earlierPaidAt: number | null;
  cancelledAt: number | null;
}

/** A customer's event with the slots fillCustomerFacts writes. */
export type CustomerHistoryEvent = CustomerEvent & CustomerFacts;

/** Whether `c` counted as rejected when the event recorded at `at` was settled. */
function rejectedBy(c: CustomerEvent, at: number): boolean {
  return c.status === 'rejected' && (c.reviewedAt === null || c.reviewedAt <= at);
}

/**
 * For each lead, sale or rebill of one customer: the first paid sale or rebill recorded before it
 * (firstPaidConversion: amount > 0, attributed, not rejected), and the cancellation in force
 * (the latest cancellation, unless a later sale came first; a sale at or after it reopens). Written
 * onto the event rather than into a map: a replay has hundreds of thousands of events, and each
 * reads its own facts once.
 */
export function fillCustomerFacts(events: CustomerHistoryEvent[]): void {
  // Usually already in id order (the loader lists the replayed events first, in order): sorted only if not.
  let sorted = events;
  for (let i = 1; i < events.length; i++)
    if (events[i - 1]!.id > events[i]!.id) {
      sorted = [...events].sort(byId);
      break;
    }
  let cancelledAt: number | null = null;
  // Plain loops over the earlier events (ids sort by recording time; a customer has few events): no
  // closure per event on this path, which runs once per replayed event.
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.eventType === 'cancel') {
      let laterSale = false;
      for (let j = 0; j < i && !laterSale; j++) {
        const s = sorted[j]!;
        laterSale = s.eventType === 'sale' && s.occurredAt > e.occurredAt && !rejectedBy(s, e.recordedAt);
      }
      if (!laterSale && (cancelledAt === null || cancelledAt < e.occurredAt)) cancelledAt = e.occurredAt;
      continue;
    }
    if (e.eventType === 'sale' && cancelledAt !== null && cancelledAt <= e.occurredAt) cancelledAt = null;
    let earlierPaidAt: number | null = null;
    for (let j = 0; j < i; j++) {
      const c = sorted[j]!;
      if (c.eventType !== 'sale' && c.eventType !== 'rebill') continue;
      if (c.amountMinor <= 0 || !c.attributed || rejectedBy(c, e.recordedAt)) continue;
      if (earlierPaidAt === null || c.occurredAt < earlierPaidAt) earlierPaidAt = c.occurredAt;
    }
    e.earlierPaidAt = earlierPaidAt;
    e.cancelledAt = cancelledAt;
  }
}
