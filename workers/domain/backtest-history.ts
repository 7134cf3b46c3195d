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
 * What a later event reads of an earlier sale or paid payment that was rejected: kept rather than the
 * event itself, so a replay does not hold every event it streamed (and the row each was cut from) to its end.
 */
interface Rejected {
  sale: boolean;
  /** A paid sale or rebill: amount > 0, attributed (firstPaidConversion's candidates). */
  paid: boolean;
  occurredAt: number;
  /** From when it counted as rejected: a cap's always (-Infinity), a reviewer's from the decision. */
  rejectedFrom: number;
}

/** Nothing yet: one shared list for the customers without other events (most), never written to. */
const NO_EVENTS = Object.freeze([]) as unknown as CustomerHistoryEvent[];

/**
 * One customer's events as they are recorded: each lead, sale or rebill added gets the first paid sale
 * or rebill recorded before it (firstPaidConversion: amount > 0, attributed, not rejected) and the
 * cancellation in force (the latest cancellation, unless a later sale came first; a sale at or after it
 * reopens), written onto the event rather than into a map: a replay has hundreds of thousands of
 * events, and each reads its own facts once. Events must be added in recording (id) order; the
 * backtest adds them as the statement streams them in.
 *
 * A payment never rejected counts for every later event, so what later events read of those is two
 * numbers: the earliest paid one and the latest sale. Only rejected ones, which count until their
 * rejection, are kept one by one. A replay keeps a history for each of its customers to its end: a record
 * per payment was most of what its garbage collector copied.
 */
export class CustomerHistory {
  /** The earliest paid payment and the latest sale never rejected. */
  private paidAt: number | null = null;
  private saleAt: number | null = null;
  private rejected: Rejected[] | null = null;
  private cancelledAt: number | null = null;
  /** The customer's events the backtest does not replay, in id order, and how many were added (CustomerHistories). */
  others: CustomerHistoryEvent[] = NO_EVENTS;
  next = 0;

  add(e: CustomerHistoryEvent): void {
    const rejected = this.rejected;
    // Plain loops over the rejected ones (a customer has few, most none): no closure per event on this
    // path, which runs once per replayed event.
    if (e.eventType === 'cancel') {
      let laterSale = this.saleAt !== null && this.saleAt > e.occurredAt;
      for (let j = 0; rejected !== null && j < rejected.length && !laterSale; j++) {
        const r = rejected[j]!;
        laterSale = r.sale && r.occurredAt > e.occurredAt && r.rejectedFrom > e.recordedAt;
      }
      if (!laterSale && (this.cancelledAt === null || this.cancelledAt < e.occurredAt)) this.cancelledAt = e.occurredAt;
      return;
    }
    if (e.eventType === 'sale' && this.cancelledAt !== null && this.cancelledAt <= e.occurredAt)
      this.cancelledAt = null;
    let earlierPaidAt = this.paidAt;
    for (let j = 0; rejected !== null && j < rejected.length; j++) {
      const r = rejected[j]!;
      // Counted while its rejection was still to come.
      if (r.paid && r.rejectedFrom > e.recordedAt && (earlierPaidAt === null || r.occurredAt < earlierPaidAt))
        earlierPaidAt = r.occurredAt;
    }
    e.earlierPaidAt = earlierPaidAt;
    e.cancelledAt = this.cancelledAt;
    const sale = e.eventType === 'sale';
    const paid = (sale || e.eventType === 'rebill') && e.amountMinor > 0 && e.attributed;
    if (!sale && !paid) return;
    if (e.status === 'rejected') {
      this.rejected ??= [];
      this.rejected.push({
        sale,
        paid,
        occurredAt: e.occurredAt,
        rejectedFrom: e.reviewedAt ?? Number.NEGATIVE_INFINITY,
      });
      return;
    }
    if (paid && (this.paidAt === null || e.occurredAt < this.paidAt)) this.paidAt = e.occurredAt;
    if (sale && (this.saleAt === null || e.occurredAt > this.saleAt)) this.saleAt = e.occurredAt;
  }
}

/**
 * Every replayed customer's history as the replay walks the program's events: the customers' other
 * events (other programs', unattributed, from before the history) are given whole first, and each
 * replayed event, met in recording order, gets its facts once the customer's other events recorded before
 * it are in. Keyed per app, then customer id (no key built per event).
 */
export class CustomerHistories {
  private readonly byApp = new Map<string, Map<string, CustomerHistory>>();
  /** The last app met and its customers: a program's events are nearly all of one app (no lookup per event). */
  private lastApp: { id: string; customers: Map<string, CustomerHistory> } | null = null;

  private history(appId: string, customerId: string): CustomerHistory {
    if (this.lastApp?.id !== appId)
      this.lastApp = { id: appId, customers: entry(this.byApp, appId, newMap<string, CustomerHistory>) };
    const byCustomer = this.lastApp.customers;
    let h = byCustomer.get(customerId);
    if (!h) {
      h = new CustomerHistory();
      byCustomer.set(customerId, h);
    }
    return h;
  }

  /** A customer's event the replay does not step through. Give them all before the first replayed event. */
  addOther(appId: string, customerId: string, e: CustomerHistoryEvent): void {
    const h = this.history(appId, customerId);
    if (h.others === NO_EVENTS) h.others = [];
    h.others.push(e);
  }

  /** Puts each customer's other events in id order; call once they are all in. */
  sortOthers(): void {
    for (const byCustomer of this.byApp.values())
      for (const h of byCustomer.values()) if (h.others.length > 1) h.others.sort(byId);
  }

  /** A replayed event, in recording order: writes its customer facts (none without a customer id). */
  addReplayed(e: CustomerHistoryEvent & { appId: string; externalCustomerId: string | null }): void {
    if (e.externalCustomerId === null) return;
    const h = this.history(e.appId, e.externalCustomerId);
    while (h.next < h.others.length && h.others[h.next]!.id < e.id) h.add(h.others[h.next++]!);
    h.add(e);
  }
}
