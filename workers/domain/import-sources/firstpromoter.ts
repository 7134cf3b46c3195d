import { splitName } from '../import-records';
import type { ParsedRow } from './rows';
import { arr, currencyOf, heldFrom, idOf, isoOf, lowerEmail, minorOf, obj, parsedRow, str } from './rows';

// FirstPromoter's Admin API v2 (docs.firstpromoter.com/api-reference-v2/api-admin): the promoter
// (id, email, name, profile { first_name, last_name }, state, promoter_campaigns[] { campaign_id,
// state, ref_token, coupon }), the referral (id, uid, state, customer_since, created_at,
// promoter_campaign { promoter_id, promoter { id } }) and the commission (id, status
// pending|approved|denied, is_paid, unit cash|credits|points|…, amount and sale_amount in cents,
// created_at, status_updated_at, promoter_campaign { promoter_id, campaign_id }).

/** A promoter's state in its campaign (pending, accepted, rejected, blocked, inactive, not_set) as ours. */
const STATE: Record<string, 'active' | 'pending' | 'suspended' | 'terminated'> = {
  accepted: 'active',
  pending: 'pending',
  not_set: 'pending',
  blocked: 'suspended',
  inactive: 'suspended',
  rejected: 'terminated',
};

export function firstpromoterPromoter(raw: unknown): ParsedRow {
  const p = obj(raw);
  const id = idOf(p.id);
  const profile = obj(p.profile);
  const campaigns = arr(p.promoter_campaigns).map(obj);
  const first = campaigns[0] ?? {};
  const names =
    str(profile.first_name) || str(profile.last_name)
      ? { firstName: str(profile.first_name), lastName: str(profile.last_name) }
      : splitName(str(p.name));
  const strings = (field: string) => campaigns.map((c) => str(c[field])).filter((t): t is string => t !== null);
  return parsedRow('affiliate', id, {
    externalId: id,
    email: lowerEmail(p.email),
    ...names,
    // The list gives no payout details; the affiliate adds their PayPal address here.
    paypalEmail: null,
    status: STATE[String(first.state ?? p.state)] ?? 'pending',
    // Each campaign's ref_token is what `?fpr=` carries; the first campaign's is kept.
    refCodes: strings('ref_token'),
    couponCodes: strings('coupon'),
    campaignId: first.campaign_id === undefined || first.campaign_id === null ? null : idOf(first.campaign_id),
    locale: null,
  });
}

const promoterOf = (record: Record<string, unknown>) => {
  const pc = obj(record.promoter_campaign);
  return idOf(pc.promoter_id ?? obj(pc.promoter).id);
};

/**
 * A referral that became a customer (`customer_since`) with a `uid` becomes a referred customer: the
 * uid is what the advertiser's integration sent FirstPromoter, the billing customer id when it is a
 * Stripe one. Leads and referrals without a uid are left out.
 */
export function firstpromoterReferral(raw: unknown): ParsedRow | null {
  const r = obj(raw);
  const customerId = str(r.uid);
  const since = isoOf(r.customer_since);
  if (!customerId || !since) return null;
  const id = idOf(r.id);
  return parsedRow('customer', id, {
    externalId: id,
    affiliateExternalId: promoterOf(r),
    customerId,
    attributedAt: since,
  });
}

/**
 * Cash commissions only (credits, points, free months and discounts are no money to pay): paid ones
 * are history, approved unpaid ones are owed at once, pending ones are held PENDING_HOLD_DAYS from
 * their creation; denied ones are left out. FirstPromoter states no currency on a commission: its
 * amounts are in the account's, which the import takes to be `currency` (the target program's).
 */
export function firstpromoterCommission(raw: unknown, currency: string): ParsedRow | null {
  const c = obj(raw);
  const status = String(c.status);
  if ((c.unit ?? 'cash') !== 'cash' || (status !== 'pending' && status !== 'approved')) return null;
  const id = idOf(c.id);
  const paid = c.is_paid === true;
  const created = isoOf(c.created_at);
  return parsedRow(paid ? 'payment' : 'balance', id, {
    externalId: id,
    affiliateExternalId: promoterOf(c),
    amountMinor: minorOf(c.amount),
    currency: currencyOf(currency) ?? '',
    dueAt: paid || status === 'approved' ? null : heldFrom(created),
    // The commission names no payment date: when its status last changed is the nearest.
    paidAt: paid ? (isoOf(c.status_updated_at) ?? created) : null,
    saleAmountMinor: minorOf(c.sale_amount),
  });
}
