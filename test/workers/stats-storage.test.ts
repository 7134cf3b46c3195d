import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { prng } from '../../dev/prng';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { rejectReportedConversion, retryAttribution, reviewConversion } from '../../workers/services/conversions';
import { releaseHolds } from '../../workers/services/finance';
import { cancelPayoutBatch, proposePayouts } from '../../workers/services/payouts';
import { rebuildStats } from '../../workers/services/stats';
import type { ClickBundle, ClickMessage } from '../../workers/contracts/click-message';
import { clickMessageFor, clickOwnerOf } from '../click-messages';
import { nextEventId, record, serviceCtx } from '../conversions';
import { setHoldUntil } from '../finance';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

type Tenant = Awaited<ReturnType<typeof createTenant>>;
const HOUR = 3_600_000;
const DESKTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const MOBILE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const Z = `'00000000-0000-0000-0000-000000000000'::uuid`;

/** Each rollup's rows and the same aggregate written from raw rows, both as sorted row texts. */
const CHECKS: Record<string, { rollup: string; raw: string }> = {
  click_stats_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)::text AS r FROM affiliate.click_stats_hourly`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'),
            organization_id, app_id, coalesce(affiliate_id, ${Z}), count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique),
            count(*) FILTER (WHERE status = 'rejected'))::text AS r
          FROM affiliate.clicks WHERE program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id`,
  },
  click_rejections_hourly: {
    rollup: `SELECT (hour, organization_id, program_id, enrollment_id, affiliate_id, reason, clicks)::text AS r FROM affiliate.click_rejections_hourly`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), coalesce(organization_id, ${Z}), coalesce(program_id, ${Z}), coalesce(enrollment_id, ${Z}),
            coalesce(affiliate_id, ${Z}), reject_reason, count(*))::text AS r
          FROM affiliate.clicks WHERE status = 'rejected'
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), organization_id, program_id, enrollment_id, affiliate_id, reject_reason`,
  },
  click_tech_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, device_type, os, browser, clicks, unique_clicks)::text AS r FROM affiliate.click_tech_hourly`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(device_type, 'unknown'), coalesce(os, ''),
            coalesce(browser, ''), count(*), count(*) FILTER (WHERE is_unique))::text AS r
          FROM affiliate.clicks WHERE status = 'accepted' AND program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, device_type, os, browser`,
  },
  click_links_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, link_id, clicks, unique_clicks)::text AS r FROM affiliate.click_links_hourly`,
    raw: `SELECT (date_trunc('hour', clicked_at, 'UTC'), program_id, coalesce(enrollment_id, ${Z}), coalesce(link_id, ${Z}), count(*),
            count(*) FILTER (WHERE is_unique))::text AS r
          FROM affiliate.clicks WHERE status = 'accepted' AND program_id IS NOT NULL
          GROUP BY date_trunc('hour', clicked_at, 'UTC'), program_id, enrollment_id, link_id`,
  },
  click_subs_hourly: {
    rollup: `SELECT (hour, program_id, enrollment_id, slot, value, clicks, unique_clicks)::text AS r FROM affiliate.click_subs_hourly`,
    raw: `SELECT (date_trunc('hour', c.clicked_at, 'UTC'), c.program_id, coalesce(c.enrollment_id, ${Z}), x.slot, x.value, count(*),
            count(*) FILTER (WHERE c.is_unique))::text AS r
          FROM affiliate.clicks c, unnest(ARRAY[c.sub1, c.sub2, c.sub3, c.sub4, c.sub5, c.sub6, c.sub7, c.sub8, c.sub9, c.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE c.status = 'accepted' AND c.program_id IS NOT NULL AND x.value IS NOT NULL
          GROUP BY date_trunc('hour', c.clicked_at, 'UTC'), c.program_id, c.enrollment_id, x.slot, x.value`,
  },
  conversion_stats_hourly: {
    rollup: `SELECT (organization_id, hour, app_id, program_id, enrollment_id, affiliate_id, country, device_type, event_type, status, currency, conversions, revenue_minor)::text AS r
          FROM affiliate.conversion_stats_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.app_id, coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}),
            coalesce(v.affiliate_id, ${Z}), coalesce(k.country, 'ZZ'), coalesce(k.device_type, 'unknown'), v.event_type, v.status,
            coalesce(v.currency, 'XXX'), count(*), sum(v.amount_minor))::text AS r
          FROM affiliate.conversions v LEFT JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.app_id, v.program_id, v.enrollment_id, v.affiliate_id,
            k.country, k.device_type, v.event_type, v.status, v.currency`,
  },
  conversion_subs_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, slot, value, event_type, status, currency, conversions, revenue_minor)::text AS r
          FROM affiliate.conversion_subs_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}), x.slot, x.value,
            v.event_type, v.status, coalesce(v.currency, 'XXX'), count(*), sum(v.amount_minor))::text AS r
          FROM affiliate.conversions v JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL,
            unnest(ARRAY[k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE x.value IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, x.slot, x.value, v.event_type, v.status, v.currency`,
  },
  commission_stats_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, affiliate_id, beneficiary_id, level, kind, status, country, device_type, currency, lines, amount_minor)::text AS r
          FROM affiliate.commission_stats_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}),
            coalesce(v.affiliate_id, ${Z}), m.beneficiary_id, m.level, m.kind, m.status, coalesce(k.country, 'ZZ'), coalesce(k.device_type, 'unknown'),
            m.currency, count(*), sum(m.amount_minor))::text AS r
          FROM affiliate.commissions m JOIN affiliate.conversions v ON v.id = m.conversion_id
            LEFT JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, v.affiliate_id, m.beneficiary_id,
            m.level, m.kind, m.status, k.country, k.device_type, m.currency`,
  },
  commission_subs_hourly: {
    rollup: `SELECT (organization_id, hour, program_id, enrollment_id, slot, value, status, currency, lines, amount_minor)::text AS r
          FROM affiliate.commission_subs_hourly`,
    raw: `SELECT (v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), coalesce(v.program_id, ${Z}), coalesce(v.enrollment_id, ${Z}), x.slot, x.value,
            m.status, m.currency, count(*), sum(m.amount_minor))::text AS r
          FROM affiliate.commissions m JOIN affiliate.conversions v ON v.id = m.conversion_id
            JOIN affiliate.clicks k ON k.id = v.click_id AND v.enrollment_id IS NOT NULL,
            unnest(ARRAY[k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10]) WITH ORDINALITY AS x(value, slot)
          WHERE m.level = 0 AND x.value IS NOT NULL
          GROUP BY v.organization_id, date_trunc('hour', v.occurred_at, 'UTC'), v.program_id, v.enrollment_id, x.slot, x.value, m.status, m.currency`,
  },
  enrollment_totals: {
    rollup: `SELECT (enrollment_id, organization_id, program_id, affiliate_id, clicks, unique_clicks, conversions, earnings_minor, currency)::text AS r
          FROM affiliate.enrollment_totals`,
    raw: `SELECT (e.id, e.organization_id, e.program_id, e.affiliate_id,
            (SELECT count(*) FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.status = 'accepted'),
            (SELECT count(*) FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.is_unique),
            (SELECT count(*) FROM affiliate.conversions v WHERE v.enrollment_id = e.id AND v.event_type IN ('lead', 'sale') AND v.status NOT IN ('rejected', 'reversed')),
            (SELECT coalesce(sum(amount_minor), 0) FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0 AND m.status NOT IN ('rejected', 'reversed')),
            (SELECT max(currency) FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0))::text AS r
          FROM affiliate.enrollments e
          WHERE EXISTS (SELECT 1 FROM affiliate.clicks c WHERE c.enrollment_id = e.id AND c.status = 'accepted')
            OR EXISTS (SELECT 1 FROM affiliate.conversions v WHERE v.enrollment_id = e.id)
            OR EXISTS (SELECT 1 FROM affiliate.commissions m WHERE m.enrollment_id = e.id AND m.level = 0)`,
  },
};

async function rows(query: string): Promise<string[]> {
  const result = await db.execute(sql.raw(query));
  return (result.rows as { r: string }[]).map((r) => r.r).sort();
}

/** Every rollup's rows, by table. */
async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, q] of Object.entries(CHECKS)) out[table] = await rows(q.rollup);
  return out;
}

async function expectRollupsEqualRaw(phase: string) {
  for (const [table, q] of Object.entries(CHECKS)) {
    expect(await rows(q.rollup), `${table} ${phase}`).toEqual(await rows(q.raw));
  }
}

async function consume(bodies: unknown[]) {
  const batch = createMessageBatch(
    'clicks',
    bodies.map((body, i) => ({ id: `m-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  expect(result.retryMessages).toEqual([]);
}

function clickMessage(tenant: Tenant, at: number, rnd: ReturnType<typeof prng>): ClickMessage {
  const reject = rnd.next();
  const subs = ['', 'a', 'b', 'c'].slice(0, 1 + Math.floor(rnd.next() * 4)).filter(Boolean);
  return clickMessageFor(clickOwnerOf(tenant), {
    at,
    ip: `203.0.113.${1 + Math.floor(rnd.next() * 200)}`,
    userAgent: rnd.pick([DESKTOP, MOBILE, CHROME]),
    // A few repeated fingerprints, so some clicks are not unique.
    fingerprint: Math.floor(rnd.next() * 40)
      .toString(16)
      .padStart(32, '0'),
    country: rnd.pick(['US', 'DE', 'FR', null]),
    sub: subs.map((v) => `${v}${Math.floor(rnd.next() * 3)}`),
    rejectReason: reject < 0.08 ? 'geo_blocked' : null,
  });
}

/** An affiliate with an upline (multi-level lines) and a verified PayPal email (payout proposals). */
async function tenantWithUpline(currency: string): Promise<Tenant> {
  const tenant = await createTenant(db, {
    program: { currency, multiLevelRatesBps: [1000, 500] },
  });
  const [upline] = await db
    .insert(s.users)
    .values({ email: `up-${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
    .returning();
  await db
    .update(s.users)
    .set({
      referredById: upline!.id,
      paypalEmail: `pp-${crypto.randomUUID()}@example.com`,
      paypalEmailVerifiedAt: new Date(),
    })
    .where(eq(s.users.id, tenant.affiliate.id));
  return tenant;
}

const advertiser = (tenant: Tenant): ServiceContext => ({
  ...serviceCtx(db),
  tenant: { kind: 'advertiser', organizationId: tenant.org.id, role: 'owner' },
});

describe('stats storage', () => {
  it('keeps every rollup equal to the raw rows through a seeded run, and the rebuild reproduces them', {
    timeout: 300_000,
  }, async () => {
    const rnd = prng(20_261_123);
    const now = Date.now();
    const tenants = [await tenantWithUpline('USD'), await tenantWithUpline('EUR')];
    const bundles: ClickBundle[] = [];
    const accepted: { tenant: Tenant; message: ClickMessage }[] = [];
    const late: { tenant: Tenant; message: ClickMessage }[] = [];
    for (let b = 0; b < 12; b++) {
      const clicks: ClickMessage[] = [];
      for (let i = 0; i < 25; i++) {
        const tenant = rnd.pick(tenants);
        const m = clickMessage(tenant, now - 4 * HOUR + Math.floor(rnd.next() * 4 * HOUR), rnd);
        clicks.push(m);
        if (!m.rejectReason) accepted.push({ tenant, message: m });
      }
      bundles.push({ v: 2, clicks });
    }
    // Clicks of the last bundle arrive after conversions that name them.
    const held = bundles.pop()!;
    for (const m of held.clicks)
      if (!m.rejectReason) late.push({ tenant: tenants.find((t) => t.program.id === m.programId)!, message: m });
    for (let i = 0; i < bundles.length; i += 3) await consume(bundles.slice(i, i + 3));
    await consume([bundles[0], bundles[4]]); // redelivered
    await expectRollupsEqualRaw('after ingest');

    const sales: { tenant: Tenant; orderId: string; amount: number }[] = [];
    const convert = async (tenant: Tenant, message: ClickMessage) => {
      const orderId = nextEventId('order');
      const lead = rnd.next() < 0.2;
      const amount = 20_000 + Math.floor(rnd.next() * 80_000);
      const occurred = Math.min(now - 1000, message.at + Math.floor(rnd.next() * HOUR));
      const out = await record(db, tenant, {
        type: lead ? 'lead' : 'sale',
        click_id: message.id,
        order_id: orderId,
        occurred_at: new Date(occurred).toISOString(),
        ...(lead ? {} : { amount, currency: tenant.program.currency }),
      });
      if (!lead) sales.push({ tenant, orderId, amount });
      return out;
    };
    for (let i = 0; i < 40; i++) {
      const { tenant, message } = rnd.pick(accepted);
      await convert(tenant, message);
    }
    const waiting = [];
    for (const { tenant, message } of late.slice(0, 6)) waiting.push(await convert(tenant, message));
    await consume([held]);
    for (const w of waiting) await retryAttribution({ ctx: serviceCtx(db), input: { conversionId: w.conversion.id } });
    await expectRollupsEqualRaw('after conversions');

    // Refunds before approval, then holds released, reviews and rejections.
    for (const sale of sales.slice(0, 5))
      await record(db, sale.tenant, {
        type: 'refund',
        order_id: sale.orderId,
        amount: Math.floor(sale.amount / 2),
        currency: sale.tenant.program.currency,
      });
    const lines = await db.select({ id: s.commissions.id }).from(s.commissions);
    await setHoldUntil(
      db,
      lines.map((l) => l.id),
      new Date(now - 1000),
    );
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 25, maxBatches: 100 } });
    const [flaggedOrNot] = await db.select().from(s.conversions).where(eq(s.conversions.orderId, sales[6]!.orderId));
    await reviewConversion({
      ctx: advertiser(sales[6]!.tenant),
      input: { conversionId: flaggedOrNot!.id, decision: 'reject', reason: 'test' },
    });
    const reported = (await db.select().from(s.conversions).where(eq(s.conversions.status, 'pending'))).find(
      (v) => v.clickId && v.programId && v.eventType === 'sale' && v.orderId !== sales[6]!.orderId,
    )!;
    await rejectReportedConversion({
      ctx: serviceCtx(db),
      input: {
        organizationId: reported.organizationId,
        programId: reported.programId!,
        clickId: reported.clickId!,
        eventId: reported.eventId,
        reason: 'chargeback',
      },
    });
    await expectRollupsEqualRaw('after approval and reviews');

    // Payout proposals (lines in_payout), one canceled back to approved, refunds after payout.
    await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: tenants[0]!.org.id } });
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: tenants[1]!.org.id } });
    for (const sale of sales.slice(8, 14))
      await record(db, sale.tenant, {
        type: 'refund',
        order_id: sale.orderId,
        amount: sale.amount,
        currency: sale.tenant.program.currency,
      });
    if (proposal.batches[0])
      await cancelPayoutBatch({ ctx: advertiser(tenants[1]!), input: { batchId: proposal.batches[0].batchId } });
    await expectRollupsEqualRaw('after payouts and refunds after payout');

    const before = await snapshot();
    expect(before.commission_stats_hourly!.some((r) => r.includes(',in_payout,'))).toBe(true);
    expect(before.commission_stats_hourly!.some((r) => r.includes(',adjustment,'))).toBe(true);
    expect(before.commission_stats_hourly!.some((r) => /,[12],commission,/.test(r))).toBe(true);
    await rebuildStats({ ctx: serviceCtx(db), input: {} });
    expect(await snapshot()).toEqual(before);
    await rebuildStats({ ctx: serviceCtx(db), input: { from: new Date(now - 2 * HOUR), to: new Date(now) } });
    expect(await snapshot()).toEqual(before);
  });

  it('changes no rollup when a click bundle or a conversion event is delivered again', async () => {
    const rnd = prng(7);
    const tenant = await tenantWithUpline('USD');
    const bundle: ClickBundle = {
      v: 2,
      clicks: Array.from({ length: 10 }, () => clickMessage(tenant, Date.now() - 60_000, rnd)),
    };
    await consume([bundle]);
    const click = bundle.clicks.find((c) => !c.rejectReason)!;
    const event = {
      type: 'sale' as const,
      event_id: nextEventId(),
      click_id: click.id,
      amount: 50_000,
      currency: 'USD',
      order_id: nextEventId('o'),
    };
    await record(db, tenant, event);
    const before = await snapshot();
    await consume([bundle]);
    await record(db, tenant, event);
    expect(await snapshot()).toEqual(before);
    await expectRollupsEqualRaw('after redelivery');
  });

  it('ends consistent when two transactions write the same bucket at once', async () => {
    const rnd = prng(11);
    const tenant = await tenantWithUpline('USD');
    const at = Date.now() - 30 * 60_000;
    const bundle: ClickBundle = {
      v: 2,
      clicks: Array.from({ length: 8 }, () => ({ ...clickMessage(tenant, at, rnd), rejectReason: null })),
    };
    await consume([bundle]);
    const occurred = new Date(at + 1000).toISOString();
    await Promise.all(
      bundle.clicks.map((c) =>
        record(db, tenant, {
          type: 'sale',
          click_id: c.id,
          amount: 10_000,
          currency: 'USD',
          occurred_at: occurred,
          order_id: nextEventId('o'),
        }),
      ),
    );
    await expectRollupsEqualRaw('after concurrent conversions');
    const sales = await db.select().from(s.conversions).where(eq(s.conversions.enrollmentId, tenant.enrollment.id));
    await Promise.all(
      sales.slice(0, 4).map((v) =>
        reviewConversion({
          ctx: advertiser(tenant),
          input: { conversionId: v.id, decision: 'reject', reason: 'race' },
        }),
      ),
    );
    await expectRollupsEqualRaw('after concurrent rejections');
  });

  it('moves a conversion recorded before its click out of the unattributed bucket once attributed', async () => {
    const rnd = prng(13);
    const tenant = await tenantWithUpline('USD');
    const click = { ...clickMessage(tenant, Date.now() - 20 * 60_000, rnd), rejectReason: null };
    const waiting = await record(db, tenant, {
      type: 'sale',
      click_id: click.id,
      amount: 30_000,
      currency: 'USD',
      occurred_at: new Date(click.at + 1000).toISOString(),
      order_id: nextEventId('o'),
    });
    const bucket = async (enrollment: string) =>
      rows(`SELECT concat_ws(',', sum(conversions), sum(revenue_minor)) AS r FROM affiliate.conversion_stats_hourly
        WHERE organization_id = '${tenant.org.id}' AND enrollment_id = ${enrollment} HAVING count(*) > 0`);
    expect(await bucket(Z)).toEqual(['1,30000']);
    await expectRollupsEqualRaw('before the click');

    await consume([{ v: 2, clicks: [click] }]);
    await retryAttribution({ ctx: serviceCtx(db), input: { conversionId: waiting.conversion.id } });
    expect(await bucket(Z)).toEqual([]);
    expect(await bucket(`'${tenant.enrollment.id}'`)).toEqual(['1,30000']);
    const [moved] = await db
      .select()
      .from(s.statsCountedConversions)
      .where(eq(s.statsCountedConversions.conversionId, waiting.conversion.id));
    expect(moved!.enrollmentId).toBe(tenant.enrollment.id);
    await expectRollupsEqualRaw('after attribution');
  });
});
