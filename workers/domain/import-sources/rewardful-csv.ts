import { cell, cellList, codeFromLink, type ExportRow, exportCents, exportTime } from './export-cells';
import { type AffiliateRef, type ExportFormat, exportMoney } from './export-format';

// Rewardful documents no column list for its dashboard's CSV exports (Affiliates, Referrals and
// Commissions pages). The names read here are its REST API's fields (developers.rewardful.com/rest-api)
// and the labels its UI shows, either spelling: `first_name` or "First name", `state` or "Status".

const STATE: Record<string, string> = {
  active: 'active',
  disabled: 'suspended',
  suspicious: 'suspended',
  pending: 'pending',
};

const affiliateRef = (row: ExportRow): AffiliateRef => ({
  id: cell(row, 'affiliate_id'),
  email: cell(row, 'affiliate_email', 'affiliate'),
  code: cell(row, 'affiliate_token', 'token', 'via'),
});

/** Rewardful's exports: affiliates (`?via=` tokens and coupons), referrals and commissions. */
export const rewardfulCsv: ExportFormat = {
  affiliate(row) {
    const tokens = cellList(cell(row, 'token', 'tokens', 'link_token', 'referral_token', 'via'));
    const fromLinks = cellList(cell(row, 'links', 'link', 'referral_link', 'affiliate_link', 'url'))
      .map((link) => codeFromLink(link, 'via'))
      .filter((code): code is string => code !== null);
    const state = (cell(row, 'state', 'status') ?? 'active').toLowerCase();
    return {
      id: cell(row, 'id', 'affiliate_id'),
      email: cell(row, 'email', 'affiliate_email'),
      firstName: cell(row, 'first_name'),
      lastName: cell(row, 'last_name'),
      paypalEmail: cell(row, 'paypal_email'),
      status: STATE[state] ?? state,
      refCodes: [...new Set([...tokens, ...fromLinks])],
      couponCodes: cellList(cell(row, 'coupon', 'coupon_code', 'coupon_token', 'coupons')),
      campaign: cell(row, 'campaign_id', 'campaign', 'campaign_name'),
    };
  },
  customer(row) {
    // A visitor or lead without a billing customer is no customer of ours, as in the API reader.
    const customerId = cell(row, 'stripe_customer_id', 'customer_id', 'customer');
    if (!customerId) return null;
    return {
      id: cell(row, 'id', 'referral_id'),
      affiliate: affiliateRef(row),
      customerId,
      attributedAt: exportTime(
        cell(row, 'became_conversion_at', 'converted_at', 'conversion_date', 'became_lead_at', 'created_at', 'date'),
      ),
    };
  },
  commission(row, options) {
    const state = (cell(row, 'state', 'status') ?? '').toLowerCase();
    // Pending and due are owed (opening balances), paid is history; voided ones are left out.
    if (state !== 'pending' && state !== 'due' && state !== 'paid') return null;
    const money = exportMoney(
      row,
      { major: ['amount', 'commission_amount', 'commission'], cents: ['amount_cents'], currency: ['currency'] },
      options.currency,
    );
    const sale =
      exportCents(cell(row, 'sale_amount_cents')) ??
      exportMoney(row, { major: ['sale_amount', 'sale'], currency: ['currency'] }, options.currency).minor;
    return {
      id: cell(row, 'id', 'commission_id'),
      affiliate: affiliateRef(row),
      amountMinor: money.minor,
      currency: money.currency,
      paid: state === 'paid',
      dueAt: exportTime(cell(row, 'due_at', 'due_date', 'due')),
      paidAt: exportTime(cell(row, 'paid_at', 'paid_date')),
      saleAmountMinor: sale,
    };
  },
};
