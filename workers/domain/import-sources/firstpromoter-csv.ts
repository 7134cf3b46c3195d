import { cell, cellList, codeFromLink, type ExportRow, exportFlag, exportTime } from './export-cells';
import { type AffiliateRef, type ExportFormat, exportMoney } from './export-format';

// FirstPromoter documents no column list for the CSV its dashboard exports (Promoters, Referrals,
// Commissions); its API v2 has CSV exports without a schema either. The names read here are its API's
// fields (docs.firstpromoter.com: promoter id, email, first_name, last_name, state, ref_id, campaign;
// referral uid, email, state, customer_since; commission amount, status, is_paid) and its UI's labels.

const STATE: Record<string, string> = {
  accepted: 'active',
  approved: 'active',
  active: 'active',
  pending: 'pending',
  denied: 'terminated',
  rejected: 'terminated',
  archived: 'terminated',
  blocked: 'suspended',
  inactive: 'suspended',
  suspended: 'suspended',
};

const affiliateRef = (row: ExportRow): AffiliateRef => ({
  id: cell(row, 'promoter_id', 'affiliate_id'),
  email: cell(row, 'promoter_email', 'affiliate_email', 'promoter'),
  code: cell(row, 'ref_id', 'referral_id', 'fpr'),
});

/** FirstPromoter's exports: promoters (`?fpr=` ref ids), referrals and commissions. */
export const firstpromoterCsv: ExportFormat = {
  affiliate(row) {
    const refIds = cellList(cell(row, 'ref_id', 'ref_ids', 'default_ref_id', 'referral_id', 'fpr'));
    const fromLinks = cellList(cell(row, 'referral_link', 'ref_link', 'link', 'links'))
      .map((link) => codeFromLink(link, 'fpr'))
      .filter((code): code is string => code !== null);
    const state = (cell(row, 'state', 'status') ?? 'accepted').toLowerCase();
    const name = cell(row, 'name', 'promoter');
    const [first, ...rest] = (name ?? '').split(/\s+/).filter(Boolean);
    return {
      id: cell(row, 'id', 'promoter_id'),
      email: cell(row, 'email', 'promoter_email'),
      firstName: cell(row, 'first_name') ?? first ?? null,
      lastName: cell(row, 'last_name') ?? (rest.join(' ') || null),
      paypalEmail: cell(row, 'paypal_email', 'payout_email'),
      status: STATE[state] ?? state,
      refCodes: [...new Set([...refIds, ...fromLinks])],
      couponCodes: cellList(cell(row, 'coupon', 'coupon_code', 'coupons')),
      campaign: cell(row, 'campaign_id', 'campaign', 'campaign_name'),
    };
  },
  customer(row) {
    // Leads that never paid, and referrals FirstPromoter denied or moved away, are no customers here.
    const state = (cell(row, 'state', 'status') ?? '').toLowerCase();
    if (state === 'denied' || state === 'moved') return null;
    const customerId = cell(row, 'customer_id', 'stripe_customer_id', 'uid');
    if (!customerId) return null;
    return {
      id: cell(row, 'id', 'referral_id'),
      affiliate: affiliateRef(row),
      customerId,
      attributedAt: exportTime(cell(row, 'customer_since', 'created_at', 'signup_date', 'date')),
    };
  },
  commission(row, options) {
    const status = (cell(row, 'status', 'state') ?? '').toLowerCase();
    const unit = (cell(row, 'unit', 'reward_unit', 'unit_type') ?? 'cash').toLowerCase();
    // Denied commissions are left out, and so are rewards that are no money (credits, points, discounts).
    if (status === 'denied' || status === 'rejected' || unit !== 'cash') return null;
    const paidAt = exportTime(cell(row, 'paid_at', 'paid_date'));
    const money = exportMoney(
      row,
      {
        major: ['amount', 'commission_amount', 'commission', 'reward'],
        cents: ['amount_cents'],
        currency: ['currency'],
      },
      options.currency,
    );
    return {
      id: cell(row, 'id', 'commission_id'),
      affiliate: affiliateRef(row),
      amountMinor: money.minor,
      currency: money.currency,
      paid: status === 'paid' || exportFlag(cell(row, 'is_paid', 'paid')) || paidAt !== null,
      dueAt: exportTime(cell(row, 'due_at', 'due_date')),
      paidAt,
      saleAmountMinor: exportMoney(row, { major: ['sale_amount', 'sale'], currency: ['currency'] }, options.currency)
        .minor,
    };
  },
};
