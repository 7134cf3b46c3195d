import type { DisputeStatus, RecordedEventType } from '../../schema/enums';
import { byId } from './by-id';

/**
 * Where a referred customer stands, derived from its conversions and disputes (first match wins):
 * lead (nothing charged yet), disputed (a chargeback open or lost on one of its charges), refunded
 * (refunds cover every charge in every currency), cancelled (a cancel after the latest sale) or active.
 */
export const CustomerState = ['lead', 'active', 'cancelled', 'refunded', 'disputed'] as const;
export type CustomerState = (typeof CustomerState)[number];

/** One stored conversion of the customer, as the fold needs it. */
export interface CustomerEvent {
  id: string;
  type: RecordedEventType;
  occurredAt: Date;
  amountMinor: number;
  /** NULL for an event without money: a lead, a cancel, or a refund of "the whole remainder". */
  currency: string | null;
  /** For a refund: the sale or rebill it refunds. */
  parentId: string | null;
}

/** A dispute on one of the customer's charges. */
export interface CustomerDispute {
  conversionId: string;
  status: DisputeStatus;
  openedAt: Date;
}

export interface Money {
  currency: string;
  amountMinor: number;
}

export interface CustomerSummary {
  state: CustomerState;
  /** The earliest sale or rebill (a first payment after a trial arrives as a rebill). */
  firstSaleAt: Date | null;
  /** The latest charge (sale or rebill) of an active customer; null in every other state. */
  mrr: Money | null;
  /** Per currency: sales + rebills − refunds, sorted by currency. */
  ltv: Money[];
  /** When the customer stopped paying: the cancel, the last refund or the dispute; null while lead or active. */
  churnedAt: Date | null;
}

const isCharge = (e: CustomerEvent) => e.type === 'sale' || e.type === 'rebill';

/** Oldest first; the id (UUIDv7) breaks ties the way they were recorded. */
const chronological = (a: CustomerEvent, b: CustomerEvent) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || byId(a, b);

/**
 * What each refund took back, in order: its own amount, or for a refund without one (the app's "the whole
 * remainder") what its parent charge had left, in the parent's currency.
 */
function refundAmounts(events: CustomerEvent[]): Map<string, Money> {
  const left = new Map<string, Money>();
  const out = new Map<string, Money>();
  for (const e of events) {
    if (isCharge(e) && e.currency) left.set(e.id, { currency: e.currency, amountMinor: e.amountMinor });
    if (e.type !== 'refund') continue;
    const parent = e.parentId ? left.get(e.parentId) : undefined;
    const refund = e.currency
      ? { currency: e.currency, amountMinor: e.amountMinor }
      : parent
        ? { currency: parent.currency, amountMinor: parent.amountMinor }
        : null;
    if (!refund) continue;
    out.set(e.id, refund);
    if (parent && parent.currency === refund.currency)
      parent.amountMinor = Math.max(0, parent.amountMinor - refund.amountMinor);
  }
  return out;
}

function lifetimeValue(events: CustomerEvent[], refunds: Map<string, Money>): Money[] {
  const totals = new Map<string, number>();
  const add = (m: Money, sign: 1 | -1) => totals.set(m.currency, (totals.get(m.currency) ?? 0) + sign * m.amountMinor);
  for (const e of events) {
    if (isCharge(e) && e.currency) add({ currency: e.currency, amountMinor: e.amountMinor }, 1);
    const refund = refunds.get(e.id);
    if (refund) add(refund, -1);
  }
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** Folds one customer's conversions and disputes into its state, first sale, MRR, LTV and churn date. */
export function summarizeCustomer(input: { events: CustomerEvent[]; disputes: CustomerDispute[] }): CustomerSummary {
  const events = [...input.events].sort(chronological);
  const charges = events.filter(isCharge);
  const refunds = refundAmounts(events);
  const ltv = lifetimeValue(events, refunds);
  const firstSaleAt = charges[0]?.occurredAt ?? null;
  const inactive = (state: CustomerState, churnedAt: Date | null): CustomerSummary => ({
    state,
    firstSaleAt,
    mrr: null,
    ltv,
    churnedAt,
  });
  if (charges.length === 0) return inactive('lead', null);

  const chargeIds = new Set(charges.map((c) => c.id));
  const chargebacks = input.disputes
    .filter((d) => d.status !== 'won' && chargeIds.has(d.conversionId))
    .map((d) => d.openedAt.getTime());
  if (chargebacks.length) return inactive('disputed', new Date(Math.min(...chargebacks)));

  const refundEvents = events.filter((e) => refunds.has(e.id));
  if (refundEvents.length && ltv.every((m) => m.amountMinor <= 0))
    return inactive('refunded', refundEvents.at(-1)!.occurredAt);

  // A sale after a cancel is a new subscription (as referred_customers.cancelled_at is cleared by one).
  const lastSale = events.findLast((e) => e.type === 'sale');
  const lastCancel = events.findLast((e) => e.type === 'cancel');
  if (lastCancel && (!lastSale || chronological(lastCancel, lastSale) > 0))
    return inactive('cancelled', lastCancel.occurredAt);

  const latest = charges.at(-1)!;
  return {
    state: 'active',
    firstSaleAt,
    mrr: latest.currency ? { currency: latest.currency, amountMinor: latest.amountMinor } : null,
    ltv,
    churnedAt: null,
  };
}
