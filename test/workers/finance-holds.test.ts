import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { CRON_JOBS } from '../../workers/cron/jobs';
import { releaseHolds } from '../../workers/services/finance';
import { serviceCtx } from '../conversions';
import { earn, refund, setHoldUntil } from '../finance';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const HOUR = 3_600_000;
// Each test holds its lines until its own hour far ahead, after every earlier test's lines, and
// first releases everything before that hour, so its counts are its own.
let window = Date.UTC(2100, 0, 1);
async function nextWindow(): Promise<Date> {
  window += 24 * HOUR;
  await releaseHolds({ ctx: serviceCtx(db, new Date(window - 1)), input: { batchSize: 1000, maxBatches: 100 } });
  return new Date(window);
}

const statusOf = async (ids: string[]) =>
  await db
    .select({ id: s.commissions.id, status: s.commissions.status, approvedAt: s.commissions.approvedAt })
    .from(s.commissions)
    .where(inArray(s.commissions.id, ids));

async function heldLines(n: number, holdUntil: Date) {
  const t = await createTenant(db);
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(await earn(db, t, 1000 + i));
  await setHoldUntil(
    db,
    lines.map((l) => l.id),
    holdUntil,
  );
  return { t, lines };
}

describe('releaseHolds', () => {
  it('releases a line whose hold ends exactly now, not one millisecond earlier', async () => {
    const at = await nextWindow();
    const { lines } = await heldLines(1, at);
    const run = (now: Date) => releaseHolds({ ctx: serviceCtx(db, now), input: { batchSize: 10, maxBatches: 5 } });
    expect(await run(new Date(at.getTime() - 1))).toEqual({ released: 0 });
    expect((await statusOf([lines[0]!.id]))[0]).toMatchObject({ status: 'pending', approvedAt: null });
    expect(await run(at)).toEqual({ released: 1 });
    expect((await statusOf([lines[0]!.id]))[0]).toEqual({ id: lines[0]!.id, status: 'approved', approvedAt: at });
    expect(await run(at)).toEqual({ released: 0 });
  });

  it('stops after maxBatches and leaves the rest for the next run', async () => {
    const at = await nextWindow();
    await heldLines(25, at);
    const run = () => releaseHolds({ ctx: serviceCtx(db, at), input: { batchSize: 10, maxBatches: 2 } });
    expect(await run()).toEqual({ released: 20 });
    expect(await run()).toEqual({ released: 5 });
    expect(await run()).toEqual({ released: 0 });
  });

  it('releases each line exactly once when two runs race', async () => {
    const at = await nextWindow();
    const { lines } = await heldLines(60, at);
    const a = testDb();
    const b = testDb();
    try {
      const input = { batchSize: 7, maxBatches: 100 };
      const [first, second] = await Promise.all([
        releaseHolds({ ctx: serviceCtx(a.db, at), input }),
        releaseHolds({ ctx: serviceCtx(b.db, at), input }),
      ]);
      expect(first.released + second.released).toBe(60);
      const rows = await statusOf(lines.map((l) => l.id));
      expect(rows.every((r) => r.status === 'approved' && r.approvedAt?.getTime() === at.getTime())).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it.each(['flagged', 'rejected', 'reversed'] as const)(
    'keeps holding the lines of a %s conversion',
    async (status) => {
      const at = await nextWindow();
      const { lines } = await heldLines(2, at);
      await db.update(s.conversions).set({ status }).where(eq(s.conversions.id, lines[0]!.conversionId!));
      expect(await releaseHolds({ ctx: serviceCtx(db, at), input: { batchSize: 10, maxBatches: 5 } })).toEqual({
        released: 1,
      });
      expect((await statusOf([lines[0]!.id, lines[1]!.id])).map((r) => [r.id, r.status]).sort()).toEqual(
        [
          [lines[0]!.id, 'pending'],
          [lines[1]!.id, 'approved'],
        ].sort(),
      );
    },
  );

  it('releases a partial refund’s adjustment with its sale, and holds both while the sale is under review', async () => {
    const at = await nextWindow();
    const { t, lines } = await heldLines(1, at);
    const sale = lines[0]!;
    await refund(db, t, sale.orderId, 250);
    const [adjustment] = await db.select().from(s.commissions).where(eq(s.commissions.reversesCommissionId, sale.id));
    expect(adjustment).toMatchObject({ kind: 'adjustment', status: 'pending', holdUntil: at });
    await db.update(s.conversions).set({ status: 'flagged' }).where(eq(s.conversions.id, sale.conversionId!));
    const run = () => releaseHolds({ ctx: serviceCtx(db, at), input: { batchSize: 10, maxBatches: 5 } });
    expect(await run()).toEqual({ released: 0 });
    await db.update(s.conversions).set({ status: 'approved' }).where(eq(s.conversions.id, sale.conversionId!));
    expect(await run()).toEqual({ released: 2 });
    expect((await statusOf([sale.id, adjustment!.id])).map((r) => r.status)).toEqual(['approved', 'approved']);
  });

  it('runs hourly from the "5 * * * *" Cron Trigger', async () => {
    // The CPC click credit runs first in the same trigger (cpc.test.ts), so a 0-day hold releases in that run;
    // the balance-crossing notices come after the release that lifts balances.
    expect(Object.keys(CRON_JOBS['5 * * * *']!)).toEqual([
      'creditClickCommissions',
      'releaseHolds',
      'downgradeLapsedSubscriptions',
      'notifyBalanceCrossings',
      'sweepWorkflows',
      'evaluatePerformanceBounties',
    ]);
    const at = await nextWindow();
    const { lines } = await heldLines(3, at);
    await worker.scheduled(createScheduledController({ cron: '5 * * * *', scheduledTime: at }), env);
    expect((await statusOf(lines.map((l) => l.id))).map((r) => r.status)).toEqual(['approved', 'approved', 'approved']);
  });
});
