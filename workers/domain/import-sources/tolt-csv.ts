import { cell, cellList, codeFromLink, type ExportRow, exportTime } from './export-cells';
import { type AffiliateRef, type ExportFormat, exportMoney } from './export-format';

// Tolt documents no column list for its dashboard's CSV exports (Partners, Customers, Commissions). The
// names read here are its API's fields (docs.tolt.com: partner id, first_name, last_name, email,
// status, group_id, payout_details.email; customer customer_id, partner_id, status, created_at;
// commission amount, currency, status, type) and its UI's labels. Its link parameter is the program's
// setting (`ref` unless changed), which the advertiser names.

const STATE: Record<string, string> = {
  active: 'active',
  pending: 'pending',
  suspended: 'suspended',
  rejected: 'terminated',
};

const affiliateRef = (row: ExportRow): AffiliateRef => ({
  id: cell(row, 'partner_id'),
  email: cell(row, 'partner_email', 'partner'),
  code: cell(row, 'partner_code', 'referral_code', 'ref'),
});

/** Tolt's exports: partners (codes under the program's parameter), customers and commissions. */
export const toltCsv: ExportFormat = {
  affiliate(row, options) {
    const codes = cellList(cell(row, 'referral_code', 'code', 'link_value', 'value', options.referralParam));
    const fromLinks = cellList(cell(row, 'referral_link', 'link', 'links', 'url'))
      .map((link) => codeFromLink(link, options.referralParam))
      .filter((code): code is string => code !== null);
    const status = (cell(row, 'status', 'state') ?? 'active').toLowerCase();
    return {
      id: cell(row, 'id', 'partner_id'),
      email: cell(row, 'email', 'partner_email'),
      firstName: cell(row, 'first_name'),
      lastName: cell(row, 'last_name'),
      paypalEmail: cell(row, 'paypal_email', 'payout_details_email', 'payout_email'),
      status: STATE[status] ?? status,
      refCodes: [...new Set([...codes, ...fromLinks])],
      couponCodes: cellList(cell(row, 'coupon', 'coupon_code', 'promo_code', 'coupons')),
      campaign: cell(row, 'group_id', 'group', 'group_name'),
    };
  },
  customer(row) {
    // A lead has not paid and a refunded customer is gone: neither is carried over.
    const status = (cell(row, 'status', 'state') ?? '').toLowerCase();
    if (status === 'lead' || status === 'refunded') return null;
    const customerId = cell(row, 'customer_id', 'stripe_customer_id', 'subscription_customer_id');
    if (!customerId) return null;
    return {
      id: cell(row, 'id'),
      affiliate: affiliateRef(row),
      customerId,
      attributedAt: exportTime(cell(row, 'created_at', 'signed_up_at', 'signup_date', 'date')),
    };
  },
  commission(row, options) {
    const status = (cell(row, 'status', 'state') ?? '').toLowerCase();
    const type = (cell(row, 'type') ?? 'reward').toLowerCase();
    // Rejected commissions and refunds (Tolt's negative commissions) are left out.
    if (status === 'rejected' || type === 'refund' || !['pending', 'approved', 'paid'].includes(status)) return null;
    const money = exportMoney(
      row,
      { major: ['amount', 'commission_amount', 'commission'], cents: ['amount_cents'], currency: ['currency'] },
      options.currency,
    );
    return {
      id: cell(row, 'id', 'commission_id'),
      affiliate: affiliateRef(row),
      amountMinor: money.minor,
      currency: money.currency,
      paid: status === 'paid',
      dueAt: exportTime(cell(row, 'due_at', 'due_date')),
      paidAt: exportTime(cell(row, 'paid_at', 'paid_date', 'payout_date')),
      saleAmountMinor: exportMoney(
        row,
        { major: ['revenue', 'sale_amount', 'transaction_amount'], currency: ['currency'] },
        options.currency,
      ).minor,
    };
  },
};
