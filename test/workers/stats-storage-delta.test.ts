import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../dev/prng';
import * as s from '../../schema';
import { inTransaction, type ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { recordDispute, reviewConversion } from '../../workers/services/conversions';
import { rebuildStats } from '../../workers/services/stats';
import { oneConversionStatements, refreshConversionStats } from '../../workers/services/stats/refresh-conversion-stats';
import { nextEventId, record, serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import {
  clickMessage,
  consume,
  expectRollupsEqualRaw,
  HOUR,
  rows,
  snapshot,
  type Tenant,
  tenantWithUpline,
} from '../stats-storage-checks';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const ROLLUPS = [
  'conversion_stats_hourly',
  'conversion_subs_hourly',
  'commission_stats_hourly',
  'commission_subs_hourly',
  'conversion_creatives_hourly',
];

/** What the stored contributions hold, as sorted row texts. */
async function counted(): Promise<string[]> {
  return [
    ...(await rows(db, `SELECT o::text AS r FROM affiliate.stats_counted_conversions o`)),
    ...(await rows(db, `SELECT l::text AS r FROM affiliate.stats_counted_commissions l`)),
  ];
}

/** Every row version of the derived tables: a refresh that writes nothing leaves each xmin as it was. */
async function versions(): Promise<string[]> {
  const tables = [...ROLLUPS, 'enrollment_totals', 'stats_counted_conversions', 'stats_counted_commissions'];
  return rows(
    db,
    tables
      .map((t) => `SELECT '${t}:' || t.xmin::text || ':' || t::text AS r FROM affiliate.${t} t`)
      .join(' UNION ALL '),
  );
}

const advertiser = (on: Db, tenant: Tenant): ServiceContext => ({
  ...serviceCtx(on),
  tenant: { kind: 'advertiser', organizationId: tenant.org.id, role: 'owner' },
});

/** Sales of `tenant`'s accepted clicks at `occurredAt`, recorded one by one. */
async function sales(tenant: Tenant, count: number, at: number, occurredAt: number, seed: number) {
  const rnd = prng(seed);
  const clicks = Array.from({ length: count }, () => ({ ...clickMessage(tenant, at, rnd), rejectReason: null }));
  await consume([{ v: 2, clicks }]);
  return clicks.map((c, i) => ({
    click_id: c.id,
    amount: 10_000 + 100 * i,
    occurred_at: new Date(occurredAt).toISOString(),
  }));
}

describe('stats storage by contribution deltas', () => {
  it('ends equal to a rebuild after parallel transactions refresh many conversions of one affiliate and hour', async () => {
    const tenant = await tenantWithUpline(db, 'USD');
    const at = Date.now() - 40 * 60_000;
    const events = await sales(tenant, 24, at, at + 1000, 31);
    const pools = Array.from({ length: 4 }, () => testDb());
    try {
      const recorded = await Promise.all(
        events.map((e, i) =>
          record(pools[i % 4]!.db, tenant, { type: 'sale', currency: 'USD', order_id: nextEventId('o'), ...e }),
        ),
      );
      await expectRollupsEqualRaw(db, 'after parallel conversions');
      const ids = recorded.map((r) => r.conversion.id);

      await Promise.all(
        ids.slice(0, 8).map((id, i) =>
          reviewConversion({
            ctx: advertiser(pools[i % 4]!.db, tenant),
            input: { conversionId: id, decision: 'reject', reason: 'parallel' },
          }),
        ),
      );
      await expectRollupsEqualRaw(db, 'after parallel rejections');

      // Each transaction changes one conversion's raw rows and refreshes an overlapping half of all of them.
      const rnd = prng(37);
      await Promise.all(
        ids.slice(8, 20).map((own, t) => {
          const others = ids.filter(() => rnd.next() < 0.5);
          return inTransaction(serviceCtx(pools[t % 4]!.db), async (tx) => {
            await tx.db.execute(
              sql`UPDATE affiliate.conversions SET amount_minor = amount_minor + 1, status = 'approved' WHERE id = ${own}`,
            );
            await tx.db.execute(
              sql`UPDATE affiliate.commissions SET amount_minor = amount_minor + 7, status = 'approved' WHERE conversion_id = ${own}`,
            );
            await refreshConversionStats({ ctx: tx, input: { conversionIds: [...others, own] } });
          });
        }),
      );
      await expectRollupsEqualRaw(db, 'after parallel refreshes');

      const before = await snapshot(db);
      const stored = await counted();
      expect(stored.length).toBeGreaterThanOrEqual(24 * 3);
      await rebuildStats({ ctx: serviceCtx(db), input: {} });
      expect(await snapshot(db)).toEqual(before);
      expect(await counted()).toEqual(stored);

      // Refreshes after the rebuild move the rollups from what it stored.
      await Promise.all(
        ids.slice(20).map((id, i) =>
          reviewConversion({
            ctx: advertiser(pools[i % 4]!.db, tenant),
            input: { conversionId: id, decision: 'reject', reason: 'after rebuild' },
          }),
        ),
      );
      await expectRollupsEqualRaw(db, 'after refreshes following the rebuild');
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  });

  it('empties the bucket a conversion leaves when its attribution moves to another enrollment', async () => {
    const tenant = await tenantWithUpline(db, 'USD');
    const at = Date.now() - 3 * HOUR;
    // One sale stays with the first enrollment (an earlier hour), one moves.
    const [stays] = await sales(tenant, 1, at, at + 1000, 41);
    const [moves] = await sales(tenant, 1, at, at + 2 * HOUR, 43);
    await record(db, tenant, { type: 'sale', currency: 'USD', order_id: nextEventId('o'), ...stays! });
    const moved = await record(db, tenant, { type: 'sale', currency: 'USD', order_id: nextEventId('o'), ...moves! });
    const [other] = await db
      .insert(s.users)
      .values({ email: `other-${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
      .returning();
    const [enrollment] = await db
      .insert(s.enrollments)
      .values({
        programId: tenant.program.id,
        affiliateId: other!.id,
        organizationId: tenant.org.id,
        status: 'active',
        refCode: `other-${crypto.randomUUID()}`,
      })
      .returning();
    const hour = new Date(Math.floor((at + 2 * HOUR) / HOUR) * HOUR).toISOString();
    const inBucket = async (enrollmentId: string) => {
      const counts = [];
      for (const table of ROLLUPS)
        counts.push(
          ...(await rows(
            db,
            `SELECT '${table}' AS r FROM affiliate.${table} WHERE organization_id = '${tenant.org.id}'
              AND hour = '${hour}' AND enrollment_id = '${enrollmentId}'`,
          )),
        );
      return [...new Set(counts)].sort();
    };
    expect(await inBucket(tenant.enrollment.id)).toEqual([
      'commission_stats_hourly',
      'commission_subs_hourly',
      'conversion_stats_hourly',
      'conversion_subs_hourly',
    ]);

    await inTransaction(serviceCtx(db), async (tx) => {
      const id = moved.conversion.id;
      await tx.db.execute(
        sql`UPDATE affiliate.conversions SET enrollment_id = ${enrollment!.id}, affiliate_id = ${other!.id} WHERE id = ${id}`,
      );
      await tx.db.execute(
        sql`UPDATE affiliate.commissions SET enrollment_id = ${enrollment!.id}, beneficiary_id = ${other!.id}
          WHERE conversion_id = ${id} AND level = 0`,
      );
      await refreshConversionStats({ ctx: tx, input: { conversionIds: [id] } });
    });
    expect(await inBucket(tenant.enrollment.id)).toEqual([]);
    expect(await inBucket(enrollment!.id)).toContain('conversion_stats_hourly');
    const [left] = await db
      .select()
      .from(s.enrollmentTotals)
      .where(eq(s.enrollmentTotals.enrollmentId, tenant.enrollment.id));
    expect(left!.conversions).toBe(1);
    await expectRollupsEqualRaw(db, 'after the move');
  });

  it('moves by what a dispute does: lines held, given back, and a lost one booked as a refund, in one refresh', async () => {
    const tenant = await tenantWithUpline(db, 'USD');
    const at = Date.now() - 30 * 60_000;
    const events = await sales(tenant, 3, at, at + 1000, 41);
    const sold: { orderId: string; amount: number }[] = [];
    for (const e of events) {
      const orderId = nextEventId('pi');
      await record(db, tenant, { type: 'sale', currency: 'USD', order_id: orderId, ...e });
      sold.push({ orderId, amount: e.amount });
    }
    await expectRollupsEqualRaw(db, 'after the sales');
    const dispute = (i: number, phase: 'opened' | 'won' | 'lost', amountMinor = sold[i]!.amount) =>
      recordDispute({
        ctx: serviceCtx(db),
        input: {
          appId: tenant.app.id,
          organizationId: tenant.org.id,
          dispute: {
            eventId: nextEventId('evt'),
            disputeId: `dp_storage_${i}`,
            phase,
            orderId: sold[i]!.orderId,
            amountMinor,
            currency: 'USD',
            occurredAt: new Date(at + 2000).toISOString(),
            sourceType: phase === 'opened' ? 'charge.dispute.created' : 'charge.dispute.closed',
          },
        },
      });
    await dispute(0, 'opened');
    await dispute(1, 'opened');
    await expectRollupsEqualRaw(db, 'after two disputes opened');
    await dispute(0, 'won');
    // Lost: the held lines go back and the refund reverses them, both in the one transaction.
    expect((await dispute(1, 'lost')).refund).not.toBeNull();
    // Lost in part without an opening event: a proportional adjustment.
    expect((await dispute(2, 'lost', 2_500)).refund).not.toBeNull();
    await expectRollupsEqualRaw(db, 'after won and lost disputes');
  });

  it('changes nothing when the same refresh runs again', async () => {
    const tenant = await tenantWithUpline(db, 'EUR');
    const at = Date.now() - 20 * 60_000;
    const events = await sales(tenant, 3, at, at + 1000, 47);
    const ids = [];
    for (const e of events)
      ids.push(
        (await record(db, tenant, { type: 'sale', currency: 'EUR', order_id: nextEventId('o'), ...e })).conversion.id,
      );
    const lines = await db.select({ id: s.commissions.id }).from(s.commissions);
    const change = { conversionIds: ids, commissionIds: lines.map((l) => l.id) };
    await inTransaction(serviceCtx(db), (tx) => refreshConversionStats({ ctx: tx, input: change }));
    const before = await versions();
    const rollups = await snapshot(db);
    await inTransaction(serviceCtx(db), (tx) => refreshConversionStats({ ctx: tx, input: change }));
    await inTransaction(serviceCtx(db), (tx) => refreshConversionStats({ ctx: tx, input: change }));
    expect(await versions()).toEqual(before);
    expect(await snapshot(db)).toEqual(rollups);
    await expectRollupsEqualRaw(db, 'after the repeated refresh');
  });

  it('refreshes one settled conversion by two named statements whose plans Postgres reuses', async () => {
    const tenant = await tenantWithUpline(db, 'USD');
    const at = Date.now() - 10 * 60_000;
    const [event] = await sales(tenant, 1, at, at + 1000, 53);
    const { conversion } = await record(db, tenant, {
      type: 'sale',
      currency: 'USD',
      order_id: nextEventId('o'),
      ...event!,
    });
    await expectRollupsEqualRaw(db, 'after the settled sale');
    const before = await versions();
    const { lock, apply } = oneConversionStatements();
    const plans = await inTransaction(serviceCtx(db), async (tx) => {
      const { rows: mode } = await tx.db.execute(sql`SELECT current_setting('plan_cache_mode') AS mode`);
      expect(mode).toEqual([{ mode: 'auto' }]);
      for (let i = 0; i < 7; i++) await refreshConversionStats({ ctx: tx, input: { conversionIds: [conversion.id] } });
      const { rows: found } = await tx.db.execute(
        sql`SELECT name, generic_plans::int AS generic, custom_plans::int AS custom, current_setting('plan_cache_mode') AS mode
          FROM pg_prepared_statements WHERE name IN (${lock.name}, ${apply.name})`,
      );
      return Object.fromEntries(
        (found as { name: string; generic: number; custom: number; mode: string }[]).map((p) => [p.name, p]),
      );
    });
    // Unnamed, the refresh was planned on every call: its planning cost more Postgres CPU than its run
    // (bench/README.md, Conversions). Its one conversion is a scalar parameter, and the lock statement leaves
    // plan_cache_mode at force_generic_plan for the rest of the transaction: the rollups' statement is never
    // custom-planned (all seven here ran in one transaction, so the lock's later calls were generic too). The
    // setting is local to the transaction (set_config's `true`), so a pooled connection gets it back as it was.
    // (The pooled connection may have run both before, in the earlier tests and the sale's own refresh.)
    expect(plans[apply.name]).toMatchObject({ custom: 0, mode: 'force_generic_plan' });
    expect(plans[apply.name]!.generic).toBeGreaterThanOrEqual(7);
    expect(plans[lock.name]!.generic).toBeGreaterThanOrEqual(6);
    // The repeated refreshes found nothing to move.
    expect(await versions()).toEqual(before);
    await expectRollupsEqualRaw(db, 'after the repeated named refreshes');
  });
});
