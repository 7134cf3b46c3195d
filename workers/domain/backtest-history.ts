import { byId } from './by-id';
import { entry, newMap } from './map-entry';

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

/** What CustomerHistory works out for a lead, sale or rebill, onto the event itself. */
export interface CustomerFacts {
  earlierPaidAt: number | null;
  cancelledAt: number | null;
}

/** A customer's event with the slots CustomerHistory writes. */
export type CustomerHistoryEvent = CustomerEvent & CustomerFacts;

/**
 * What a later event reads of an earlier sale or paid payment: kept rather than the event itself, so a
 * replay does not hold every event it streamed (and the row each was cut from) to its end.
 */
interface Seen {
  sale: boolean;
  /** A paid sale or rebill: amount > 0, attributed (firstPaidConversion's candidates). */
  paid: boolean;
  occurredAt: number;
  /** From when it counted as rejected (a cap's: always, a reviewer's: from the decision); null: never. */
  rejectedFrom: number | null;
}

/** Whether `c` counted as rejected when the event recorded at `at` was settled. */
function rejectedBy(c: Seen, at: number): boolean {
  return c.rejectedFrom !== null && c.rejectedFrom <= at;
}

/**
 * One customer's events as they are recorded: each lead, sale or rebill added gets the first paid sale
 * or rebill recorded before it (firstPaidConversion: amount > 0, attributed, not rejected) and the
 * cancellation in force (the latest cancellation, unless a later sale came first; a sale at or after it
 * reopens), written onto the event rather than into a map: a replay has hundreds of thousands of
 * events, and each reads its own facts once. Events must be added in recording (id) order; the
 * backtest adds them as the statement streams them in.
 */
export class CustomerHistory {
  private readonly seen: Seen[] = [];
  private cancelledAt: number | null = null;

  add(e: CustomerHistoryEvent): void {
    const seen = this.seen;
    // Plain loops over the earlier events (a customer has few): no closure per event on this path,
    // which runs once per replayed event.
    if (e.eventType === 'cancel') {
      let laterSale = false;
      for (let j = 0; j < seen.length && !laterSale; j++) {
        const s = seen[j]!;
        laterSale = s.sale && s.occurredAt > e.occurredAt && !rejectedBy(s, e.recordedAt);
      }
      if (!laterSale && (this.cancelledAt === null || this.cancelledAt < e.occurredAt)) this.cancelledAt = e.occurredAt;
      return;
    }
    if (e.eventType === 'sale' && this.cancelledAt !== null && this.cancelledAt <= e.occurredAt)
      this.cancelledAt = null;
    let earlierPaidAt: number | null = null;
    for (let j = 0; j < seen.length; j++) {
      const c = seen[j]!;
      if (!c.paid || rejectedBy(c, e.recordedAt)) continue;
      if (earlierPaidAt === null || c.occurredAt < earlierPaidAt) earlierPaidAt = c.occurredAt;
    }
    e.earlierPaidAt = earlierPaidAt;
    e.cancelledAt = this.cancelledAt;
    const sale = e.eventType === 'sale';
    const paid = (sale || e.eventType === 'rebill') && e.amountMinor > 0 && e.attributed;
    if (sale || paid)
      seen.push({
        sale,
        paid,
        occurredAt: e.occurredAt,
        rejectedFrom: e.status !== 'rejected' ? null : (e.reviewedAt ?? Number.NEGATIVE_INFINITY),
      });
  }
}

/** One customer's history: the events of it the backtest does not replay, in id order, and how many were added. */
interface Pending {
  history: CustomerHistory;
  others: CustomerHistoryEvent[];
  next: number;
}

/**
 * Every replayed customer's history as the replay walks the program's events: the customers' other
 * events (other programs', unattributed, from before the history) are given whole first, and each
 * replayed event, met in recording order, gets its facts once the customer's other events recorded before
 * it are in. Keyed per app, then customer id (no key built per event).
 */
export class CustomerHistories {
  private readonly byApp = new Map<string, Map<string, Pending>>();
  /** The last app met and its customers: a program's events are nearly all of one app (no lookup per event). */
  private lastApp: { id: string; customers: Map<string, Pending> } | null = null;

  private pending(appId: string, customerId: string): Pending {
    if (this.lastApp?.id !== appId)
      this.lastApp = { id: appId, customers: entry(this.byApp, appId, newMap<string, Pending>) };
    const byCustomer = this.lastApp.customers;
    let p = byCustomer.get(customerId);
    if (!p) {
      p = { history: new CustomerHistory(), others: [], next: 0 };
      byCustomer.set(customerId, p);
    }
    return p;
  }

  /** A customer's event the replay does not step through. Give them all before the first replayed event. */
  addOther(appId: string, customerId: string, e: CustomerHistoryEvent): void {
    this.pending(appId, customerId).others.push(e);
  }

  /** Puts each customer's other events in id order; call once they are all in. */
  sortOthers(): void {
    for (const byCustomer of this.byApp.values())
      for (const p of byCustomer.values()) if (p.others.length > 1) p.others.sort(byId);
  }

  /** A replayed event, in recording order: writes its customer facts (none without a customer id). */
  addReplayed(e: CustomerHistoryEvent & { appId: string; externalCustomerId: string | null }): void {
    if (e.externalCustomerId === null) return;
    const p = this.pending(e.appId, e.externalCustomerId);
    while (p.next < p.others.length && p.others[p.next]!.id < e.id) p.history.add(p.others[p.next++]!);
    p.history.add(e);
  }
}
