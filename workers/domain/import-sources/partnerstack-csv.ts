import { cell, cellList, codeFromLink, type ExportRow, exportCents, exportTime } from './export-cells';
import { GSPK_PARAM } from '../../contracts/referral-params';
import { partnerKeyOfGspk } from '../partnerstack-gspk';
import { type AffiliateRef, type ExportFormat, exportMoney } from './export-format';

// PartnerStack's "Export all records" (Partner Management → All partners) and its customer and reward
// exports have no documented column list. The names read here are its API's fields (partner_key,
// email, first_name, last_name, group; customer customer_key, provider_key, partner_key, created_at;
// reward reward_key, amount in cents, status) and its UI's labels ("Partner key", "Customer key",
// "Reward amount", "Submitted on").

const STATE: Record<string, string> = {
  active: 'active',
  approved: 'active',
  pending: 'pending',
  suspended: 'suspended',
  blocked: 'suspended',
  archived: 'terminated',
  declined: 'terminated',
  rejected: 'terminated',
};

const affiliateRef = (row: ExportRow): AffiliateRef => ({
  id: cell(row, 'partner_key', 'partnership_key'),
  email: cell(row, 'partner_email', 'partner'),
  code: null,
});

/**
 * PartnerStack's exports: partners, customers and rewards. A partner's code is its partner key (as the
 * API import's is), which its links carry Base64-encoded under `gspk`: read back from a link column
 * when the file has no key.
 */
export const partnerstackCsv: ExportFormat = {
  affiliate(row) {
    const fromLinks = cellList(cell(row, 'referral_link', 'link', 'links', 'url'))
      .map((link) => codeFromLink(link, GSPK_PARAM))
      .map((gspk) => (gspk ? partnerKeyOfGspk(gspk) : null))
      .filter((key): key is string => key !== null);
    const key = cell(row, 'partner_key', 'key', 'partnership_key') ?? fromLinks[0] ?? null;
    const status = (cell(row, 'status', 'state') ?? 'active').toLowerCase();
    return {
      id: key ?? cell(row, 'id'),
      email: cell(row, 'email', 'partner_email', 'owner_email'),
      firstName: cell(row, 'first_name', 'partner_first'),
      lastName: cell(row, 'last_name', 'partner_last'),
      paypalEmail: cell(row, 'paypal_email', 'payout_email'),
      status: STATE[status] ?? status,
      refCodes: [...new Set([...(key ? [key] : []), ...fromLinks])],
      couponCodes: cellList(cell(row, 'coupon', 'coupon_code', 'coupons')),
      campaign: cell(row, 'group_key', 'group', 'group_name', 'partner_group'),
    };
  },
  customer(row) {
    // The billing system's id (provider_key: Stripe's cus_…) is what our events carry; without one, the
    // customer key, which is what the advertiser's app gave PartnerStack.
    const customerId = cell(row, 'provider_key', 'stripe_customer_id', 'customer_id', 'customer_key');
    if (!customerId) return null;
    return {
      id: cell(row, 'customer_key', 'key', 'id'),
      affiliate: affiliateRef(row),
      customerId,
      attributedAt: exportTime(cell(row, 'created_at', 'submitted_on', 'signup_date', 'date')),
    };
  },
  commission(row, options) {
    const status = (cell(row, 'status', 'state') ?? '').toLowerCase();
    // Declined and cancelled rewards are left out; everything else not yet paid is owed.
    if (['declined', 'cancelled', 'canceled', 'void', 'voided', 'rejected'].includes(status)) return null;
    const money = exportMoney(
      row,
      {
        major: ['reward_amount', 'amount', 'commission'],
        cents: ['amount_cents'],
        currency: ['currency', 'currency_code'],
      },
      options.currency,
    );
    const paidAt = exportTime(cell(row, 'paid_at', 'paid_date', 'payout_date'));
    return {
      id: cell(row, 'reward_key', 'key', 'id'),
      affiliate: affiliateRef(row),
      amountMinor: money.minor,
      currency: money.currency,
      paid: status === 'paid' || paidAt !== null,
      dueAt: exportTime(cell(row, 'due_at', 'due_date', 'available_at')),
      paidAt,
      saleAmountMinor:
        exportCents(cell(row, 'transaction_amount_cents')) ??
        exportMoney(row, { major: ['transaction_amount', 'sale_amount'], currency: ['currency'] }, options.currency)
          .minor,
    };
  },
};
