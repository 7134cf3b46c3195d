import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { CRON_JOBS } from '../../workers/cron/jobs';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { refreshConversionStats } from '../../workers/services/stats';
import { evaluateEnrollmentWorkflows, sweepWorkflows } from '../../workers/services/workflows';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { defaultGroupId, groupsUrl } from '../program-groups';
import { CHECKS, rows } from '../stats-storage-checks';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const DAY = 86_400_000;

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const workflowsUrl = (a: Advertiser, programId = a.program.id) => `/orgs/${a.org.id}/programs/${programId}/workflows`;

const sale = async (a: Advertiser, eventId = nextEventId()) => {
  const click = await insertClick(db, a, { at: new Date(Date.now() - 60_000) });
  return record(db, a, { type: 'sale', click_id: click.id, amount: 10_000, currency: 'USD', event_id: eventId });
};
const groupOf = async (enrollmentId: string) =>
  (await db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId)))[0]!.groupId;
const crossingsOf = (enrollmentId: string) =>
  db.select().from(s.workflowCrossings).where(eq(s.workflowCrossings.enrollmentId, enrollmentId));
const bonusLinesOf = (enrollmentId: string) =>
  db
    .select()
    .from(s.commissions)
    .where(and(eq(s.commissions.enrollmentId, enrollmentId), eq(s.commissions.kind, 'bonus')));
const auditsOf = (enrollmentId: string, action: (typeof s.AuditAction)[number]) =>
  db
    .select()
    .from(s.auditLog)
    .where(and(eq(s.auditLog.targetId, enrollmentId), eq(s.auditLog.action, action)));
const ledgerOk = async (a: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: a.org.id } })).discrepancies).toEqual([]);

async function addGroup(a: Advertiser, name: string): Promise<string> {
  const created = await call(a.owner, 'POST', groupsUrl(a), { name, color: 'yellow', commissionRateBps: 4_000 });
  expectStatus(created, 201);
  return created.body.id;
}

const promotion = (goldId: string, scopeGroupId: string | null, value = 3) => ({
  name: 'Gold after three sales',
  trigger: { metric: 'sales', op: 'gte', value, windowDays: 30 },
  scopeGroupId,
  actions: {
    moveToGroupId: goldId,
    bonus: { amountMinor: 5_000, currency: 'USD' },
    message: { en: 'Welcome to Gold!', ru: 'Добро пожаловать в Gold!' },
  },
});

let goldId: string;
let defaultId: string;
beforeAll(async () => {
  goldId = await addGroup(acme, 'Gold');
  defaultId = await defaultGroupId(acme);
});

describe('workflow settings', () => {
  it('owners and admins write, every member reads, and another advertiser sees nothing', async () => {
    const created = await call(acme.admin, 'POST', workflowsUrl(acme), {
      name: 'Message at 100 sales',
      trigger: { metric: 'sales', op: 'gte', value: 100, windowDays: null },
      actions: { message: { en: 'A hundred sales!', ru: null } },
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({
      enabled: true,
      scopeGroupId: null,
      trigger: { metric: 'sales', op: 'gte', value: 100, windowDays: null },
      actions: { moveToGroupId: null, bonus: null, message: { en: 'A hundred sales!', ru: null } },
    });
    const id = created.body.id;
    expectStatus(await call(acme.finance, 'POST', workflowsUrl(acme), promotion(goldId, null)), 403);
    const listed = await call(acme.finance, 'GET', workflowsUrl(acme));
    expectStatus(listed, 200);
    expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([id]);

    expectStatus(await call(other.owner, 'GET', workflowsUrl(other, acme.program.id)), 404, 'not_found');
    expectStatus(await call(other.owner, 'DELETE', `${workflowsUrl(other, acme.program.id)}/${id}`), 404, 'not_found');
    expectStatus(
      await call(other.owner, 'PATCH', `${workflowsUrl(other)}/${id}`, { enabled: false }),
      404,
      'not_found',
    );

    const updated = await call(acme.owner, 'PATCH', `${workflowsUrl(acme)}/${id}`, { enabled: false, name: 'Later' });
    expectStatus(updated, 200);
    expect(updated.body).toMatchObject({ enabled: false, name: 'Later', trigger: { value: 100 } });
    expectStatus(await call(acme.owner, 'DELETE', `${workflowsUrl(acme)}/${id}`), 204);
    expect((await call(acme.owner, 'GET', workflowsUrl(acme))).body.items).toEqual([]);
    const actions = await db.select({ action: s.auditLog.action }).from(s.auditLog).where(eq(s.auditLog.targetId, id));
    expect(actions.map((a) => a.action).sort()).toEqual(['workflow.created', 'workflow.deleted', 'workflow.updated']);
  });

  it('refuses what cannot run, with a machine code', async () => {
    const otherGold = await addGroup(other, 'Gold');
    const bad = [
      { ...promotion(otherGold, null) },
      { ...promotion(goldId, goldId) },
      { ...promotion(goldId, null), actions: { bonus: { amountMinor: 100, currency: 'EUR' } } },
      { ...promotion(goldId, null), actions: {} },
    ];
    for (const body of bad)
      expectStatus(await call(acme.owner, 'POST', workflowsUrl(acme), body), 400, 'validation_failed');
    for (const body of [
      { ...promotion(goldId, null), trigger: { metric: 'clicks', op: 'gte', value: 1, windowDays: 30 } },
      { ...promotion(goldId, null), trigger: { metric: 'sales', op: 'gte', value: -1, windowDays: 30 } },
      { ...promotion(goldId, null), trigger: { metric: 'sales', op: 'gte', value: 1, windowDays: 0 } },
      { ...promotion(goldId, null), extra: true },
    ])
      expectStatus(await call(acme.owner, 'POST', workflowsUrl(acme), body), 400, 'validation_failed');
  });

  it('allows at most 20 per program', async () => {
    const a = await createAdvertiser(db);
    await db.insert(s.programWorkflows).values(
      Array.from({ length: 20 }, (_, i) => ({
        organizationId: a.org.id,
        programId: a.program.id,
        name: `w${i}`,
        enabled: false,
        metric: 'sales' as const,
        op: 'gte' as const,
        threshold: 1,
        messageEn: 'hi',
      })),
    );
    const refused = await call(a.owner, 'POST', workflowsUrl(a), {
      name: 'one more',
      trigger: { metric: 'sales', op: 'gte', value: 1, windowDays: null },
      actions: { message: { en: 'hi' } },
    });
    expectStatus(refused, 409, 'workflow_limit_reached');
    expect(refused.body.error.details).toEqual({ max: 20 });
  });
});

describe('promotion and bonus', () => {
  it('crossing the threshold moves the affiliate once, pays one bonus line and tells them; retries change nothing', async () => {
    await db.update(s.users).set({ locale: 'ru' }).where(eq(s.users.id, acme.affiliate.id));
    expectStatus(await call(acme.owner, 'POST', workflowsUrl(acme), promotion(goldId, defaultId)), 201);
    await sale(acme);
    await sale(acme);
    expect(await groupOf(acme.enrollment.id)).toBe(defaultId);

    // The affiliate sees its way to Gold: two of three sales.
    const progress = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/progress`);
    expectStatus(progress, 200);
    expect(progress.body.items).toEqual([
      expect.objectContaining({
        enrollmentId: acme.enrollment.id,
        group: expect.objectContaining({ id: defaultId, name: 'Default' }),
        terms: expect.objectContaining({ commissionType: 'percent', rateBps: 3_000, currency: 'USD' }),
        next: {
          metric: 'sales',
          windowDays: 30,
          value: 2,
          threshold: 3,
          percent: 66,
          targetGroup: { id: goldId, name: 'Gold', color: 'yellow' },
        },
      }),
    ]);

    const third = nextEventId();
    await sale(acme, third);
    expect(await groupOf(acme.enrollment.id)).toBe(goldId);
    // The same conversion again, and the evaluation again (a retry, the cron): nothing more.
    await sale(acme, third);
    await evaluateEnrollmentWorkflows({ ctx: serviceCtx(db), input: { enrollmentId: acme.enrollment.id } });
    await sweepWorkflows({ ctx: serviceCtx(db), input: { limit: 1_000 } });

    const crossings = await crossingsOf(acme.enrollment.id);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toMatchObject({ value: 3, outcome: { movedFromGroupId: defaultId, movedToGroupId: goldId } });
    const bonuses = await bonusLinesOf(acme.enrollment.id);
    expect(bonuses).toHaveLength(1);
    expect(bonuses[0]).toMatchObject({
      amountMinor: 5_000,
      currency: 'USD',
      level: 0,
      status: 'pending',
      beneficiaryId: acme.affiliate.id,
      calculation: { model: 'workflow_bonus', threshold: 3, value: 3 },
    });
    // Gold's own hold (the program's 30 days: Gold sets only the rate).
    const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.id, bonuses[0]!.conversionId!));
    expect(conversion).toMatchObject({ eventType: 'bonus', source: 'workflows', amountMinor: 0 });
    expect(await auditsOf(acme.enrollment.id, 'enrollment.group_changed')).toHaveLength(1);
    const fired = await auditsOf(acme.enrollment.id, 'workflow.fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      actorId: null,
      organizationId: acme.org.id,
      after: { value: 3, bonusMinor: 5_000 },
    });

    const told = await eventually(
      async () =>
        (
          await db
            .select()
            .from(s.notifications)
            .where(and(eq(s.notifications.userId, acme.affiliate.id), eq(s.notifications.event, 'workflow')))
        ).find((n) => n.channel === 'in_app'),
      30_000,
      'the workflow notification',
    );
    expect(told.title).toBe('Program: бонус 50.00 USD');
    expect(told.body).toContain('Добро пожаловать в Gold!');

    // The affiliate's home lists the bonus among its latest events, with its amount.
    const home = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home`);
    expectStatus(home, 200);
    expect(home.body.latestConversions[0]).toMatchObject({
      eventType: 'bonus',
      commission: { amountMinor: 5_000, currency: 'USD', status: 'pending' },
    });

    // Gold is reached: no next tier to show.
    const after = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/progress`);
    expect(after.body.items[0]).toMatchObject({ group: { id: goldId }, terms: { rateBps: 4_000 }, next: null });
  });

  it('the bonus is in the balances, the ledger check and the rollups like any line', async () => {
    const balances = await call(acme.affiliateSession, 'GET', '/affiliate/balances?currency=USD');
    expectStatus(balances, 200);
    const lines = await db
      .select({ amount: s.commissions.amountMinor })
      .from(s.commissions)
      .where(and(eq(s.commissions.beneficiaryId, acme.affiliate.id), eq(s.commissions.status, 'pending')));
    const held = lines.reduce((sum, l) => sum + l.amount, 0);
    expect(held).toBe(3 * 3_000 + 5_000);
    expect(balances.body.items[0].holdMinor).toBe(held);
    await ledgerOk(acme);
    // The conversion and commission rollups (the clicks here are written raw, past the ingest that counts them).
    const counted = Object.entries(CHECKS).filter(([t]) => !t.includes('click') && t !== 'enrollment_totals');
    for (const [table, q] of counted) expect(await rows(db, q.rollup), table).toEqual(await rows(db, q.raw));
    const [totals] = await db
      .select()
      .from(s.enrollmentTotals)
      .where(eq(s.enrollmentTotals.enrollmentId, acme.enrollment.id));
    // The bonus earns, but is no conversion.
    expect(totals).toMatchObject({ conversions: 3, earningsMinor: held });

    // Its hold ends like any line's: approved, payable, and the ledger still balances.
    const [bonus] = await bonusLinesOf(acme.enrollment.id);
    await db
      .update(s.commissions)
      .set({ holdUntil: new Date(Date.now() - 60_000) })
      .where(eq(s.commissions.id, bonus!.id));
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 100, maxBatches: 1 } });
    expect((await bonusLinesOf(acme.enrollment.id))[0]).toMatchObject({ status: 'approved' });
    const approved = await call(acme.affiliateSession, 'GET', '/affiliate/balances?currency=USD');
    expect(approved.body.items[0]).toMatchObject({ holdMinor: held - 5_000, approvedMinor: 5_000 });
    await ledgerOk(acme);
    const [rolled] = (
      await db.execute(
        sql`SELECT coalesce(sum(amount_minor), 0)::bigint AS n FROM affiliate.commission_stats_hourly
            WHERE organization_id = ${acme.org.id} AND kind = 'bonus'`,
      )
    ).rows as { n: string }[];
    expect(Number(rolled!.n)).toBe(5_000);
  });

  it('two conversions crossing at once: one move, one bonus', async () => {
    const a = await createAdvertiser(db);
    const gold = await addGroup(a, 'Gold');
    expectStatus(await call(a.owner, 'POST', workflowsUrl(a), promotion(gold, null, 2)), 201);
    await sale(a);
    await Promise.all([sale(a), sale(a), sale(a)]);
    expect(await groupOf(a.enrollment.id)).toBe(gold);
    expect(await crossingsOf(a.enrollment.id)).toHaveLength(1);
    expect(await bonusLinesOf(a.enrollment.id)).toHaveLength(1);
    expect(await auditsOf(a.enrollment.id, 'enrollment.group_changed')).toHaveLength(1);
    await ledgerOk(a);
  });

  it("another advertiser's workflows never fire for its affiliates, nor its own for others", async () => {
    for (let i = 0; i < 4; i++) await sale(other);
    expect(await crossingsOf(other.enrollment.id)).toEqual([]);
    expect(await bonusLinesOf(other.enrollment.id)).toEqual([]);
    expect(await groupOf(other.enrollment.id)).toBe(await defaultGroupId(other));
    // acme's affiliate asking in other's context is refused; other's affiliate never sees acme's tiers.
    expect(
      (await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/progress`)).status,
    ).toBeGreaterThanOrEqual(400);
    const theirs = await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/progress`);
    expectStatus(theirs, 200);
    expect(theirs.body.items).toEqual([expect.objectContaining({ enrollmentId: other.enrollment.id, next: null })]);
  });

  it('a revenue target shows the affiliate a percent, never the amounts', async () => {
    const a = await createAdvertiser(db);
    const gold = await addGroup(a, 'Gold');
    expectStatus(
      await call(a.owner, 'POST', workflowsUrl(a), {
        name: 'Gold at $1,000 revenue',
        trigger: { metric: 'revenue_minor', op: 'gte', value: 100_000, windowDays: null },
        actions: { moveToGroupId: gold },
      }),
      201,
    );
    await sale(a);
    const res = await call(a.affiliateSession, 'GET', `/affiliate/orgs/${a.org.id}/progress`);
    expectStatus(res, 200);
    expect(res.body.items[0].next).toEqual({
      metric: 'revenue_minor',
      windowDays: null,
      value: null,
      threshold: null,
      percent: 10,
      targetGroup: { id: gold, name: 'Gold', color: 'yellow' },
    });
  });
});

describe('the look after each conversion', () => {
  it('reads the totals a new workflow needs, though this isolate expected only the earlier ones', async () => {
    const a = await createAdvertiser(db);
    const gold = await addGroup(a, 'Gold');
    // Out of reach: the look after each sale reads lifetime sales and expects to read them next time.
    const far = {
      name: 'Far away',
      trigger: { metric: 'sales', op: 'gte', value: 1_000, windowDays: null },
      actions: { bonus: { amountMinor: 100, currency: 'USD' } },
    };
    expectStatus(await call(a.owner, 'POST', workflowsUrl(a), far), 201);
    await sale(a);
    await sale(a);
    expect(await crossingsOf(a.enrollment.id)).toEqual([]);
    // A workflow on another window (commission in 7 days): the next look reads it apart, and it fires.
    const near = {
      name: 'Gold at $50 earned this week',
      trigger: { metric: 'commission_minor', op: 'gte', value: 8_000, windowDays: 7 },
      actions: { moveToGroupId: gold },
    };
    expectStatus(await call(a.owner, 'POST', workflowsUrl(a), near), 201);
    await sale(a);
    expect(await groupOf(a.enrollment.id)).toBe(gold);
    expect(await crossingsOf(a.enrollment.id)).toEqual([expect.objectContaining({ value: 9_000 })]);
  });
});

describe('the way down', () => {
  it('the hourly run moves a member with no sale in 90 days back to the default group, once', async () => {
    const a = await createAdvertiser(db);
    const gold = await addGroup(a, 'Gold');
    const base = await defaultGroupId(a);
    const created = await call(a.owner, 'POST', workflowsUrl(a), {
      name: 'Back to Default after 90 quiet days',
      trigger: { metric: 'sales', op: 'lt', value: 1, windowDays: 90 },
      scopeGroupId: gold,
      actions: { moveToGroupId: base },
    });
    expectStatus(created, 201);
    // A Gold member for 200 days whose last sale is 120 days old.
    await db
      .update(s.enrollments)
      .set({ groupId: gold, createdAt: new Date(Date.now() - 200 * DAY) })
      .where(eq(s.enrollments.id, a.enrollment.id));
    const old = await sale(a);
    await db.execute(
      sql`UPDATE affiliate.conversions SET occurred_at = now() - interval '120 days' WHERE id = ${old.conversion.id}`,
    );
    // A raw edit moves the rollups the totals are read from, as every real write does.
    await refreshConversionStats({ ctx: serviceCtx(db), input: { conversionIds: [old.conversion.id] } });
    expect(await groupOf(a.enrollment.id)).toBe(gold);

    expect(Object.keys(CRON_JOBS['5 * * * *']!)).toContain('sweepWorkflows');
    await CRON_JOBS['5 * * * *']!.sweepWorkflows!(serviceCtx(db));
    expect(await groupOf(a.enrollment.id)).toBe(base);
    await CRON_JOBS['5 * * * *']!.sweepWorkflows!(serviceCtx(db));
    expect(await crossingsOf(a.enrollment.id)).toHaveLength(1);
    expect(await auditsOf(a.enrollment.id, 'enrollment.group_changed')).toHaveLength(1);
    // acme's Gold member sold this month: the same kind of workflow elsewhere never touched it.
    expect(await groupOf(acme.enrollment.id)).toBe(goldId);
  });
});

describe('the hourly run over many enrollments', () => {
  it('reaches every candidate within ceil(candidates / limit) hours when the limit is smaller', async () => {
    const a = await createAdvertiser(db);
    expectStatus(
      await call(a.owner, 'POST', workflowsUrl(a), {
        name: 'Welcome',
        trigger: { metric: 'sales', op: 'gte', value: 0, windowDays: null },
        actions: { message: { en: 'Welcome aboard', ru: null } },
      }),
      201,
    );
    const [candidates] = (
      await db.execute(
        sql`SELECT count(*)::int AS n FROM affiliate.enrollments e WHERE e.status = 'active'
            AND EXISTS (SELECT 1 FROM affiliate.program_workflows w WHERE w.program_id = e.program_id AND w.enabled)`,
      )
    ).rows as { n: number }[];
    expect(candidates!.n).toBeGreaterThan(1);
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    for (let i = 0; i < candidates!.n; i++)
      await sweepWorkflows({ ctx: serviceCtx(db, new Date(hour + i * 3_600_000)), input: { limit: 1 } });
    expect(await crossingsOf(a.enrollment.id)).toHaveLength(1);
  });
});
