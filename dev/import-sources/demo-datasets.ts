import type { Dataset } from '../import-sources-server';

/** The local Rewardful account `npm start` offers on the Import page (API secret below). */
export const DEMO_REWARDFUL_SECRET = 'rewardful-local-demo-secret';

/** Each local demo account's token, as the import takes it (paired keys joined with a colon). */
export const DEMO_IMPORT_TOKENS = {
  rewardful: DEMO_REWARDFUL_SECRET,
  firstpromoter: 'demo-account:firstpromoter-local-demo-key',
  tolt: 'tlt_test_local_demo_key',
  partnerstack: 'pk_local_demo:sk_local_demo',
} as const;

const affiliate = (n: number, first: string, last: string) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  created_at: '2025-05-09T16:18:59.920Z',
  updated_at: '2025-05-09T16:25:42.614Z',
  first_name: first,
  last_name: last,
  email: `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
  paypal_email: `${first.toLowerCase()}@paypal.example.com`,
  state: 'active',
  visitors: 100,
  leads: 42,
  conversions: 18,
  campaign: { id: 'demo-campaign', name: 'Friends of the demo' },
  links: [{ id: `link-${n}`, url: `https://app.example/?via=${first.toLowerCase()}`, token: first.toLowerCase() }],
  coupon: { id: `coupon-${n}`, token: `${first.toUpperCase()}10` },
});

const at = '2025-06-01T10:00:00.000Z';

export const DEMO_IMPORT_DATASETS: Dataset[] = [
  {
    source: 'firstpromoter',
    token: DEMO_IMPORT_TOKENS.firstpromoter,
    resources: {
      promoters: ['Fiona', 'Pavel'].map((name, i) => ({
        id: 9100 + i,
        email: `${name.toLowerCase()}.promoter@example.com`,
        name: `${name} Promoter`,
        state: 'accepted',
        profile: { first_name: name, last_name: 'Promoter' },
        promoter_campaigns: [
          {
            id: 7100 + i,
            campaign_id: 31,
            promoter_id: 9100 + i,
            state: 'accepted',
            ref_token: `${name.toLowerCase()}fp`,
            coupon: `${name.toUpperCase()}FP`,
          },
        ],
      })),
      referrals: [
        {
          id: 501,
          uid: 'cus_demo_fp_1',
          state: 'active',
          customer_since: at,
          created_at: at,
          promoter_campaign: { promoter_id: 9100 },
        },
      ],
      commissions: [
        {
          id: 601,
          status: 'approved',
          is_paid: false,
          unit: 'cash',
          amount: 2500,
          sale_amount: 10000,
          created_at: at,
          promoter_campaign: { promoter_id: 9100, campaign_id: 31 },
        },
      ],
    },
  },
  {
    source: 'tolt',
    token: DEMO_IMPORT_TOKENS.tolt,
    resources: {
      programs: [{ id: 'prg_demo', name: 'Demo program', status: 'active', currency_code: 'USD', created_at: at }],
      partners: ['Tanya', 'Ivan'].map((name, i) => ({
        id: `part_demo_${i}`,
        first_name: name,
        last_name: 'Partner',
        email: `${name.toLowerCase()}.partner@example.com`,
        program_id: 'prg_demo',
        status: 'active',
        payout_method: 'paypal',
        payout_details: { email: `${name.toLowerCase()}@paypal.example.com` },
        created_at: at,
      })),
      links: ['Tanya', 'Ivan'].map((name, i) => ({
        id: `lnk_demo_${i}`,
        param: 'ref',
        value: `${name.toLowerCase()}-tolt`,
        partner_id: `part_demo_${i}`,
        program_id: 'prg_demo',
        created_at: at,
      })),
      customers: [
        {
          id: 'cust_demo_1',
          customer_id: 'cus_demo_tolt_1',
          partner_id: 'part_demo_0',
          status: 'active',
          program_id: 'prg_demo',
          created_at: at,
        },
      ],
      commissions: [
        {
          id: 'comm_demo_1',
          amount: '1999',
          currency: null,
          status: 'approved',
          customer_id: 'cust_demo_1',
          partner: { id: 'part_demo_0' },
          program_id: 'prg_demo',
          revenue: 9999,
          created_at: at,
          updated_at: at,
        },
      ],
    },
  },
  {
    source: 'partnerstack',
    token: DEMO_IMPORT_TOKENS.partnerstack,
    resources: {
      partnerships: ['Petra', 'Stas'].map((name, i) => ({
        key: `part_demo_ps_${i}`,
        partner_key: `${name.toLowerCase()}ps`,
        email: `${name.toLowerCase()}.stack@example.com`,
        first_name: name,
        last_name: 'Stack',
        group: { key: 'grp_demo', name: 'Affiliates' },
        created_at: 1748772000000,
      })),
      customers: [
        {
          key: 'cust_demo_ps_1',
          customer_key: 'user-1',
          provider_key: 'cus_demo_ps_1',
          partnership_key: 'part_demo_ps_0',
          created_at: 1748772000000,
        },
      ],
      rewards: [
        {
          key: 'rwrd_demo_1',
          amount: 4000,
          reward_status: 'approved',
          payment_status: 'available',
          partnership: { key: 'part_demo_ps_0' },
          created_at: 1748772000000,
        },
      ],
    },
  },
  {
    source: 'rewardful',
    token: DEMO_REWARDFUL_SECRET,
    resources: {
      affiliates: [affiliate(1, 'Dana', 'Demo'), affiliate(2, 'Oleg', 'Sample')],
      referrals: [
        {
          id: 'ref-1',
          affiliate: { id: '00000000-0000-4000-8000-000000000001' },
          customer: { platform: 'stripe', id: 'cus_demo_1', email: 'buyer@example.com' },
          conversion_state: 'conversion',
          became_conversion_at: '2025-06-01T10:00:00.000Z',
        },
      ],
      commissions: [
        {
          id: 'com-1',
          amount: 3000,
          currency: 'USD',
          state: 'due',
          due_at: '2025-07-01T10:00:00.000Z',
          paid_at: null,
          sale: { sale_amount_cents: 10000, affiliate: { id: '00000000-0000-4000-8000-000000000001' } },
        },
      ],
    },
  },
];
