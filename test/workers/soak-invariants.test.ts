import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { runCheckpoint } from '../../bench/lib/soak-invariants';
import type { Db } from '../../workers/db/client';
import { releaseHolds } from '../../workers/services/finance';
import { createAdvertiser } from '../actors';
import { serviceCtx } from '../conversions';
import { earn, putInPayout, refund, setHoldUntil } from '../finance';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

// The soak's own invariant queries (bench/lib/soak-invariants.ts) hold on a healthy ledger and
// each one fails on the corruption it is there to catch.
useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const failing = async (clicks: number) =>
  (await runCheckpoint(serviceCtx(db), clicks)).results.filter((r) => !r.ok).map((r) => r.name);

describe('the soak checkpoint', () => {
  it('passes a healthy ledger and names each corruption', async () => {
    const t = await createAdvertiser(db);
    const [held, paid, clawedBack] = [await earn(db, t, 1000), await earn(db, t, 4000), await earn(db, t, 5000)];
    await setHoldUntil(db, [paid.id, clawedBack.id], new Date(Date.now() - 1000));
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 100, maxBatches: 10 } });
    const done = await putInPayout(db, t, [paid, clawedBack], 'success');
    // A refund after payout: a negative approved adjustment, carried into the next payout.
    await refund(db, t, clawedBack.orderId, 5000);
    const clicks = 3;
    expect(await failing(clicks)).toEqual([]);

    // A successful item whose lines are not paid: money PayPal sent that the ledger does not show.
    const [batch] = await db
      .insert(s.payoutBatches)
      .values({ ...done.batch, id: undefined })
      .returning();
    const [again] = await db
      .insert(s.payoutItems)
      .values({ ...done.item, id: undefined, batchId: batch!.id })
      .returning();
    expect(await failing(clicks)).toEqual(expect.arrayContaining(['paid lines = successful payout items']));
    await db.delete(s.payoutItems).where(eq(s.payoutItems.id, again!.id));
    await db.delete(s.payoutBatches).where(eq(s.payoutBatches.id, batch!.id));
    expect(await failing(clicks)).toEqual([]);

    // A negative approved line that claws back nothing paid: money taken from the affiliate.
    const { orderId: _, id: __, ...line } = held;
    const [stray] = await db
      .insert(s.commissions)
      .values({ ...line, kind: 'adjustment', amountMinor: -900, status: 'approved', reversesCommissionId: held.id })
      .returning();
    expect(await failing(clicks)).toEqual(
      expect.arrayContaining(['no negative approved balance except a carried clawback']),
    );
    await db.update(s.commissions).set({ amountMinor: -2000 }).where(eq(s.commissions.id, stray!.id));
    expect(await failing(clicks)).toEqual(expect.arrayContaining(['never reversed more than earned']));
    await db.delete(s.commissions).where(eq(s.commissions.id, stray!.id));

    // A hold gone negative, a click missing.
    await db
      .insert(s.commissions)
      .values({ ...line, kind: 'adjustment', amountMinor: -5000, reversesCommissionId: held.id });
    expect(await failing(clicks + 1)).toEqual(
      expect.arrayContaining(['no negative hold, in-payout or paid balance', 'every click written once']),
    );
  });
});
