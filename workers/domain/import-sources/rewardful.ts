import type { ParsedRow } from './rows';
import { arr, idOf, isoOf, lowerEmail, obj, parsedRow, str } from './rows';

// Rewardful's REST API v1 (developers.rewardful.com/rest-api): the affiliate object (id, first_name,
// last_name, email, paypal_email, state, campaign, links[].token, coupon.token), the referral object
// (id, affiliate, customer { platform, id }, stripe_customer_id, conversion_state, became_conversion_at)
// and the commission object (id, amount in cents, currency, state pending|due|paid|voided, due_at,
// paid_at, sale { sale_amount_cents, affiliate, referral }).

const STATE: Record<string, 'active' | 'pending' | 'suspended' | 'terminated'> = {
  active: 'active',
  disabled: 'suspended',
  suspicious: 'suspended',
};

export function rewardfulAffiliate(raw: unknown): ParsedRow {
  const a = obj(raw);
  const id = idOf(a.id);
  const coupon = str(obj(a.coupon).token);
  return parsedRow('affiliate', id, {
    externalId: id,
    email: lowerEmail(a.email),
    firstName: str(a.first_name),
    lastName: str(a.last_name),
    paypalEmail: lowerEmail(a.paypal_email),
    status: STATE[String(a.state)] ?? 'pending',
    refCodes: arr(a.links)
      .map((l) => str(obj(l).token))
      .filter((t): t is string => t !== null),
    couponCodes: coupon ? [coupon] : [],
    campaignId: str(obj(a.campaign).id),
    locale: null,
  });
}

/** A referral becomes a customer once it has one (a lead with a customer, or a conversion); visitors are left out. */
export function rewardfulReferral(raw: unknown): ParsedRow | null {
  const r = obj(raw);
  const customerId = str(obj(r.customer).id) ?? str(r.stripe_customer_id);
  if (!customerId) return null;
  const id = idOf(r.id);
  return parsedRow('customer', id, {
    externalId: id,
    affiliateExternalId: idOf(obj(r.affiliate).id),
    customerId,
    attributedAt: isoOf(r.became_conversion_at) ?? isoOf(r.became_lead_at) ?? isoOf(r.created_at),
  });
}

/** Pending and due commissions are owed (opening balances); paid ones are history; voided ones are left out. */
export function rewardfulCommission(raw: unknown): ParsedRow | null {
  const c = obj(raw);
  const state = String(c.state);
  if (state !== 'pending' && state !== 'due' && state !== 'paid') return null;
  const sale = obj(c.sale);
  const id = idOf(c.id);
  const affiliateId = idOf(obj(c.affiliate).id || obj(sale.affiliate).id || obj(obj(sale.referral).affiliate).id);
  return parsedRow(state === 'paid' ? 'payment' : 'balance', id, {
    externalId: id,
    affiliateExternalId: affiliateId,
    amountMinor: c.amount,
    currency: String(c.currency ?? '').toUpperCase(),
    dueAt: isoOf(c.due_at),
    paidAt: state === 'paid' ? isoOf(c.paid_at) : null,
    saleAmountMinor: typeof sale.sale_amount_cents === 'number' ? sale.sale_amount_cents : null,
  });
}
