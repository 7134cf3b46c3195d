import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { applyBasisPoints } from '../../workers/domain/money';
import { listBalances, checkLedger } from '../../workers/services/finance';
import { proposePayouts } from '../../workers/services/payouts';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { refund } from '../finance';
import { testDb } from '../fixtures';
import { addPayee, addProgram, approvedSales, itemsOf, statusesOf } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

// The tenant's program pays 30 %; the platform minimum of USD is $100.00 (affiliate.payout_minimums).
const _commissionOf = (sale: number) => applyBasisPoints(sale, 3000);
const propose = (org: Advertiser) => call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`);
const proposedBatch = async (org: Advertiser, currency = 'USD') =>
  (
    await db
      .select()
      .from(s.payoutBatches)
      .where(
        and(
          eq(s.payoutBatches.organizationId, org.org.id),
          eq(s.payoutBatches.currency, currency),
          eq(s.payoutBatches.status, 'proposed'),
        ),
      )
  )[0];
const ledgerOk = async (org: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual([]);

describe('proposal thresholds', () => {
  it('pays an affiliate at the threshold, not one cent below', async () => {
    const org = await createAdvertiser(db);
    const at = await addPayee(db, org);
    const below = await addPayee(db, org);
    const atLines = await approvedSales(db, at, [20_000, 13_334]); // 6,000 + 4,000 = 10,000
    const belowLines = await approvedSales(db, below, [33_330]); // 9,999
    expect(atLines.reduce((n, l) => n + l.amountMinor, 0)).toBe(10_000);
    expect(belowLines[0]!.amountMinor).toBe(9_999);

    const res = await propose(org);
    expectStatus(res, 200);
    expect(res.body.batches).toEqual([
      expect.objectContaining({
        currency: 'USD',
        created: true,
        itemsAdded: 1,
        linesLinked: 2,
        totalMinor: 10_000,
        itemCount: 1,
      }),
    ]);
    const batch = await proposedBatch(org);
    expect(batch).toMatchObject({ totalMinor: 10_000, itemCount: 1, createdById: org.finance.userId });
    const [item] = await itemsOf(db, batch!.id);
    expect(item).toMatchObject({
      affiliateId: at.affiliate.id,
      amountMinor: 10_000,
      receiverEmail: at.affiliate.paypalEmail,
      status: 'pending',
    });
    expect(
      Object.values(
        await statusesOf(
          db,
          atLines.map((l) => l.id),
        ),
      ),
    ).toEqual(['in_payout', 'in_payout']);
    expect(
      Object.values(
        await statusesOf(
          db,
          belowLines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    const [balance] = await listBalances({
      ctx: serviceCtx(db),
      input: { organizationId: org.org.id, affiliateId: at.affiliate.id },
    });
    expect(balance).toMatchObject({ approvedMinor: 0, inPayoutMinor: 10_000 });
    await ledgerOk(org);
  });

  it('uses the highest payout minimum of the programs the lines come from', async () => {
    const org = await createAdvertiser(db);
    const strict = await addProgram(db, org, { payoutMinMinor: 50_000 });
    const payee = await addPayee(db, org, { program: strict });
    await approvedSales(db, payee, [100_000]); // 30,000: above $100, below the program's $500
    expect((await propose(org)).body.batches).toEqual([]);
    await approvedSales(db, payee, [70_000]); // +21,000 = 51,000
    const res = await propose(org);
    expect(res.body.batches).toEqual([expect.objectContaining({ itemsAdded: 1, totalMinor: 51_000 })]);
  });

  it('keeps currencies in separate batches', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [50_000], 'USD');
    await approvedSales(db, payee, [60_000], 'EUR');
    const res = await propose(org);
    expectStatus(res, 200);
    expect(res.body.batches.map((b: { currency: string; totalMinor: number }) => [b.currency, b.totalMinor])).toEqual([
      ['EUR', 18_000],
      ['USD', 15_000],
    ]);
    expect((await proposedBatch(org, 'EUR'))!.id).not.toBe((await proposedBatch(org, 'USD'))!.id);
  });

  it('skips an affiliate without a verified PayPal email', async () => {
    const org = await createAdvertiser(db);
    const unverified = await addPayee(db, org, { verified: false });
    const lines = await approvedSales(db, unverified, [100_000]);
    expect((await propose(org)).body.batches).toEqual([]);
    expect(await statusesOf(db, [lines[0]!.id])).toEqual({ [lines[0]!.id]: 'approved' });
    await db.update(s.users).set({ paypalEmailVerifiedAt: new Date() }).where(eq(s.users.id, unverified.affiliate.id));
    expect((await propose(org)).body.batches).toEqual([expect.objectContaining({ itemsAdded: 1, totalMinor: 30_000 })]);
  });

  it('nets a negative carry-over against new earnings, and keeps a negative net approved', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    const [sale] = await approvedSales(db, payee, [50_000]); // 15,000, about to be paid
    await propose(org);
    const batch = await proposedBatch(org);
    const [item] = await itemsOf(db, batch!.id);
    // Mark it paid as a successful payout would, then refund the whole sale: -15,000 carried over.
    await db.update(s.payoutItems).set({ status: 'success' }).where(eq(s.payoutItems.id, item!.id));
    await db.update(s.commissions).set({ status: 'paid', paidAt: new Date() }).where(eq(s.commissions.id, sale!.id));
    await db.update(s.payoutBatches).set({ status: 'completed' }).where(eq(s.payoutBatches.id, batch!.id));
    await refund(db, payee, sale!.orderId, 50_000);
    const [carried] = await listBalances({
      ctx: serviceCtx(db),
      input: { organizationId: org.org.id, affiliateId: payee.affiliate.id },
    });
    expect(carried).toMatchObject({ approvedMinor: -15_000, carryOverMinor: -15_000, paidMinor: 15_000 });

    expect((await propose(org)).body.batches).toEqual([]); // negative net: nothing, stays approved
    await approvedSales(db, payee, [60_000]); // +18,000 → net 3,000 < 10,000
    expect((await propose(org)).body.batches).toEqual([]);
    await approvedSales(db, payee, [40_000]); // +12,000 → net 15,000
    const res = await propose(org);
    expect(res.body.batches).toEqual([expect.objectContaining({ itemsAdded: 1, linesLinked: 3, totalMinor: 15_000 })]);
    const [after] = await listBalances({
      ctx: serviceCtx(db),
      input: { organizationId: org.org.id, affiliateId: payee.affiliate.id },
    });
    expect(after).toMatchObject({ approvedMinor: 0, carryOverMinor: 0, inPayoutMinor: 15_000 });
    await ledgerOk(org);
  });

  it('extends the open proposal instead of opening a second one', async () => {
    const org = await createAdvertiser(db);
    const a = await addPayee(db, org);
    const b = await addPayee(db, org);
    await approvedSales(db, a, [40_000]);
    const first = (await propose(org)).body.batches[0];
    await approvedSales(db, a, [10_000]);
    await approvedSales(db, b, [40_000]);
    const second = (await propose(org)).body.batches[0];
    expect(second).toMatchObject({
      batchId: first.batchId,
      created: false,
      itemsAdded: 1,
      itemsExtended: 1,
      totalMinor: 12_000 + 3_000 + 12_000,
      itemCount: 2,
    });
    await ledgerOk(org);
  });
});

describe('concurrency', () => {
  it('two concurrent proposals make one batch and link each commission once', async () => {
    const org = await createAdvertiser(db);
    const payees = await Promise.all([0, 1, 2, 3, 4].map(() => addPayee(db, org)));
    const lines = (await Promise.all(payees.map((p) => approvedSales(db, p, [40_000, 50_000])))).flat();
    const run = () => proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    const [x, y] = await Promise.all([run(), run()]);
    const all = [...x.batches, ...y.batches];
    expect(new Set(all.map((b) => b.batchId)).size).toBe(1);
    expect(all.reduce((n, b) => n + b.linesLinked, 0)).toBe(lines.length);
    const batches = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, org.org.id));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ itemCount: 5, totalMinor: 5 * 27_000 });
    const links = await db
      .select()
      .from(s.payoutItemCommissions)
      .innerJoin(s.payoutItems, eq(s.payoutItems.id, s.payoutItemCommissions.payoutItemId))
      .where(eq(s.payoutItems.batchId, batches[0]!.id));
    expect(links).toHaveLength(lines.length);
    await ledgerOk(org);
  });
});

describe('review', () => {
  it('exclude returns the item’s lines to approved and updates the totals; audited with its reason', async () => {
    const org = await createAdvertiser(db);
    const keep = await addPayee(db, org);
    const drop = await addPayee(db, org);
    await approvedSales(db, keep, [40_000]);
    const dropped = await approvedSales(db, drop, [50_000, 50_000]);
    await propose(org);
    const batch = await proposedBatch(org);
    const item = (await itemsOf(db, batch!.id)).find((i) => i.affiliateId === drop.affiliate.id)!;
    const res = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/items/${item.id}/exclude`, {
      reason: 'Account under review',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ totalMinor: 12_000, itemCount: 1, status: 'proposed' });
    expect(
      Object.values(
        await statusesOf(
          db,
          dropped.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved', 'approved']);
    expect(await db.select().from(s.payoutItems).where(eq(s.payoutItems.id, item.id))).toEqual([]);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, batch!.id), eq(s.auditLog.action, 'payout_batch.item_excluded')));
    expect(audit).toMatchObject({
      actorId: org.finance.userId,
      organizationId: org.org.id,
      after: expect.objectContaining({ reason: 'Account under review' }),
    });
    expectStatus(
      await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/items/${item.id}/exclude`),
      404,
      'not_found',
    );
    await ledgerOk(org);
  });

  it('cancel returns every line of a proposed or approved batch; not once sending', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    const lines = await approvedSales(db, payee, [50_000]);
    await propose(org);
    const batch = await proposedBatch(org);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`), 200);
    const res = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/cancel`);
    expectStatus(res, 200);
    expect(res.body.status).toBe('canceled');
    expect(await statusesOf(db, [lines[0]!.id])).toEqual({ [lines[0]!.id]: 'approved' });
    expect((await itemsOf(db, batch!.id)).map((i) => i.status)).toEqual(['canceled']);
    expect(await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batch!.id))).toEqual([]);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/cancel`), 409, 'conflict');
    // The money is free again: the next proposal opens a new batch with it.
    expect((await propose(org)).body.batches).toEqual([expect.objectContaining({ created: true, totalMinor: 15_000 })]);
    await ledgerOk(org);
  });

  it('approve (not by the creator) cuts parts with sender_batch_ids; an empty or non-proposed batch is refused', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [50_000]);
    await propose(org);
    const batch = await proposedBatch(org);
    // Finance proposed it, so finance may not approve it too: a second person does.
    expectStatus(
      await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`),
      403,
      'separation_of_duties',
    );
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ status: 'approved', approvedById: org.owner.userId });
    const parts = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batch!.id));
    expect(parts).toEqual([
      expect.objectContaining({
        part: 0,
        senderBatchId: batch!.id,
        status: 'pending',
        itemCount: 1,
        totalMinor: 15_000,
      }),
    ]);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`), 409, 'conflict');
    expectStatus(
      await call(
        org.finance,
        'POST',
        `/orgs/${org.org.id}/payouts/${batch!.id}/items/${(await itemsOf(db, batch!.id))[0]!.id}/exclude`,
      ),
      409,
      'conflict',
    );

    const other = await addPayee(db, org);
    await approvedSales(db, other, [50_000]);
    await propose(org);
    const next = await proposedBatch(org);
    const [only] = await itemsOf(db, next!.id);
    await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${next!.id}/items/${only!.id}/exclude`);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${next!.id}/approve`), 409, 'conflict');
  });
});

describe('access', () => {
  it('owner and finance act; admin, affiliates and other tenants cannot; support only reads', async () => {
    const org = await createAdvertiser(db);
    const other = await createAdvertiser(db);
    const support = await createStaff(db, 'support');
    const platformAdmin = await createStaff(db, 'platform_admin');
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [50_000]);
    expectStatus(await call(org.admin, 'POST', `/orgs/${org.org.id}/payouts/propose`), 403, 'forbidden');
    expectStatus(await call(org.affiliateSession, 'POST', `/orgs/${org.org.id}/payouts/propose`), 404, 'not_found');
    expectStatus(await call(other.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`), 404, 'not_found');
    expectStatus(await call(support, 'POST', `/orgs/${org.org.id}/payouts/propose`), 403, 'forbidden');
    expectStatus(await call(platformAdmin, 'POST', `/orgs/${org.org.id}/payouts/propose`), 200);
    const batch = await proposedBatch(org);
    expectStatus(await call(org.admin, 'GET', `/orgs/${org.org.id}/payouts`), 403, 'forbidden');
    const list = await call(support, 'GET', `/orgs/${org.org.id}/payouts?status=proposed`);
    expectStatus(list, 200);
    expect(list.body.items.map((b: { id: string }) => b.id)).toEqual([batch!.id]);
    expectStatus(await call(support, 'GET', `/orgs/${org.org.id}/payouts/${batch!.id}`), 200);
    expectStatus(await call(support, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`), 403, 'forbidden');
    // Another tenant's batch does not exist for you, even through your own org's path.
    expectStatus(await call(other.finance, 'GET', `/orgs/${other.org.id}/payouts/${batch!.id}`), 404, 'not_found');
    expectStatus(
      await call(other.finance, 'POST', `/orgs/${other.org.id}/payouts/${batch!.id}/approve`),
      404,
      'not_found',
    );
    expectStatus(await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/not-a-uuid`), 400, 'validation_failed');
    expectStatus(await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts?status=bogus`), 400, 'validation_failed');
    expectStatus(await call(null, 'GET', `/orgs/${org.org.id}/payouts`), 401);
  });

  it('lists batches by status with paging, and a batch with its items', async () => {
    const org = await createAdvertiser(db);
    const payees = [];
    for (let i = 0; i < 3; i++) {
      payees.push(await addPayee(db, org));
      await approvedSales(db, payees[i]!, [40_000 + i * 10_000]);
    }
    // One payee has a name: items name people by it, as the rest of the dashboard does (the email beside it).
    await db.update(s.users).set({ firstName: 'Ann', lastName: 'Lee' }).where(eq(s.users.id, payees[0]!.affiliate.id));
    await propose(org);
    const batch = await proposedBatch(org);
    const page1 = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batch!.id}?limit=2`);
    expectStatus(page1, 200);
    expect(page1.body.batch).toMatchObject({ id: batch!.id, itemCount: 3, totalMinor: 12_000 + 15_000 + 18_000 });
    expect(page1.body.items.items).toHaveLength(2);
    const all = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batch!.id}`);
    const people = all.body.items.items.map((i: { affiliateName: string; affiliateEmail: string }) => [
      i.affiliateName,
      i.affiliateEmail,
    ]);
    expect(people.sort()).toEqual(
      [
        ['Ann Lee', payees[0]!.affiliate.email],
        [payees[1]!.affiliate.email, payees[1]!.affiliate.email],
        [payees[2]!.affiliate.email, payees[2]!.affiliate.email],
      ].sort(),
    );
    const page2 = await call(
      org.finance,
      'GET',
      `/orgs/${org.org.id}/payouts/${batch!.id}?limit=2&cursor=${page1.body.items.nextCursor}`,
    );
    expect(page2.body.items.items).toHaveLength(1);
    expect(page2.body.items.nextCursor).toBeNull();
    expect((await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts?status=sent`)).body.items).toEqual([]);
  });
});

describe('propose now says what it left behind and why', () => {
  it('nothing to pay: one affiliate below the minimum, one without a verified PayPal email', async () => {
    const org = await createAdvertiser(db);
    const small = await addPayee(db, org);
    await approvedSales(db, small, [10_000]); // $30.00 < $100.00
    const unverified = await addPayee(db, org, { verified: false });
    await approvedSales(db, unverified, [50_000]); // $150.00, but no verified email
    const res = await propose(org);
    expectStatus(res, 200);
    expect(res.body).toEqual({
      batches: [],
      unproposed: [{ currency: 'USD', affiliates: 2, noVerifiedPaypal: 1, belowMinimum: 1, totalMinor: 18_000 }],
    });
  });

  it('a batch created, and nobody left behind', async () => {
    const org = await createAdvertiser(db);
    await approvedSales(db, await addPayee(db, org), [50_000]);
    const res = await propose(org);
    expect(res.body.batches).toEqual([expect.objectContaining({ created: true, itemCount: 1, totalMinor: 15_000 })]);
    expect(res.body.unproposed).toEqual([]);
  });
});
