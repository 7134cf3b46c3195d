import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../dev/prng';
import type { ServiceContext } from '../../workers/context';
import { CRON_JOBS } from '../../workers/cron/jobs';
import type { Db } from '../../workers/db/client';
import { statsReportQuery } from '../../workers/domain/stats-request';
import { deriveClickRollups, rebuildStats, runReport } from '../../workers/services/stats';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import {
  clickMessage,
  consume,
  expectRollupsEqualRaw,
  HOUR,
  rows,
  tenantWithUpline,
  type Tenant,
} from '../stats-storage-checks';
import { useTestDatabase } from '../worker-env';
import { CLICK_ROLLUP_TABLES } from '../../workers/services/click-rollup-ctes';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

/** Every click rollup's stored rows (not as readers take them), by table. */
const stored = async () =>
  Object.fromEntries(
    await Promise.all(
      CLICK_ROLLUP_TABLES.map(async (t) => [t, await rows(db, `SELECT r::text AS r FROM affiliate.${t} r`)]),
    ),
  );
const at = (ms: number) => ({ ...serviceCtx(db), now: new Date(ms) });
const derive = (ms: number) => deriveClickRollups({ ctx: at(ms), input: undefined });
const derivedThrough = async () =>
  (await db.execute(sql`SELECT derived_through FROM affiliate.click_rollups_derived`)).rows.length;

/** Clicks of a tenant at the given times, through the real queue consumer. */
async function ingest(tenant: Tenant, times: number[], seed: number) {
  const rnd = prng(seed);
  await consume([{ v: 2, clicks: times.map((t) => clickMessage(tenant, t, rnd)) }]);
}

/** Sums a report's clicks per first group key, as the advertiser sees it. */
async function report(tenant: Tenant, query: Record<string, string>): Promise<Record<string, number>> {
  const ctx: ServiceContext = {
    ...serviceCtx(db),
    tenant: { kind: 'advertiser', organizationId: tenant.org.id, role: 'owner' },
  };
  const out = await runReport({ ctx, input: { query: statsReportQuery.parse({ limit: '1000', ...query }) } });
  const sums: Record<string, number> = {};
  for (const row of out.rows) {
    const key = String(Object.values(row.dimensions)[0] ?? row.bucket);
    sums[key] = (sums[key] ?? 0) + (row.metrics.clicks ?? 0);
  }
  return sums;
}

async function raw(tenant: Tenant, column: string, from: number, to: number): Promise<Record<string, number>> {
  const result = await db.execute(
    sql.raw(`SELECT ${column}::text AS k, count(*)::int AS n FROM affiliate.clicks
      WHERE organization_id = '${tenant.org.id}' AND status = 'accepted' AND clicked_at >= '${new Date(from).toISOString()}'
        AND clicked_at < '${new Date(to).toISOString()}' GROUP BY 1`),
  );
  return Object.fromEntries((result.rows as { k: string; n: number }[]).map((r) => [r.k, r.n]));
}

describe('click rollups summed by the click-rollups job', () => {
  it('runs every minute', () => {
    expect(Object.keys(CRON_JOBS['* * * * *']!)).toContain('deriveClickRollups');
  });

  it('ingest leaves the hours after the job to it, reports read them from the raw clicks, and the job sums them exactly', async () => {
    const tenant = await tenantWithUpline(db, 'USD');
    const dayStart = Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR;
    // Hours 2–4 of a day three days back: written by ingest into every rollup before the job ever ran.
    const base = dayStart - 3 * 24 * HOUR + 2 * HOUR;
    await ingest(tenant, [base + 60_000, base + HOUR + 60_000, base + 2 * HOUR + 60_000, base + 2 * HOUR + 120_000], 1);
    await expectRollupsEqualRaw(db, 'before the first run');

    // The first run only starts the clock at its hour.
    expect(await derivedThrough()).toBe(0);
    expect(await derive(base + 2 * HOUR + 30 * 60_000)).toEqual({
      derivedThrough: new Date(base + 2 * HOUR).toISOString(),
      hours: 0,
    });
    await expectRollupsEqualRaw(db, 'after the first run');

    // New clicks in hours 4–6 reach no rollup; a late click for hour 2 reaches every one.
    const before = await stored();
    await ingest(tenant, [base + 2 * HOUR + 40 * 60_000, base + 3 * HOUR + 60_000, base + 4 * HOUR + 60_000], 2);
    expect(await stored()).toEqual(before);
    await ingest(tenant, [base + 5 * 60_000], 3);
    const afterLate = await stored();
    // Every click, accepted or refused, counts in these four.
    for (const t of ['click_stats_hourly', 'click_program_hourly', 'click_geo_hourly', 'click_enrollment_daily'])
      expect(afterLate[t], t).not.toEqual(before[t]);

    // Reports see every click, whichever grain holds it.
    const from = new Date(dayStart - 3 * 24 * HOUR).toISOString();
    const to = new Date(dayStart - 2 * 24 * HOUR).toISOString();
    const expectReportsEqualRaw = async (phase: string) => {
      const range = { from, to, granularity: 'total' };
      const day = [dayStart - 3 * 24 * HOUR, dayStart - 2 * 24 * HOUR] as const;
      expect(await report(tenant, { ...range, groupBy: 'program' }), `by program ${phase}`).toEqual(
        await raw(tenant, 'program_id', ...day),
      );
      expect(await report(tenant, { ...range, groupBy: 'affiliate' }), `by affiliate ${phase}`).toEqual(
        await raw(tenant, 'affiliate_id', ...day),
      );
      expect(await report(tenant, { ...range, groupBy: 'sub1' }), `by sub1 ${phase}`).toEqual(
        await raw(tenant, 'sub1', ...day).then((r) =>
          Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'null')),
        ),
      );
      const byCountry = await report(tenant, { ...range, groupBy: 'country' });
      const rawCountry = await raw(tenant, "coalesce(country, 'ZZ')", ...day);
      expect(byCountry, `by country ${phase}`).toEqual(rawCountry);
      const byHour = await report(tenant, { from, to, granularity: 'hour' });
      const rawHour = await raw(
        tenant,
        "(extract(epoch from date_trunc('hour', clicked_at, 'UTC')) * 1000)::bigint",
        ...day,
      );
      expect(
        Object.fromEntries(
          Object.entries(byHour)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => [String(Date.parse(k)), n]),
        ),
        `by hour ${phase}`,
      ).toEqual(rawHour);
    };
    await expectReportsEqualRaw('with hours left to the job');

    // Two runs at once: one sums hours 2–6, the other skips or finds nothing left.
    const runs = await Promise.all([derive(base + 5 * HOUR), derive(base + 5 * HOUR)]);
    expect(runs.reduce((n, r) => n + r.hours, 0)).toBe(3);
    await expectRollupsEqualRaw(db, 'after the job summed the hours');
    await expectReportsEqualRaw('after the job');
    expect(await derive(base + 5 * HOUR + 10 * 60_000)).toEqual({
      derivedThrough: new Date(base + 5 * HOUR).toISOString(),
      hours: 0,
    });
    await expectRollupsEqualRaw(db, 'after a run with nothing to do');
  });

  it('leaves the rollups out of batches that cannot be late, and writes a late one again with them', async () => {
    const tenant = await tenantWithUpline(db, 'EUR');
    const nextHour = Math.floor(Date.now() / HOUR) * HOUR + HOUR;
    await derive(Date.now());
    // Clicks of the next hour: never late for a job on this clock, so their statements leave the
    // rollups out (the first after the job's first run may still hold them, writing nothing).
    const before = await stored();
    await ingest(tenant, [nextHour + 60_000, nextHour + 120_000], 4);
    await ingest(tenant, [nextHour + 180_000, nextHour + 240_000], 5);
    expect(await stored()).toEqual(before);
    const byHour = await report(tenant, {
      from: new Date(nextHour).toISOString(),
      to: new Date(nextHour + HOUR).toISOString(),
      granularity: 'hour',
      groupBy: 'program',
    });
    expect(byHour).toEqual(await raw(tenant, 'program_id', nextHour, nextHour + HOUR));

    // The job, on a clock an hour and a minute ahead, sums the next hour; a click of that hour
    // built as not late is refused by its statement and written again with the rollups.
    expect((await derive(nextHour + HOUR + 60_000)).derivedThrough).toBe(new Date(nextHour + HOUR).toISOString());
    await expectRollupsEqualRaw(db, 'after the job summed the next hour');
    const clicks = async () =>
      Number(
        (await db.execute(sql`SELECT count(*) AS n FROM affiliate.clicks WHERE organization_id = ${tenant.org.id}`))
          .rows[0]!.n,
      );
    const clicksBefore = await clicks();
    await ingest(tenant, [nextHour + 20 * 60_000], 6);
    expect(await clicks()).toBe(clicksBefore + 1);
    await expectRollupsEqualRaw(db, 'after a late click of a summed hour');

    // The rebuild writes the rollups of every hour from the raw clicks; readers still take the hours
    // after the job's from the raw clicks, and the job's next run replaces them.
    await rebuildStats({ ctx: serviceCtx(db), input: {} });
    await expectRollupsEqualRaw(db, 'after a rebuild');
  });
});
