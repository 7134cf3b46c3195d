import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { addPayee, addProgram, approvedSales, statusesOf } from '../payouts';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let admin: TestSession;
let support: TestSession;
beforeAll(async () => {
  ({ db, close } = testDb());
  [admin, support] = await Promise.all([createStaff(db, 'platform_admin'), createStaff(db, 'support')]);
});
afterAll(() => close());

// Programs pay 30 % of the sale, in the sale's currency.
const propose = (org: Advertiser) => call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`);
const proposed = (org: Advertiser) =>
  propose(org).then((r) =>
    r.body.batches.map((b: { currency: string; totalMinor: number }) => [b.currency, b.totalMinor]),
  );
const myBalance = async (payee: { affiliate: { id: string } }, org: Advertiser, currency: string) => {
  const session = await (await import('../sessions')).signInAs(db, payee.affiliate.id);
  const res = await call(session, 'GET', `/affiliate/balances?currency=${currency}`);
  expectStatus(res, 200);
  return res.body.items.find((b: { organizationId: string }) => b.organizationId === org.org.id);
};

describe('the platform table', () => {
  it('is seeded with USD 100.00 and every PayPal currency, zero-decimal ones in their own units', async () => {
    const res = await call(support, 'GET', '/platform/payout-minimums');
    expectStatus(res, 200);
    const byCurrency = Object.fromEntries(
      res.body.items.map((r: { currency: string; minMinor: number }) => [r.currency, r.minMinor]),
    );
    expect(Object.keys(byCurrency)).toEqual([
      'AUD',
      'BRL',
      'CAD',
      'CHF',
      'CNY',
      'CZK',
      'DKK',
      'EUR',
      'GBP',
      'HKD',
      'HUF',
      'ILS',
      'JPY',
      'MXN',
      'MYR',
      'NOK',
      'NZD',
      'PHP',
      'PLN',
      'RUB',
      'SEK',
      'SGD',
      'THB',
      'TWD',
      'USD',
    ]);
    // USD 100.00; JPY has no minor unit (¥15,000); HUF and TWD are whole units PayPal accepts.
    expect(byCurrency).toMatchObject({ USD: 10_000, EUR: 10_000, JPY: 15_000, HUF: 3_500_000, TWD: 320_000 });
    expect(res.body.items[0]).toMatchObject({ updatedById: null });
  });

  it('platform staff change it, audited; support reads only; advertisers do not see it; bad values are refused', async () => {
    const org = await createAdvertiser(db);
    expectStatus(await call(org.owner, 'GET', '/platform/payout-minimums'), 404, 'not_found');
    const body = {
      items: [
        { currency: 'SEK', minMinor: 120_000 },
        { currency: 'ZAR', minMinor: 180_000 },
      ],
    };
    expectStatus(await call(support, 'PUT', '/platform/payout-minimums', body), 403, 'forbidden');
    expectStatus(await call(org.owner, 'PUT', '/platform/payout-minimums', body), 404, 'not_found');
    for (const bad of [
      { items: [{ currency: 'HUF', minMinor: 3_500_050 }] }, // fillér: PayPal refuses HUF decimals
      { items: [{ currency: 'TWD', minMinor: 1 }] },
      { items: [{ currency: 'usd', minMinor: 10_000 }] },
      { items: [{ currency: 'USD', minMinor: -1 }] },
      { items: [{ currency: 'USD', minMinor: 100.5 }] },
      {
        items: [
          { currency: 'USD', minMinor: 1 },
          { currency: 'USD', minMinor: 2 },
        ],
      },
      { items: [] },
      { items: [{ currency: 'USD', minMinor: 1, extra: true }] },
    ])
      expectStatus(await call(admin, 'PUT', '/platform/payout-minimums', bad), 400, 'validation_failed');
    // A repeated currency is named by its path and a code, before any upsert could meet it twice.
    const repeated = await call(admin, 'PUT', '/platform/payout-minimums', {
      items: [
        { currency: 'USD', minMinor: 1 },
        { currency: 'EUR', minMinor: 1 },
        { currency: 'USD', minMinor: 2 },
      ],
    });
    expect(repeated.body.error.details).toEqual([
      expect.objectContaining({ path: 'items.2', code: 'duplicate_entry' }),
    ]);
    const [usd] = await db.select().from(s.payoutMinimums).where(eq(s.payoutMinimums.currency, 'USD'));
    expect(usd?.minMinor).toBe(10_000);

    const res = await call(admin, 'PUT', '/platform/payout-minimums', body);
    expectStatus(res, 200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ currency: 'SEK', minMinor: 120_000, updatedById: admin.userId }),
      expect.objectContaining({ currency: 'ZAR', minMinor: 180_000, updatedById: admin.userId }),
    ]);
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'payout_minimum.updated'), eq(s.auditLog.actorId, admin.userId)));
    expect(audits.map((a) => [a.targetId, a.before, a.after]).sort()).toEqual([
      ['SEK', { minMinor: 100_000 }, { minMinor: 120_000 }],
      ['ZAR', null, { minMinor: 180_000 }],
    ]);
    // The same values again change nothing, so nothing more is audited.
    expectStatus(await call(admin, 'PUT', '/platform/payout-minimums', body), 200);
    expect((await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'payout_minimum.updated'))).length).toBe(2);
  });
});

describe('proposals and balances follow the currency', () => {
  it('JPY: ¥12,000 waits for the ¥15,000 minimum (a plain 10000 would have paid it), ¥15,000 is paid', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    const first = await approvedSales(db, payee, [40_000], 'JPY'); // 30 % = ¥12,000
    expect(first[0]).toMatchObject({ currency: 'JPY', amountMinor: 12_000 });
    expect(await proposed(org)).toEqual([]);
    expect(await statusesOf(db, [first[0]!.id])).toEqual({ [first[0]!.id]: 'approved' });
    expect(await myBalance(payee, org, 'JPY')).toMatchObject({ availableMinor: 12_000, payoutMinimumMinor: 15_000 });
    await approvedSales(db, payee, [10_000], 'JPY'); // +¥3,000
    expect(await proposed(org)).toEqual([['JPY', 15_000]]);
  });

  it('USD: 99.99 waits, 100.00 is paid; the balance names the same minimum', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [33_330]); // 99.99
    expect(await myBalance(payee, org, 'USD')).toMatchObject({ availableMinor: 9_999, payoutMinimumMinor: 10_000 });
    expect(await proposed(org)).toEqual([]);
    await approvedSales(db, payee, [4]); // +0.01
    expect(await proposed(org)).toEqual([['USD', 10_000]]);
  });

  it("a program's override raises its own currency's minimum only", async () => {
    const org = await createAdvertiser(db);
    const strict = await addProgram(db, org, { currency: 'USD', payoutMinMinor: 25_000 });
    const payee = await addPayee(db, org, { program: strict });
    // USD lines: the program's 250.00 applies.
    await approvedSales(db, payee, [50_000]); // 150.00
    expect(await myBalance(payee, org, 'USD')).toMatchObject({ payoutMinimumMinor: 25_000 });
    // JPY lines of the same USD program: 25000 would be ¥25,000; only the platform's ¥15,000 applies.
    await approvedSales(db, payee, [60_000], 'JPY'); // ¥18,000
    expect(await myBalance(payee, org, 'JPY')).toMatchObject({ payoutMinimumMinor: 15_000 });
    expect(await proposed(org)).toEqual([['JPY', 18_000]]);
  });

  it('a currency without a platform minimum is not proposed, and the balance says so', async () => {
    // A currency PayPal pays whose minimum staff removed (every currency a rail pays is seeded with one; KRW,
    // used here before, is paid by no rail, so adding its minimum would not make it payable).
    await db.delete(s.payoutMinimums).where(eq(s.payoutMinimums.currency, 'NOK'));
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    const lines = await approvedSales(db, payee, [10_000_000], 'NOK');
    expect(await proposed(org)).toEqual([]);
    expect(await statusesOf(db, [lines[0]!.id])).toEqual({ [lines[0]!.id]: 'approved' });
    expect(await myBalance(payee, org, 'NOK')).toMatchObject({ availableMinor: 3_000_000, payoutMinimumMinor: null });
    // Once platform staff add the currency, the next proposal pays it.
    expectStatus(
      await call(admin, 'PUT', '/platform/payout-minimums', { items: [{ currency: 'NOK', minMinor: 150_000 }] }),
      200,
    );
    expect(await proposed(org)).toEqual([['NOK', 3_000_000]]);
  });

  it('an edited minimum applies to the next proposal', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [50_000], 'GBP'); // £150.00, above the seeded £80.00
    expectStatus(
      await call(admin, 'PUT', '/platform/payout-minimums', { items: [{ currency: 'GBP', minMinor: 20_000 }] }),
      200,
    );
    expect(await proposed(org)).toEqual([]);
    expect(await myBalance(payee, org, 'GBP')).toMatchObject({ payoutMinimumMinor: 20_000 });
  });
});
