import type { Dataset } from '../import-sources-server';

/** The local Rewardful account `npm start` offers on the Import page (API secret below). */
export const DEMO_REWARDFUL_SECRET = 'rewardful-local-demo-secret';

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

export const DEMO_IMPORT_DATASETS: Dataset[] = [
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
