// The mapping of FirstPromoter's, Tolt's and PartnerStack's records onto import records. The objects
// follow docs.firstpromoter.com/api-reference-v2/api-admin (promoters/get-available-promoters,
// referrals, commissions/get-all-commissions), docs.tolt.com (partners/list, links/list,
// customers/list, commissions/list) and docs.partnerstack.com (reference: partnerships, customers,
// rewards; docs/partner-api: epoch-millisecond times; docs/advanced-usage: `gspk` is the Base64
// partner key).
import { describe, expect, it } from 'vitest';
import { firstpromoterCommission, firstpromoterPromoter, firstpromoterReferral } from './firstpromoter';
import { partnerstackCustomer, partnerstackPartnership, partnerstackReward } from './partnerstack';
import { minorOf } from './rows';
import { toltCommission, toltCustomer, toltLinkCode, toltPartner } from './tolt';

const dataOf = (row: unknown) => (row as { data: Record<string, unknown> }).data;

describe('FirstPromoter', () => {
  const promoter = (state: string, extra = {}) => ({
    id: 42,
    email: ' Ann@Example.COM ',
    name: 'Ann Lee Smith',
    profile: {},
    promoter_campaigns: [
      { campaign_id: 7, state, ref_token: 'ann', coupon: 'ANN10' },
      { campaign_id: 8, state: 'accepted', ref_token: 'ann2', coupon: null },
    ],
    ...extra,
  });

  it('maps each campaign state, keeps the first campaign, its ref_tokens and coupons, and splits the name', () => {
    const states = ['accepted', 'pending', 'not_set', 'blocked', 'inactive', 'rejected', 'unknown'].map(
      (state) => dataOf(firstpromoterPromoter(promoter(state))).status,
    );
    expect(states).toEqual(['active', 'pending', 'pending', 'suspended', 'suspended', 'terminated', 'pending']);
    expect(dataOf(firstpromoterPromoter(promoter('accepted')))).toMatchObject({
      externalId: '42',
      email: 'ann@example.com',
      firstName: 'Ann',
      lastName: 'Lee Smith',
      refCodes: ['ann', 'ann2'],
      couponCodes: ['ANN10'],
      campaignId: '7',
    });
  });

  it('refuses a promoter without a usable email as an invalid record', () => {
    expect(firstpromoterPromoter(promoter('accepted', { email: 'nope' }))).toMatchObject({
      kind: 'affiliate',
      invalid: 'invalid_record: email',
    });
  });

  it('keeps referrals that became customers with a uid, and nothing else', () => {
    const referral = {
      id: 5,
      uid: 'cus_1',
      customer_since: '2025-05-01T00:00:00Z',
      promoter_campaign: { promoter_id: 42 },
    };
    expect(dataOf(firstpromoterReferral(referral))).toEqual({
      externalId: '5',
      affiliateExternalId: '42',
      customerId: 'cus_1',
      attributedAt: '2025-05-01T00:00:00.000Z',
    });
    expect(firstpromoterReferral({ ...referral, customer_since: null })).toBeNull();
    expect(firstpromoterReferral({ ...referral, uid: null })).toBeNull();
  });

  it('books cash commissions in cents: paid as history, approved at once, pending after 30 days; others left out', () => {
    const base = {
      id: 9,
      amount: 1250,
      sale_amount: 5000,
      unit: 'cash',
      created_at: '2025-06-01T00:00:00Z',
      promoter_campaign: { promoter: { id: 42 } },
    };
    expect(firstpromoterCommission({ ...base, status: 'approved', is_paid: false }, 'eur')).toMatchObject({
      kind: 'balance',
      data: { amountMinor: 1250, currency: 'EUR', dueAt: null, affiliateExternalId: '42', saleAmountMinor: 5000 },
    });
    expect(dataOf(firstpromoterCommission({ ...base, status: 'pending', is_paid: false }, 'USD')).dueAt).toBe(
      '2025-07-01T00:00:00.000Z',
    );
    expect(
      firstpromoterCommission(
        { ...base, status: 'approved', is_paid: true, status_updated_at: '2025-06-09T00:00:00Z' },
        'USD',
      ),
    ).toMatchObject({ kind: 'payment', data: { paidAt: '2025-06-09T00:00:00.000Z' } });
    expect(firstpromoterCommission({ ...base, status: 'denied' }, 'USD')).toBeNull();
    expect(firstpromoterCommission({ ...base, status: 'approved', unit: 'free_months' }, 'USD')).toBeNull();
    // A fractional amount is no cent amount: the record check refuses it.
    expect(firstpromoterCommission({ ...base, status: 'approved', amount: 12.5 }, 'USD')).toMatchObject({
      invalid: 'invalid_record: amountMinor',
    });
  });
});

describe('Tolt', () => {
  it('maps partner statuses and takes the PayPal address only from a PayPal payout method', () => {
    const partner = (status: string, payout_method = 'paypal') => ({
      id: 'part_1',
      email: 'p@example.com',
      first_name: 'Pat',
      last_name: 'Doe',
      program_id: 'prg_1',
      status,
      payout_method,
      payout_details: { email: 'P@PayPal.example.com' },
    });
    expect(
      ['active', 'pending', 'suspended', 'rejected', 'other'].map((x) => dataOf(toltPartner(partner(x))).status),
    ).toEqual(['active', 'pending', 'suspended', 'terminated', 'pending']);
    expect(dataOf(toltPartner(partner('active')))).toMatchObject({
      paypalEmail: 'p@paypal.example.com',
      campaignId: 'prg_1',
      refCodes: [],
    });
    expect(dataOf(toltPartner(partner('active', 'wise'))).paypalEmail).toBeNull();
  });

  it("keeps a link's value under the job's parameter only", () => {
    const link = { param: 'ref', value: 'sam', partner_id: 'part_1' };
    expect(toltLinkCode(link, 'ref')).toEqual({ affiliateExternalId: 'part_1', code: 'sam' });
    expect(toltLinkCode(link, 'via')).toBeNull();
  });

  it('binds customers by their customer_id and leaves out those Tolt knows by email only', () => {
    const customer = { id: 'cust_1', customer_id: 'cus_9', partner_id: 'part_1', created_at: '2025-01-01T00:00:00Z' };
    expect(dataOf(toltCustomer(customer))).toMatchObject({
      customerId: 'cus_9',
      attributedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(toltCustomer({ ...customer, customer_id: null })).toBeNull();
  });

  it('reads cent strings, falls back to the program currency and maps every status', () => {
    const c = {
      id: 'comm_1',
      amount: '1999',
      currency: null,
      partner: { id: 'part_1' },
      created_at: '2025-06-01T00:00:00Z',
      updated_at: '2025-06-05T00:00:00Z',
    };
    expect(toltCommission({ ...c, status: 'approved' }, 'EUR')).toMatchObject({
      kind: 'balance',
      data: { amountMinor: 1999, currency: 'EUR', dueAt: null, affiliateExternalId: 'part_1' },
    });
    expect(dataOf(toltCommission({ ...c, status: 'approved', currency: 'gbp' }, 'EUR')).currency).toBe('GBP');
    expect(dataOf(toltCommission({ ...c, status: 'pending' }, 'USD')).dueAt).toBe('2025-07-01T00:00:00.000Z');
    expect(toltCommission({ ...c, status: 'paid' }, 'USD')).toMatchObject({
      kind: 'payment',
      data: { paidAt: '2025-06-05T00:00:00.000Z' },
    });
    expect(toltCommission({ ...c, status: 'rejected' }, 'USD')).toBeNull();
    expect(toltCommission({ ...c, status: 'refunded' }, 'USD')).toBeNull();
  });
});

describe('PartnerStack', () => {
  it('keeps the partner key as the code (its links carry it Base64-encoded under ?gspk=)', () => {
    expect(
      dataOf(
        partnerstackPartnership({
          key: 'part_1',
          partner_key: 'janedoe',
          email: 'j@example.com',
          group: { key: 'grp_1' },
        }),
      ),
    ).toMatchObject({
      externalId: 'part_1',
      refCodes: ['janedoe'],
      campaignId: 'grp_1',
      status: 'active',
    });
  });

  it('maps partnership statuses, archived ones terminated', () => {
    const statuses = ['active', 'pending', 'declined', 'archived', 'odd'].map(
      (status) =>
        dataOf(partnerstackPartnership({ key: 'p', partner_key: 'k', email: 'j@example.com', status })).status,
    );
    expect(statuses).toEqual(['active', 'pending', 'terminated', 'terminated', 'pending']);
    expect(dataOf(partnerstackPartnership({ key: 'p', email: 'j@example.com', is_archived: true })).status).toBe(
      'terminated',
    );
  });

  it("binds customers by the provider's id, else the advertiser's, dated from epoch milliseconds", () => {
    const customer = {
      key: 'cust_1',
      customer_key: 'user-1',
      provider_key: 'cus_1',
      partnership_key: 'part_1',
      created_at: 1748736000000,
    };
    expect(dataOf(partnerstackCustomer(customer))).toEqual({
      externalId: 'cust_1',
      affiliateExternalId: 'part_1',
      customerId: 'cus_1',
      attributedAt: '2025-06-01T00:00:00.000Z',
    });
    expect(dataOf(partnerstackCustomer({ ...customer, provider_key: null })).customerId).toBe('user-1');
    expect(partnerstackCustomer({ key: 'x', partnership_key: 'part_1' })).toBeNull();
  });

  it('maps reward and payment statuses and reads the currency from the reward, its offer or the program', () => {
    const r = {
      key: 'rwrd_1',
      amount: 4000,
      partnership: { key: 'part_1' },
      created_at: 1748736000000,
      updated_at: 1749081600000,
    };
    expect(partnerstackReward({ ...r, reward_status: 'approved', payment_status: 'available' }, 'USD')).toMatchObject({
      kind: 'balance',
      data: { amountMinor: 4000, currency: 'USD', dueAt: null },
    });
    expect(dataOf(partnerstackReward({ ...r, reward_status: 'hold' }, 'USD')).dueAt).toBe('2025-07-01T00:00:00.000Z');
    for (const payment of ['in_transit', 'withdrawn', 'paid_externally', 'paid_and_refunded'])
      expect(partnerstackReward({ ...r, reward_status: 'approved', payment_status: payment }, 'USD')).toMatchObject({
        kind: 'payment',
        data: { paidAt: '2025-06-05T00:00:00.000Z' },
      });
    expect(partnerstackReward({ ...r, reward_status: 'declined' }, 'USD')).toBeNull();
    expect(partnerstackReward({ ...r, reward_status: 'approved', payment_status: 'expired' }, 'USD')).toBeNull();
    expect(dataOf(partnerstackReward({ ...r, reward_status: 'approved', currency: 'cad' }, 'USD')).currency).toBe(
      'CAD',
    );
    expect(
      dataOf(partnerstackReward({ ...r, reward_status: 'approved', offer: { currency: 'EUR' } }, 'USD')).currency,
    ).toBe('EUR');
  });
});

describe('minorOf', () => {
  it('takes integers and integer strings, nothing else', () => {
    expect([1999, '1999', '0', 12.5, '12.50', '-5', null, 'x'].map(minorOf)).toEqual([
      1999,
      1999,
      0,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
