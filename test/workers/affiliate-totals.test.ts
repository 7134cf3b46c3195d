import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import type { AffiliateMetric } from '../../workers/domain/reward-rules';
import { affiliateTotals } from '../../workers/services/enrollments';
import { compiledTotals } from '../../workers/services/enrollments/affiliate-totals-sql';
import { refreshConversionStats } from '../../workers/services/stats';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { addPayee } from '../payouts';
import { setDefaultGroupRules } from '../program-groups';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

type Payee = Awaited<ReturnType<typeof addPayee>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

/** A small deterministic generator (mulberry32): the same data on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const METRICS: AffiliateMetric[] = ['sales', 'conversions', 'revenue_minor', 'commission_minor'];
const WINDOWS = [1, 7, 30, null];
const windows = METRICS.flatMap((metric) => WINDOWS.map((windowDays) => ({ metric, windowDays })));

/** The totals as the raw rows give them: what the rollup-based statement must equal. */
async function rawTotals(enrollmentId: string, before: Date, exclude: string | null): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const windowDays of WINDOWS) {
    const since = windowDays === null ? new Date(0) : new Date(before.getTime() - windowDays * DAY);
    const inWindow = sql`c.enrollment_id = ${enrollmentId} AND c.occurred_at > ${since.toISOString()}::timestamptz
      AND c.occurred_at <= ${before.toISOString()}::timestamptz AND c.id IS DISTINCT FROM ${exclude}::uuid`;
    const { rows } = await db.execute(sql`
      SELECT count(*) FILTER (WHERE event_type = 'sale') AS sales,
        count(*) FILTER (WHERE event_type IN ('lead', 'sale')) AS conversions,
        coalesce(sum(amount_minor) FILTER (WHERE event_type IN ('sale', 'rebill') AND currency = 'USD'), 0) AS revenue_minor,
        (SELECT coalesce(sum(l.amount_minor), 0) FROM affiliate.commissions l JOIN affiliate.conversions c ON c.id = l.conversion_id
          WHERE ${inWindow} AND l.beneficiary_id = (SELECT affiliate_id FROM affiliate.enrollments WHERE id = ${enrollmentId})
            AND l.level = 0 AND l.kind NOT IN ('bonus', 'bounty') AND l.currency = 'USD'
            AND l.status NOT IN ('rejected', 'reversed')) AS commission_minor
      FROM affiliate.conversions c
      WHERE ${inWindow} AND c.status NOT IN ('rejected', 'reversed')`);
    for (const metric of METRICS) out.set(`${metric}:${windowDays}`, Number(rows[0]![metric]));
  }
  return out;
}

const asMap = (totals: Map<string, number>) =>
  new Map(windows.map((w) => [`${w.metric}:${w.windowDays}`, totals.get(`${w.metric}:${w.windowDays}`) ?? 0]));

describe('affiliate totals from the hourly rollup', () => {
  let payee: Payee;
  let neighbour: Payee;
  const mine: (typeof s.conversions.$inferInsert)[] = [];
  const times: number[] = [];
  const now = Date.now();

  beforeAll(async () => {
    payee = await addPayee(db, acme);
    neighbour = await addPayee(db, acme);
    const otherPayee = await addPayee(db, other);
    const next = random(20261126);
    const rows: (typeof s.conversions.$inferInsert)[] = [];
    for (let i = 0; i < 160; i++) {
      // Over 40 days, bunched into a few hours so that window edges cut through busy hours.
      const at = now - Math.floor(next() * 40) * DAY - Math.floor(next() * 4) * HOUR - Math.floor(next() * HOUR);
      const type = (['lead', 'sale', 'sale', 'rebill'] as const)[Math.floor(next() * 4)]!;
      const money = type === 'lead' && next() < 0.5 ? {} : { amountMinor: 100 + Math.floor(next() * 10_000) };
      const whose = next() < 0.8 ? payee : next() < 0.5 ? neighbour : otherPayee;
      const id = uuidv7(at);
      rows.push({
        id,
        organizationId: whose.org.id,
        appId: whose.app.id,
        programId: whose.program.id,
        enrollmentId: whose.enrollment.id,
        affiliateId: whose.affiliate.id,
        attributionMethod: 'coupon',
        eventId: nextEventId('totals'),
        eventType: type,
        ...(money.amountMinor ? { amountMinor: money.amountMinor, currency: next() < 0.8 ? 'USD' : 'EUR' } : {}),
        occurredAt: new Date(at),
        status: (['approved', 'approved', 'pending', 'rejected', 'reversed'] as const)[Math.floor(next() * 5)]!,
      });
      if (whose === payee) {
        mine.push(rows.at(-1)!);
        times.push(at);
      }
    }
    await db.insert(s.conversions).values(rows);
    // Lines of every kind and status on them: the affiliate's own, refunds' adjustments, an upline's, bonuses.
    const lines: (typeof s.commissions.$inferInsert)[] = [];
    for (const c of rows) {
      const line = (values: Partial<typeof s.commissions.$inferInsert>) =>
        lines.push({
          conversionId: c.id!,
          organizationId: c.organizationId,
          programId: c.programId!,
          beneficiaryId: c.affiliateId!,
          enrollmentId: c.enrollmentId,
          level: 0,
          kind: 'commission',
          amountMinor: 1 + Math.floor(next() * 3_000),
          currency: next() < 0.85 ? 'USD' : 'EUR',
          status: (['pending', 'approved', 'paid', 'rejected', 'reversed'] as const)[Math.floor(next() * 5)]!,
          holdUntil: c.occurredAt!,
          calculation: {},
          ...values,
        });
      line({});
      if (next() < 0.3) line({ kind: 'adjustment', amountMinor: -1 - Math.floor(next() * 500) });
      if (next() < 0.2) line({ level: 1, beneficiaryId: neighbour.affiliate.id, enrollmentId: null });
      if (next() < 0.1) line({ kind: 'bonus' });
    }
    const written = await db.insert(s.commissions).values(lines).returning({ id: s.commissions.id });
    await refreshConversionStats({
      ctx: serviceCtx(db),
      input: {
        conversionIds: rows.map((r) => r.id!),
        commissionIds: written.map((l) => l.id),
      },
    });
  });

  it('equal the raw rows at every edge: on a conversion, on and beside hour boundaries, lifetime and N days', async () => {
    const befores = [now, now + HOUR, ...times.slice(0, 40), ...times.slice(0, 20).map((t) => t - 1)];
    for (const t of times.slice(0, 12)) {
      const hour = Math.floor(t / HOUR) * HOUR;
      befores.push(hour, hour - 1, hour + HOUR - 1, t + 30 * DAY, t + 7 * DAY - 1, t + DAY + 1);
    }
    for (const at of befores) {
      const before = new Date(at);
      const found = await affiliateTotals({
        ctx: serviceCtx(db),
        input: { enrollmentId: payee.enrollment.id, currency: 'USD', before, excludeConversionId: null, windows },
      });
      expect(asMap(found), before.toISOString()).toEqual(await rawTotals(payee.enrollment.id, before, null));
    }
  });

  it('leave out the conversion being settled, and Postgres plans that statement once per connection', async () => {
    const before = new Date(now);
    const settling = mine.find((c) => c.status === 'approved' && c.eventType === 'sale')!.id!;
    // What a settling transaction asks for its rules: its own conversion left out, nothing else changed yet.
    const input = {
      enrollmentId: payee.enrollment.id,
      currency: 'USD',
      before,
      excludeConversionId: settling,
      windows,
    };
    const read = (tx: Db) => affiliateTotals({ ctx: { ...serviceCtx(db), db: tx }, input });
    // The name this shape runs under (the pool's connection may hold other shapes already).
    const { name } = compiledTotals({ ...input, changedConversionIds: [] }).statement;
    const plans = await db.transaction(async (tx) => {
      for (let i = 0; i < 7; i++)
        expect(asMap(await read(tx as unknown as Db))).toEqual(await rawTotals(payee.enrollment.id, before, settling));
      const { rows } = await tx.execute(
        sql`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = ${name}`,
      );
      return rows as { generic_plans: string; custom_plans: string }[];
    });
    // After its five custom plans Postgres reuses the generic one: the settling transaction's totals were planned on
    // every call while their one left-out conversion was an array parameter (bench/README.md, Conversions).
    expect(plans).toHaveLength(1);
    expect(Number(plans[0]!.custom_plans)).toBe(5);
    expect(Number(plans[0]!.generic_plans)).toBeGreaterThanOrEqual(2);
  });

  it('read each part hour through a range function whose query always takes its generic plan', async () => {
    // PL/pgSQL plans the function's query per connection like a prepared statement: without the setting, once
    // statistics showed an affiliate with thousands of conversions, the custom plan (real bounds, a row or two)
    // looked cheaper than the generic one (0.5 % of them) and the range was planned on every call (migration 0078).
    const { rows: config } = await db.execute(sql`
      SELECT p.proconfig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'affiliate' AND p.proname = 'enrollment_conversions_between'`);
    expect(config).toEqual([{ proconfig: ['plan_cache_mode=force_generic_plan'] }]);
    // And it answers the range it is asked, bounds excluded.
    const sorted = mine.filter((c) => c.occurredAt).sort((a, b) => a.occurredAt!.getTime() - b.occurredAt!.getTime());
    const [from, , until] = [sorted[0]!, sorted[1]!, sorted[2]!];
    const { rows: between } = await db.execute(sql`
      SELECT id FROM affiliate.enrollment_conversions_between(${payee.enrollment.id}::uuid,
        ${from.occurredAt!.toISOString()}::timestamptz, ${until.occurredAt!.toISOString()}::timestamptz)`);
    const expected = sorted
      .filter((c) => c.occurredAt! > from.occurredAt! && c.occurredAt! < until.occurredAt!)
      .map((c) => c.id);
    expect(between.map((r) => (r as { id: string }).id).sort()).toEqual(expected.sort());
  });

  it('leave out the excluded conversion, and count the ones this transaction changed as they are now', async () => {
    // Each change moves what the rollup counts: approved sales of the last week, and a rejected one.
    const recentSales = mine.filter(
      (c) => c.status === 'approved' && c.eventType === 'sale' && c.occurredAt!.getTime() > now - 7 * DAY,
    );
    const [excluded, rejected, moved, relined] = recentSales.map((c) => c.id!);
    const revived = mine.find((c) => c.status === 'rejected' && c.eventType === 'sale')!.id!;
    const before = new Date(now);
    // Changed raw rows whose rollups have not moved yet, as inside a settling transaction.
    await db
      .update(s.conversions)
      .set({ status: 'rejected' })
      .where(inArray(s.conversions.id, [rejected!]));
    await db
      .update(s.conversions)
      .set({ status: 'approved' })
      .where(inArray(s.conversions.id, [revived!]));
    await db
      .update(s.conversions)
      .set({ enrollmentId: neighbour.enrollment.id, affiliateId: neighbour.affiliate.id })
      .where(inArray(s.conversions.id, [moved!]));
    // A refund reversed one conversion's lines (the conversion itself still counts).
    await db
      .update(s.commissions)
      .set({ status: 'reversed' })
      .where(inArray(s.commissions.conversionId, [relined!]));
    const read = (enrollmentId: string) =>
      affiliateTotals({
        ctx: serviceCtx(db),
        input: {
          enrollmentId,
          currency: 'USD',
          before,
          excludeConversionId: excluded!,
          changedConversionIds: [rejected!, revived!, moved!, relined!],
          windows,
        },
      });
    expect(asMap(await read(payee.enrollment.id))).toEqual(await rawTotals(payee.enrollment.id, before, excluded!));
    expect(asMap(await read(neighbour.enrollment.id))).toEqual(
      await rawTotals(neighbour.enrollment.id, before, excluded!),
    );
    // Without naming them, the stale rollup shows: the list is what keeps the totals exact.
    const blind = await affiliateTotals({
      ctx: serviceCtx(db),
      input: { enrollmentId: neighbour.enrollment.id, currency: 'USD', before, excludeConversionId: null, windows },
    });
    expect(asMap(blind)).not.toEqual(await rawTotals(neighbour.enrollment.id, before, null));
    await refreshConversionStats({
      ctx: serviceCtx(db),
      input: { conversionIds: [rejected!, revived!, moved!, relined!] },
    });
    const after = await affiliateTotals({
      ctx: serviceCtx(db),
      input: { enrollmentId: neighbour.enrollment.id, currency: 'USD', before, excludeConversionId: null, windows },
    });
    expect(asMap(after)).toEqual(await rawTotals(neighbour.enrollment.id, before, null));
  });
});

describe('a sale credited later by the referral that binds its customer', () => {
  it('counts that referral, written earlier in the same transaction, in the rules’ totals', async () => {
    await setDefaultGroupRules(acme, [
      {
        name: 'Referred before',
        events: ['sale'],
        when: { all: [{ kind: 'affiliate_totals', metric: 'conversions', op: 'gte', value: 1, windowDays: 30 }] },
        reward: { commissionType: 'percent', rateBps: 5_000, fixedMinor: null },
      },
    ]);
    const customer = `cus-${nextEventId()}`;
    const now = Date.now();
    // The sale arrives first, without a click: nobody is credited yet.
    const sale = await record(db, acme, {
      type: 'sale',
      customer_id: customer,
      amount: 10_000,
      currency: 'USD',
      occurred_at: new Date(now - 2 * HOUR).toISOString(),
    });
    expect(sale.attribution).toBeNull();
    // The sign-up that brought the customer, an hour before the sale, reported late with its click.
    const click = await insertClick(db, acme, { at: new Date(now - 4 * HOUR) });
    await record(db, acme, {
      type: 'lead',
      click_id: click.id,
      customer_id: customer,
      occurred_at: new Date(now - 3 * HOUR).toISOString(),
    });
    const [line] = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, sale.conversion.id));
    // The lead (its rollups not yet moved when the sale earned) counted: the rule paid.
    expect(line).toMatchObject({ level: 0, amountMinor: 5_000 });
    expect(line!.calculation).toMatchObject({ rewardRule: { name: 'Referred before' } });
  });
});
