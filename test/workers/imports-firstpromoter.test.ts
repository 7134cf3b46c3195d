// A FirstPromoter import against the local source server (dev/import-sources-server.ts). The data and
// requests follow docs.firstpromoter.com/api-reference-v2/api-admin: …/authentication (Bearer API key
// and Account-ID), …/introduction (`page`, `per_page` ≤ 100, 429 beyond the rate limit),
// …/promoters/get-available-promoters (`{ data, meta }`; the promoter with profile and
// promoter_campaigns { campaign_id, state, ref_token, coupon }), …/referrals (an array; uid, state,
// customer_since, promoter_campaign { promoter_id }) and …/commissions/get-all-commissions (an array;
// status pending|approved|denied, is_paid, unit, amount and sale_amount in cents).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createAdvertiser } from '../actors';
import { testDb } from '../fixtures';
import { importThroughApi, tag } from '../imports';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
});
afterAll(() => close());

const campaign = (promoterId: number, state: string, ref: string, coupon: string | null) => ({
  id: promoterId + 1000,
  campaign_id: 31,
  promoter_id: promoterId,
  state,
  ref_token: ref,
  coupon,
});

describe('FirstPromoter API import', () => {
  it('pages promoters, waits out a 429, resumes after a 500, and keeps ?fpr= links crediting', async () => {
    const t = tag();
    const token = `acc_${t}:fp-key-${t}`;
    const promoters = [
      ['accepted', `fiona${t}`, `FIONA${t}`],
      ['pending', `pavel${t}`, null],
      ['blocked', `boris${t}`, null],
    ].map(([state, ref, coupon], n) => ({
      id: 500 + n,
      email: `Promoter${n}-${t}@Example.com`,
      name: `Promoter ${n}`,
      state,
      profile: { first_name: `Pro${n}`, last_name: 'Moter' },
      promoter_campaigns: [campaign(500 + n, state!, ref!, coupon ?? null)],
    }));
    const cash = (id: number, status: string, is_paid: boolean, amount: number, extra = {}) => ({
      id,
      status,
      is_paid,
      unit: 'cash',
      amount,
      sale_amount: amount * 4,
      created_at: '2025-06-01T10:00:00.000Z',
      status_updated_at: '2025-06-20T10:00:00.000Z',
      promoter_campaign: { promoter_id: 500, campaign_id: 31 },
      ...extra,
    });
    await importThroughApi({
      db,
      acme,
      other,
      source: 'firstpromoter',
      token,
      pageSize: 2,
      affiliates: { path: '/firstpromoter/api/v2/company/promoters', secondPage: '2' },
      commissionsPath: '/firstpromoter/api/v2/company/commissions',
      oldLink: { param: 'fpr', code: `fiona${t}` },
      resources: {
        promoters,
        referrals: [
          {
            id: 70,
            uid: `cus_fp_${t}`,
            state: 'active',
            customer_since: '2025-05-20T09:00:00.000Z',
            promoter_campaign: { promoter_id: 500 },
          },
          // A lead that never became a customer is left out.
          { id: 71, uid: `lead_${t}`, state: 'signup', customer_since: null, promoter_campaign: { promoter_id: 500 } },
        ],
        commissions: [
          cash(80, 'approved', false, 2500),
          cash(81, 'pending', false, 1200),
          cash(82, 'approved', true, 700),
          cash(83, 'denied', false, 900),
          cash(84, 'approved', false, 3, { unit: 'points' }),
        ],
      },
      planned: {
        affiliate: { total: 3, create: 3 },
        customer: { total: 1, create: 1 },
        balance: { total: 2, create: 2 },
        payment: { total: 1, create: 1 },
      },
      afterRun: async () => {
        const byCode = async (code: string) =>
          (await db.select().from(s.enrollments).where(eq(s.enrollments.refCode, code)))[0]!;
        const fiona = await byCode(`fiona${t}`);
        expect(fiona).toMatchObject({ status: 'active', couponCode: `FIONA${t}`.toUpperCase() });
        expect((await byCode(`pavel${t}`)).status).toBe('pending');
        expect((await byCode(`boris${t}`)).status).toBe('suspended');
        const [user] = await db.select().from(s.users).where(eq(s.users.id, fiona.affiliateId));
        expect(user).toMatchObject({ email: `promoter0-${t}@example.com`, firstName: 'Pro0', lastName: 'Moter' });
        const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, fiona.id));
        const byRef = Object.fromEntries(lines.map((l) => [l.importRef, l]));
        // Cents, in the program's currency; approved is owed at once, pending is held 30 days from its creation.
        expect(byRef['firstpromoter:80']).toMatchObject({
          amountMinor: 2500,
          currency: 'USD',
          kind: 'opening_balance',
        });
        expect(byRef['firstpromoter:81']!.holdUntil.toISOString()).toBe('2025-07-01T10:00:00.000Z');
        expect(lines).toHaveLength(2);
        const [paid] = await db.select().from(s.importedPayments).where(eq(s.importedPayments.enrollmentId, fiona.id));
        expect(paid).toMatchObject({ amountMinor: 700, saleAmountMinor: 2800, externalId: '82' });
        expect(paid!.paidAt.toISOString()).toBe('2025-06-20T10:00:00.000Z');
        const [customer] = await db
          .select()
          .from(s.referredCustomers)
          .where(eq(s.referredCustomers.externalCustomerId, `cus_fp_${t}`));
        expect(customer).toMatchObject({ enrollmentId: fiona.id, attributionMethod: 'imported' });
      },
    });
  });
});
