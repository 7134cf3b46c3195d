// A PartnerStack import against the local source server (dev/import-sources-server.ts). The data and
// requests follow docs.partnerstack.com/reference ("Vendor API Authentication": Basic with the public
// key as user name and the secret key as password; list partnerships, customers and rewards),
// docs.partnerstack.com/docs/partner-api ("Pagination": `limit` 1–250, `starting_after` = an item's
// key, `{ data: { has_more, items } }`; times in epoch milliseconds) and
// docs.partnerstack.com/docs/advanced-usage (`?gspk=` carries the partner key, Base64-encoded).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createAdvertiser } from '../actors';
import { testDb } from '../fixtures';
import { importThroughApi, reportOldLink, tag } from '../imports';
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

/**
 * A partner key whose Base64 ends in `==` (its length one past a multiple of 3; two keys in three
 * encode with padding): the old link below carries it padded, as PartnerStack writes it.
 */
const paddedKey = (key: string) => key + 'x'.repeat((4 - (key.length % 3)) % 3);

describe('PartnerStack API import', () => {
  it('pages partnerships by key, waits out a 429, resumes after a 500, and keeps ?gspk= links crediting', async () => {
    const t = tag();
    const token = `pk_${t}:sk_${t}`;
    const created = Date.parse('2025-06-01T10:00:00.000Z');
    const partnerships = ['active', 'pending', 'active'].map((status, n) => ({
      key: `part_${t}_${n}`,
      partner_key: paddedKey(`stacy${n}${t}`),
      email: `stack${n}-${t}@example.com`,
      first_name: `Sta${n}`,
      last_name: 'Cey',
      group: { key: 'grp_affiliates', name: 'Affiliates' },
      status,
      created_at: created,
    }));
    const reward = (key: string, reward_status: string, payment_status: string, amount: number) => ({
      key: `rwrd_${t}_${key}`,
      amount,
      reward_status,
      payment_status,
      partnership: { key: `part_${t}_0` },
      created_at: created,
      updated_at: Date.parse('2025-06-28T10:00:00.000Z'),
    });
    const stacyKey = paddedKey(`stacy0${t}`);
    const gspk = btoa(stacyKey);
    expect(gspk).toMatch(/==$/);
    await importThroughApi({
      db,
      acme,
      other,
      source: 'partnerstack',
      token,
      pageSize: 2,
      affiliates: { path: '/partnerstack/api/v2/partnerships', secondPage: `part_${t}_1` },
      commissionsPath: '/partnerstack/api/v2/rewards',
      // The old link names the partner key Base64-encoded; the imported code is the key itself.
      oldLink: { param: 'gspk', code: gspk, refCode: stacyKey },
      resources: {
        partnerships,
        customers: [
          {
            key: `cust_${t}`,
            customer_key: `user-${t}`,
            provider_key: `cus_ps_${t}`,
            partnership_key: `part_${t}_0`,
            created_at: created,
          },
        ],
        rewards: [
          reward('a', 'approved', 'available', 4000),
          reward('p', 'pending', 'available', 1500),
          reward('w', 'approved', 'withdrawn', 600),
          reward('d', 'declined', 'available', 900),
          reward('e', 'approved', 'expired', 300),
        ],
      },
      planned: {
        affiliate: { total: 3, create: 3 },
        customer: { total: 1, create: 1 },
        balance: { total: 2, create: 2 },
        payment: { total: 1, create: 1 },
      },
      afterRun: async () => {
        const [stacy] = await db.select().from(s.enrollments).where(eq(s.enrollments.refCode, stacyKey));
        expect(stacy).toMatchObject({ status: 'active' });
        const [pending] = await db
          .select()
          .from(s.enrollments)
          .where(eq(s.enrollments.refCode, paddedKey(`stacy1${t}`)));
        expect(pending!.status).toBe('pending');
        const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, stacy!.id));
        const byRef = Object.fromEntries(lines.map((l) => [l.importRef, l]));
        expect(byRef[`partnerstack:rwrd_${t}_a`]).toMatchObject({ amountMinor: 4000, currency: 'USD' });
        expect(byRef[`partnerstack:rwrd_${t}_p`]!.holdUntil.toISOString()).toBe('2025-07-01T10:00:00.000Z');
        expect(lines).toHaveLength(2);
        const [paid] = await db.select().from(s.importedPayments).where(eq(s.importedPayments.enrollmentId, stacy!.id));
        expect(paid).toMatchObject({ amountMinor: 600 });
        expect(paid!.paidAt.toISOString()).toBe('2025-06-28T10:00:00.000Z');
        const [customer] = await db
          .select()
          .from(s.referredCustomers)
          .where(eq(s.referredCustomers.externalCustomerId, `cus_ps_${t}`));
        expect(customer).toMatchObject({ enrollmentId: stacy!.id });
      },
    });

    // A gspk that is no Base64 (a lone character past a group) or decodes to no ref code is an
    // unknown code's click: 404, never a 500. The key itself, unencoded, is not read as the code.
    for (const value of ['c3RhY3kwY', btoa('stacy.0'), stacyKey]) {
      const res = await reportOldLink('gspk', value);
      expect(res.status, value).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unknown_code');
    }
  });
});
