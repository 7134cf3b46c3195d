import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { prng } from '../../dev/prng';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { groupsUrl, setDefaultGroupRules } from '../program-groups';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const DAY = 86_400_000;
const url = (a: Advertiser, programId = a.program.id) => `/orgs/${a.org.id}/programs/${programId}/backtest`;
const iso = (ms: number) => new Date(ms).toISOString();

/** What the stored lines of the program's period events keep, summed independently of the backtest's loader. */
async function storedNet(programId: string, since: Date): Promise<number> {
  const { rows } = await db.execute(sql`
    SELECT coalesce(sum(l.amount_minor), 0) AS n FROM affiliate.commissions l
    JOIN affiliate.commissions o ON o.id = coalesce(l.reverses_commission_id, l.id)
    JOIN affiliate.conversions c ON c.id = o.conversion_id
    WHERE l.program_id = ${programId} AND l.status NOT IN ('rejected', 'reversed') AND o.status NOT IN ('rejected', 'reversed')
      AND c.occurred_at >= ${since.toISOString()}::timestamptz`);
  return Number((rows[0] as { n: string }).n);
}

/**
 * A seeded history through the live path: customers who buy, renew monthly past a 2-month recurring
 * limit, get refunded (partly, in several steps, or wholly), cancel (inside the void window or not)
 * and get rejected, for an affiliate with three referrers above (the top one banned).
 */
async function seedHistory(seed: number) {
  const rnd = prng(seed);
  const uplines: string[] = [];
  for (let i = 0; i < 3; i++) {
    const [u] = await db
      .insert(s.users)
      .values({ email: `up-${seed}-${i}@example.com`, approvedAffiliate: true, banned: i === 2 })
      .returning();
    uplines.push(u!.id);
  }
  await db.update(s.users).set({ referredById: uplines[0] }).where(eq(s.users.id, acme.affiliate.id));
  await db.update(s.users).set({ referredById: uplines[1] }).where(eq(s.users.id, uplines[0]!));
  await db.update(s.users).set({ referredById: uplines[2] }).where(eq(s.users.id, uplines[1]!));
  await db
    .update(s.programs)
    .set({ recurringMode: 'months', recurringMonths: 2, cancelVoidsWithinDays: 2 })
    .where(eq(s.programs.id, acme.program.id));

  const now = Date.now();
  type Planned = { at: number; run: () => Promise<unknown> };
  const plan: Planned[] = [];
  const rejects: string[] = [];
  for (let c = 0; c < 18; c++) {
    const customer = `cus-${seed}-${c}`;
    const start = now - (20 + Math.floor(rnd.next() * 140)) * DAY;
    const amount = rnd.pick([4_999, 9_900, 12_345, 30_000]);
    const payments = 1 + Math.floor(rnd.next() * 5);
    for (let p = 0; p < payments; p++) {
      const at = start + p * 30 * DAY + 3_600_000;
      if (at >= now - 60_000) break;
      const order = `${customer}-o${p}`;
      plan.push({
        at,
        run: async () => {
          const click = p === 0 ? await insertClick(db, acme, { at: new Date(at - 3_600_000) }) : null;
          const out = await record(db, acme, {
            type: p === 0 ? 'sale' : 'rebill',
            ...(click ? { click_id: click.id } : {}),
            customer_id: customer,
            order_id: order,
            amount,
            currency: 'USD',
            occurred_at: iso(at),
          });
          if (p === 0 && rnd.next() < 0.12) rejects.push(out.conversion.id);
        },
      });
      const roll = rnd.next();
      if (roll < 0.25) {
        // One or two partial refunds, a whole refund, or a refund without an amount.
        const parts = rnd.pick([
          [Math.floor(amount / 3)],
          [Math.floor(amount / 3), Math.floor(amount / 3)],
          [amount],
          [null],
        ]);
        for (const [i, part] of parts.entries()) {
          const refundAt = at + (i + 1) * 3 * DAY;
          if (refundAt >= now - 60_000) break;
          plan.push({
            at: refundAt,
            run: () =>
              record(db, acme, {
                type: 'refund',
                order_id: order,
                customer_id: customer,
                ...(part === null ? {} : { amount: part, currency: 'USD' }),
                occurred_at: iso(refundAt),
              }),
          });
        }
      }
    }
    if (rnd.next() < 0.3) {
      // Sometimes within the 2-day void window of the sale, usually later: it ends the rebills.
      const cancelAt = start + (rnd.next() < 0.3 ? DAY : 45 * DAY);
      if (cancelAt < now - 60_000)
        plan.push({
          at: cancelAt,
          run: () => record(db, acme, { type: 'cancel', customer_id: customer, occurred_at: iso(cancelAt) }),
        });
    }
  }
  // Reward rules that read the affiliate's own history, the order and the customer: the replay must
  // see each as the live path saw it when the event was recorded.
  const percent = (rateBps: number) => ({ commissionType: 'percent', rateBps, fixedMinor: null });
  const defaultGroupId = await setDefaultGroupRules(acme, [
    {
      name: 'Busy month',
      events: ['sale', 'rebill'],
      when: { all: [{ kind: 'affiliate_totals', metric: 'sales', op: 'gte', value: 3, windowDays: 30 }] },
      reward: percent(4_000),
    },
    {
      // Refunds' adjustments count against it, dated by the refund: the replay must see them as live did.
      name: 'Earned this fortnight',
      events: ['rebill'],
      when: {
        all: [{ kind: 'affiliate_totals', metric: 'commission_minor', op: 'gte', value: 5_000, windowDays: 14 }],
      },
      reward: percent(3_700),
    },
    {
      name: 'Big order',
      events: ['sale'],
      when: { all: [{ kind: 'amount', op: 'gte', minor: 12_000, currency: 'USD' }] },
      reward: percent(3_500),
    },
    {
      name: 'Proven newcomer',
      events: ['sale'],
      when: {
        all: [
          { kind: 'new_customer', is: true },
          { kind: 'affiliate_totals', metric: 'revenue_minor', op: 'gt', value: 50_000, windowDays: null },
        ],
      },
      reward: percent(3_300),
    },
  ]);
  // Spend limits cut lines partly and wholly, and a workflow moves the affiliate to Gold after six
  // sales (lifetime): later events earn under Gold and its own month cap, as the live path decided.
  expectStatus(
    await call(acme.owner, 'PATCH', `${groupsUrl(acme)}/${defaultGroupId}`, {
      spendLimits: [{ period: 'month', maxMinor: 9_000, currency: 'USD' }],
    }),
    200,
  );
  const gold = await call(acme.owner, 'POST', groupsUrl(acme), {
    name: 'Gold',
    commissionRateBps: 4_500,
    spendLimits: [{ period: 'month', maxMinor: 12_000, currency: 'USD' }],
  });
  expectStatus(gold, 201);
  expectStatus(
    await call(acme.owner, 'POST', `/orgs/${acme.org.id}/programs/${acme.program.id}/workflows`, {
      name: 'Gold after six sales',
      trigger: { metric: 'sales', op: 'gte', value: 6, windowDays: null },
      scopeGroupId: defaultGroupId,
      actions: { moveToGroupId: gold.body.id },
    }),
    201,
  );
  plan.sort((a, b) => a.at - b.at);
  for (const p of plan) await p.run();
  for (const id of rejects) {
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/conversions/${id}/reject`, { reason: 'test rejection' }),
      200,
    );
  }
  return { uplines, defaultGroupId, goldId: gold.body.id as string };
}

let seeded: Awaited<ReturnType<typeof seedHistory>>;

describe('backtest', () => {
  beforeAll(async () => {
    seeded = await seedHistory(28);
  });

  it('of unchanged terms equals the stored lines cent for cent, rules, refunds, limits, cancels, rejections and uplines included', async () => {
    const { rows } = await db.execute(sql`
      SELECT
        count(*) FILTER (WHERE c.event_type = 'refund') AS refunds,
        count(*) FILTER (WHERE c.event_type = 'cancel') AS cancels,
        count(*) FILTER (WHERE c.status = 'rejected') AS rejected,
        count(*) FILTER (WHERE c.attribution_trace::text LIKE '%recurring_expired%') AS expired,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND kind = 'adjustment') AS adjustments,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND status = 'reversed') AS reversed,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND level > 0) AS upline,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'rewardRule' ->> 'name' = 'Busy month') AS busy,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'rewardRule' ->> 'name' = 'Big order') AS big,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'rewardRule' ->> 'name' = 'Earned this fortnight') AS fortnight,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'spendLimit' ->> 'verdict' = 'partial') AS partial,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'spendLimit' ->> 'verdict' = 'capped') AS capped,
        (SELECT count(*) FROM affiliate.commissions WHERE program_id = ${acme.program.id} AND calculation -> 'group' ->> 'name' = 'Gold') AS gold,
        (SELECT count(*) FROM affiliate.workflow_crossings x JOIN affiliate.program_workflows w ON w.id = x.workflow_id WHERE w.program_id = ${acme.program.id}) AS crossings
      FROM affiliate.conversions c WHERE c.organization_id = ${acme.org.id}`);
    const seen = Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
    // The history really holds every case the proof is about.
    for (const key of [
      'refunds',
      'cancels',
      'rejected',
      'expired',
      'adjustments',
      'reversed',
      'upline',
      'busy',
      'big',
      'fortnight',
      'partial',
      'capped',
      'gold',
      'crossings',
    ])
      expect(seen[key], key).toBeGreaterThan(0);

    for (const periodDays of [30, 90, 365] as const) {
      const out = await call(acme.owner, 'POST', url(acme), { periodDays });
      expectStatus(out, 200);
      const since = new Date(out.body.from);
      const stored = await storedNet(acme.program.id, since);
      expect(out.body.totals).toEqual(
        stored === 0 && out.body.conversions === 0
          ? []
          : [{ currency: 'USD', actualMinor: stored, proposedMinor: stored, deltaMinor: 0 }],
      );
      expect(out.body.changedConversions).toBe(0);
      expect(out.body.affiliates).toEqual([]);
      const monthSum = out.body.months.reduce((n: number, m: { proposedMinor: number }) => n + m.proposedMinor, 0);
      expect(monthSum).toBe(stored);
    }
  });

  it("of the editors' unchanged versions (rules, limits and workflows sent back as saved) equals the stored lines too, and replays the move that happened", async () => {
    const base = `/orgs/${acme.org.id}/programs/${acme.program.id}`;
    const groups = (await call(acme.owner, 'GET', `${base}/groups`)).body.items as Record<string, unknown>[];
    const saved = (await call(acme.owner, 'GET', `${base}/workflows`)).body.items as Record<string, unknown>[];
    const { rows } = await db.execute(sql`
      SELECT x.created_at FROM affiliate.workflow_crossings x JOIN affiliate.program_workflows w ON w.id = x.workflow_id
      WHERE w.program_id = ${acme.program.id}`);
    const movedAt = new Date((rows[0] as { created_at: string }).created_at).getTime();
    const out = await call(acme.owner, 'POST', url(acme), {
      periodDays: 365,
      groups: groups.map((g) => ({ groupId: g.id, rewardRules: g.rewardRules, spendLimits: g.spendLimits })),
      workflows: saved.map((w) => ({
        workflowId: w.id,
        name: w.name,
        enabled: w.enabled,
        trigger: w.trigger,
        scopeGroupId: w.scopeGroupId,
        actions: w.actions,
      })),
    });
    expectStatus(out, 200);
    const stored = await storedNet(acme.program.id, new Date(out.body.from));
    expect(out.body.totals).toEqual([{ currency: 'USD', actualMinor: stored, proposedMinor: stored, deltaMinor: 0 }]);
    expect(out.body.changedConversions).toBe(0);
    expect(out.body.groupChangeCount).toBe(1);
    expect(out.body.groupChanges).toEqual([
      expect.objectContaining({
        affiliateId: acme.affiliate.id,
        fromGroupId: seeded.defaultGroupId,
        toGroupId: seeded.goldId,
        toGroupName: 'Gold',
        workflowName: 'Gold after six sales',
      }),
    ]);
    // Replayed right after the conversion that crossed, as the live path moved them.
    expect(Math.abs(new Date(out.body.groupChanges[0].at).getTime() - movedAt)).toBeLessThan(5_000);
  });

  it('proposed limits and workflows change what is paid and who moves, through the same cut and the same evaluation', async () => {
    const base = `/orgs/${acme.org.id}/programs/${acme.program.id}`;
    const stored = await storedNet(acme.program.id, new Date(Date.now() - 365 * DAY));
    // No workflows: the affiliate stays in the default group, under its rules and its 9,000 month cap.
    const none = await call(acme.owner, 'POST', url(acme), { periodDays: 365, workflows: [] });
    expectStatus(none, 200);
    expect(none.body.groupChangeCount).toBe(0);
    expect(none.body.changedConversions).toBeGreaterThan(0);
    // A cap of 1.00 a month everywhere: the direct lines of a month sum to at most 100 before refunds.
    const tight = await call(acme.owner, 'POST', url(acme), {
      periodDays: 365,
      groups: [seeded.defaultGroupId, seeded.goldId].map((groupId) => ({
        groupId,
        spendLimits: [{ period: 'month', maxMinor: 100, currency: 'USD' }],
      })),
    });
    expectStatus(tight, 200);
    const { rows } = await db.execute(sql`
      SELECT coalesce(sum(l.amount_minor), 0) AS n FROM affiliate.commissions l JOIN affiliate.conversions c ON c.id = l.conversion_id
      WHERE l.program_id = ${acme.program.id} AND l.level > 0 AND l.kind = 'commission'`);
    const months = new Set(tight.body.months.map((m: { month: string }) => m.month)).size;
    const direct = tight.body.affiliates.find((a: { affiliateId: string }) => a.affiliateId === acme.affiliate.id);
    expect(direct.proposedMinor).toBeLessThanOrEqual(100 * (months + 1));
    expect(tight.body.totals[0].proposedMinor).toBeLessThan(stored);
    expect(Number((rows[0] as { n: string }).n)).toBeGreaterThan(0);
    // Gold after two sales instead of six: the move comes earlier.
    const early = await call(acme.owner, 'POST', url(acme), {
      periodDays: 365,
      workflows: [
        {
          name: 'Gold sooner',
          trigger: { metric: 'sales', op: 'gte', value: 2, windowDays: null },
          scopeGroupId: seeded.defaultGroupId,
          actions: { moveToGroupId: seeded.goldId },
        },
      ],
    });
    expectStatus(early, 200);
    expect(early.body.groupChanges).toEqual([
      expect.objectContaining({ workflowId: 'proposed-0', workflowName: 'Gold sooner', toGroupId: seeded.goldId }),
    ]);
    const actual = await call(acme.owner, 'POST', url(acme), { periodDays: 365 });
    expect(new Date(early.body.groupChanges[0].at).getTime()).toBeLessThan(
      new Date(actual.body.groupChanges[0].at).getTime(),
    );
    // A workflow of another program, or one that moves into a group of another tenant, is refused.
    const otherGroups = await call(other.owner, 'GET', `/orgs/${other.org.id}/programs/${other.program.id}/groups`);
    expectStatus(
      await call(acme.owner, 'POST', url(acme), {
        periodDays: 30,
        workflows: [
          {
            name: 'Elsewhere',
            trigger: { metric: 'sales', op: 'gte', value: 1, windowDays: null },
            actions: { moveToGroupId: otherGroups.body.items[0].id },
          },
        ],
      }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', url(acme), {
        periodDays: 30,
        workflows: [
          {
            workflowId: '0190a4b2-0000-7000-8000-000000000000',
            name: 'Unknown',
            trigger: { metric: 'sales', op: 'gte', value: 1, windowDays: null },
            actions: { moveToGroupId: seeded.goldId },
          },
        ],
      }),
      404,
      'not_found',
    );
    void base;
  });

  it('a changed rate changes the total by exactly what it should, and the biggest changes name the affiliates', async () => {
    const list = await call(other.owner, 'GET', `/orgs/${other.org.id}/programs/${other.program.id}/groups`);
    const groupId = list.body.items[0].id as string;
    // Three sales at the program's 30 %: 3000 + 1500 (1499.7) + 370 (370.2) = 4870.
    for (const amount of [10_000, 4_999, 1_234]) {
      const click = await insertClick(db, other, { at: new Date(Date.now() - 2 * DAY) });
      await record(db, other, {
        type: 'sale',
        click_id: click.id,
        amount,
        currency: 'USD',
        occurred_at: iso(Date.now() - DAY),
      });
    }
    const same = await call(other.owner, 'POST', url(other), { periodDays: 30 });
    expectStatus(same, 200);
    expect(same.body.totals).toEqual([{ currency: 'USD', actualMinor: 4_870, proposedMinor: 4_870, deltaMinor: 0 }]);

    // At 40 %: 4000 + 2000 (1999.6) + 494 (493.6) = 6494.
    const raised = await call(other.owner, 'POST', url(other), {
      periodDays: 30,
      groups: [{ groupId, commissionRateBps: 4_000 }],
    });
    expectStatus(raised, 200);
    expect(raised.body.totals).toEqual([
      { currency: 'USD', actualMinor: 4_870, proposedMinor: 6_494, deltaMinor: 1_624 },
    ]);
    expect(raised.body.changedConversions).toBe(3);
    expect(raised.body.affiliates).toEqual([
      expect.objectContaining({
        affiliateId: other.affiliate.id,
        deltaMinor: 1_624,
        affiliateName: expect.any(String),
      }),
    ]);
    expect(raised.body.programs).toEqual([
      expect.objectContaining({ programId: other.program.id, actualMinor: 4_870, proposedMinor: 6_494 }),
    ]);

    // A fixed 5.00 per sale instead: 3 × 500.
    const fixed = await call(other.owner, 'POST', url(other), {
      periodDays: 30,
      groups: [{ groupId, commissionType: 'fixed', commissionFixedMinor: 500 }],
    });
    expect(fixed.body.totals[0]).toMatchObject({ proposedMinor: 1_500, deltaMinor: 1_500 - 4_870 });
  });

  it('reads commission totals as the live path did: by the conversion, with a refund’s adjustment dated by the refund', async () => {
    const a = await createAdvertiser(db);
    await setDefaultGroupRules(a, [
      {
        name: 'Earning well',
        events: ['sale'],
        when: {
          all: [{ kind: 'affiliate_totals', metric: 'commission_minor', op: 'gte', value: 2_000, windowDays: 14 }],
        },
        reward: { commissionType: 'percent', rateBps: 5_000, fixedMinor: null },
      },
    ]);
    const now = Date.now();
    const sale = async (customer: string, daysAgo: number) => {
      const at = now - daysAgo * DAY;
      const click = await insertClick(db, a, { at: new Date(at - 3_600_000) });
      return record(db, a, {
        type: 'sale',
        click_id: click.id,
        customer_id: customer,
        order_id: `${customer}-o`,
        amount: 10_000,
        currency: 'USD',
        occurred_at: iso(at),
      });
    };
    // 12 days ago a sale earns 3,000; 8 days ago half of it is refunded (an adjustment of -1,500, then).
    await sale('cus-a', 12);
    await record(db, a, {
      type: 'refund',
      order_id: 'cus-a-o',
      customer_id: 'cus-a',
      amount: 5_000,
      currency: 'USD',
      occurred_at: iso(now - 8 * DAY),
    });
    // 6 days ago the fortnight holds 3,000 - 1,500 = 1,500: the plain 30 %. 3 days ago it holds 4,500: the rule's 50 %.
    const second = await sale('cus-b', 6);
    const third = await sale('cus-c', 3);
    expect(second.commissions.find((l) => l.level === 0)?.amountMinor).toBe(3_000);
    expect(third.commissions.find((l) => l.level === 0)?.amountMinor).toBe(5_000);
    const out = await call(a.owner, 'POST', url(a), { periodDays: 30 });
    expectStatus(out, 200);
    const stored = await storedNet(a.program.id, new Date(out.body.from));
    expect(out.body.totals).toEqual([{ currency: 'USD', actualMinor: stored, proposedMinor: stored, deltaMinor: 0 }]);
    expect(out.body.changedConversions).toBe(0);
  });

  it("what if: another program's history under this program's terms", async () => {
    const [draft] = await db
      .insert(s.programs)
      .values({
        organizationId: other.org.id,
        appId: other.app.id,
        name: 'Draft',
        slug: `draft-${Date.now().toString(36)}`,
        status: 'paused',
        payoutModel: 'cpa',
        commissionType: 'fixed',
        commissionFixedMinor: 700,
        currency: 'USD',
        landingUrl: 'https://app.example/',
        allowedDomains: ['app.example'],
      })
      .returning();
    const out = await call(other.owner, 'POST', url(other, draft!.id), {
      periodDays: 30,
      sourceProgramId: other.program.id,
    });
    expectStatus(out, 200);
    expect(out.body).toMatchObject({ programId: draft!.id, sourceProgramId: other.program.id, conversions: 3 });
    expect(out.body.totals).toEqual([
      { currency: 'USD', actualMinor: 4_870, proposedMinor: 2_100, deltaMinor: -2_770 },
    ]);
  });

  it("refuses bad input with codes, and another organization's program is not found", async () => {
    expectStatus(await call(acme.owner, 'POST', url(acme), { periodDays: 45 }), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'POST', url(acme), { periodDays: 30, extra: 1 }), 400, 'validation_failed');
    const groups = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/programs/${acme.program.id}/groups`);
    const groupId = groups.body.items[0].id as string;
    expectStatus(
      await call(acme.owner, 'POST', url(acme), { periodDays: 30, groups: [{ groupId, commissionType: 'fixed' }] }),
      400,
      'validation_failed',
    );
    const otherGroups = await call(other.owner, 'GET', `/orgs/${other.org.id}/programs/${other.program.id}/groups`);
    expectStatus(
      await call(acme.owner, 'POST', url(acme), {
        periodDays: 30,
        groups: [{ groupId: otherGroups.body.items[0].id }],
      }),
      404,
      'not_found',
    );
    // Another tenant's program, through one's own organization or as the source of a what-if.
    expectStatus(await call(acme.owner, 'POST', url(acme, other.program.id), { periodDays: 30 }), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'POST', url(acme), { periodDays: 30, sourceProgramId: other.program.id }),
      404,
      'not_found',
    );
  });
});
