import type { ParsedRow } from './rows';
import { currencyOf, heldFrom, idOf, isoOf, lowerEmail, minorOf, obj, parsedRow, str } from './rows';

// Tolt's public API v1 (docs.tolt.com: partners/list, links/list, customers/list, commissions/list,
// programs/list): the partner (id, first_name, last_name, email, program_id, status active|pending|
// suspended|rejected, payout_method, payout_details { email }), the link (param, value, partner_id),
// the customer (id, customer_id = the advertiser's own id for it, partner_id, status, created_at,
// active_at) and the commission (id, amount in cents as a number or a string, currency (may be null),
// status pending|approved|paid|rejected|refunded, customer_id, partner { id } when expanded,
// scheduled_approval_date, created_at, updated_at).

const STATUS: Record<string, 'active' | 'pending' | 'suspended' | 'terminated'> = {
  active: 'active',
  pending: 'pending',
  suspended: 'suspended',
  rejected: 'terminated',
};

/** A partner; its codes come with the links (`toltLinkCode`), which Tolt lists apart. */
export function toltPartner(raw: unknown): ParsedRow {
  const p = obj(raw);
  const id = idOf(p.id);
  return parsedRow('affiliate', id, {
    externalId: id,
    email: lowerEmail(p.email),
    firstName: str(p.first_name),
    lastName: str(p.last_name),
    paypalEmail: p.payout_method === 'paypal' ? lowerEmail(obj(p.payout_details).email) : null,
    status: STATUS[String(p.status)] ?? 'pending',
    refCodes: [],
    couponCodes: [],
    // Tolt's program is the campaign: `campaignPrograms` maps it to one of ours.
    campaignId: str(p.program_id),
    locale: null,
  });
}

/** A link's value is its partner's code when it uses the job's parameter (`?ref=sam`); others are not ours to keep. */
export function toltLinkCode(raw: unknown, param: string): { affiliateExternalId: string; code: string } | null {
  const l = obj(raw);
  const code = str(l.value);
  const partner = str(l.partner_id);
  if (!code || !partner || (str(l.param) ?? param) !== param) return null;
  return { affiliateExternalId: partner, code };
}

/**
 * A customer with the advertiser's own id for it (`customer_id`, the billing customer id when the
 * integration sent that) becomes a referred customer; one Tolt only knows by email is left out.
 */
export function toltCustomer(raw: unknown): ParsedRow | null {
  const c = obj(raw);
  const customerId = str(c.customer_id);
  if (!customerId) return null;
  const id = idOf(c.id);
  return parsedRow('customer', id, {
    externalId: id,
    affiliateExternalId: idOf(c.partner_id ?? obj(c.partner).id),
    customerId,
    attributedAt: isoOf(c.active_at) ?? isoOf(c.created_at),
  });
}

/**
 * Paid commissions are history; approved ones are owed at once, pending ones from Tolt's scheduled
 * approval date (else PENDING_HOLD_DAYS after their creation); rejected and refunded ones are left
 * out. The currency is the commission's, else its program's (`programCurrency`).
 */
export function toltCommission(raw: unknown, programCurrency: string | null): ParsedRow | null {
  const c = obj(raw);
  const status = String(c.status);
  if (status !== 'pending' && status !== 'approved' && status !== 'paid') return null;
  const id = idOf(c.id);
  const created = isoOf(c.created_at);
  return parsedRow(status === 'paid' ? 'payment' : 'balance', id, {
    externalId: id,
    affiliateExternalId: idOf(c.partner_id ?? obj(c.partner).id),
    amountMinor: minorOf(c.amount),
    currency: currencyOf(c.currency) ?? currencyOf(programCurrency) ?? '',
    dueAt: status === 'pending' ? (isoOf(c.scheduled_approval_date) ?? heldFrom(created)) : null,
    // A commission names no payment date: its last update (the payout marking it paid) is the nearest.
    paidAt: status === 'paid' ? (isoOf(c.updated_at) ?? created) : null,
    saleAmountMinor: minorOf(c.revenue),
  });
}
