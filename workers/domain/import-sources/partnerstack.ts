import type { ParsedRow } from './rows';
import { currencyOf, heldFrom, idOf, isoOf, lowerEmail, minorOf, obj, parsedRow, str } from './rows';

// PartnerStack's API v2 as a vendor reads it (docs.partnerstack.com/reference: Basic auth with the
// public and secret keys; docs.partnerstack.com/docs/partner-api: `{ data: { has_more, items } }`,
// times in epoch milliseconds): the partnership (key, partner_key, email, first_name, last_name,
// group { key, name }, status), the customer (key, customer_key, provider_key, partnership_key,
// created_at) and the reward (key, amount in cents, currency or offer { currency }, reward_status,
// payment_status, partnership { key }, created_at, updated_at).

const STATUS: Record<string, 'active' | 'pending' | 'suspended' | 'terminated'> = {
  active: 'active',
  pending: 'pending',
  declined: 'terminated',
  archived: 'terminated',
};

export function partnerstackPartnership(raw: unknown): ParsedRow {
  const p = obj(raw);
  const id = idOf(p.key);
  const partnerKey = str(p.partner_key);
  return parsedRow('affiliate', id, {
    externalId: id,
    email: lowerEmail(p.email),
    firstName: str(p.first_name),
    lastName: str(p.last_name),
    paypalEmail: null,
    // The list leaves archived partnerships out unless asked; one with no status is an active one.
    status: p.is_archived === true ? 'terminated' : (STATUS[String(p.status ?? 'active')] ?? 'pending'),
    // The partner key is the code, as the CSV export's is; its links carry it Base64-encoded under
    // `gspk`, which the tracker decodes (partnerstack-gspk.ts).
    refCodes: partnerKey ? [partnerKey] : [],
    couponCodes: [],
    // The partner's group is the campaign: `campaignPrograms` maps it to one of ours.
    campaignId: str(obj(p.group).key),
    locale: null,
  });
}

/**
 * A customer with the billing provider's id (`provider_key`, Stripe's cus_…) or, failing it, the
 * advertiser's own (`customer_key`) becomes a referred customer.
 */
export function partnerstackCustomer(raw: unknown): ParsedRow | null {
  const c = obj(raw);
  const customerId = str(c.provider_key) ?? str(c.customer_key);
  if (!customerId) return null;
  const id = idOf(c.key);
  return parsedRow('customer', id, {
    externalId: id,
    affiliateExternalId: idOf(c.partnership_key ?? obj(c.partnership).key),
    customerId,
    attributedAt: isoOf(c.created_at),
  });
}

/** Payment states in which the money has left (or is leaving) PartnerStack: history, never paid again. */
const PAID = new Set(['in_transit', 'withdrawn', 'paid_externally', 'paid_and_refunded']);

/**
 * Paid rewards are history; approved ones are owed at once; pending and held ones are held
 * PENDING_HOLD_DAYS from their creation; declined and expired ones are left out. Amounts are cents;
 * a reward that names no currency is in `currency` (the target program's).
 */
export function partnerstackReward(raw: unknown, currency: string): ParsedRow | null {
  const r = obj(raw);
  const status = String(r.reward_status ?? r.status ?? 'pending');
  const payment = String(r.payment_status ?? '');
  if (status === 'declined' || payment === 'expired') return null;
  const paid = status === 'paid' || PAID.has(payment);
  const id = idOf(r.key);
  const created = isoOf(r.created_at);
  return parsedRow(paid ? 'payment' : 'balance', id, {
    externalId: id,
    affiliateExternalId: idOf(obj(r.partnership).key ?? r.partnership_key),
    amountMinor: minorOf(r.amount),
    currency: currencyOf(r.currency) ?? currencyOf(obj(r.offer).currency) ?? currencyOf(currency) ?? '',
    dueAt: paid || status === 'approved' ? null : heldFrom(created),
    paidAt: paid ? (isoOf(r.updated_at) ?? created) : null,
    saleAmountMinor: minorOf(obj(r.transaction).amount),
  });
}
