import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record, serviceCtx } from '../conversions';
import type { RewardRule } from '../../workers/domain/reward-rules';
import { totalsNeeded } from '../../workers/domain/reward-rules';
import { findGroupWithRuleTotals } from '../../workers/services/conversions/find-group-with-rule-totals';
import { affiliateTotals } from '../../workers/services/enrollments';
import { eventually } from '../eventually';
import { addPayee } from '../payouts';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const groupsUrl = (a: Advertiser, programId = a.program.id) => `/orgs/${a.org.id}/programs/${programId}/groups`;
const sale = async (a: Advertiser, amount = 10_000) => {
  const click = await insertClick(db, a, { at: new Date(Date.now() - 60_000) });
  const out = await record(db, a, { type: 'sale', click_id: click.id, amount, currency: 'USD' });
  return out.commissions[0]!;
};
const enrollmentGroup = async (enrollmentId: string) =>
  (await db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId)))[0]!.groupId;

let defaultGroupId: string;
beforeAll(async () => {
  const list = await call(acme.owner, 'GET', groupsUrl(acme));
  expectStatus(list, 200);
  defaultGroupId = list.body.items[0].id;
});

describe('partner groups', () => {
  it('every program starts with one default group, which every enrollment joins, and which pays the program terms', async () => {
    const list = await call(acme.owner, 'GET', groupsUrl(acme));
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      name: 'Default',
      isDefault: true,
      commissionRateBps: null,
      memberCount: 1,
    });
    expect(await enrollmentGroup(acme.enrollment.id)).toBe(defaultGroupId);
    // The program pays 30 %; the default group sets nothing.
    const line = await sale(acme);
    expect(line.amountMinor).toBe(3_000);
    expect(line.calculation).toMatchObject({
      group: { id: defaultGroupId, name: 'Default', version: 1 },
      fromGroup: { rate: false },
    });
  });

  it("a member earns the group's rate from the move on, the enrollment's own override beats it, and earned lines keep theirs", async () => {
    await db.update(s.users).set({ locale: 'ru' }).where(eq(s.users.id, acme.affiliate.id));
    const before = await sale(acme);
    const created = await call(acme.owner, 'POST', groupsUrl(acme), {
      name: 'Gold',
      color: 'yellow',
      description: 'Our best partners',
      commissionRateBps: 4_000,
      holdDays: 7,
    });
    expectStatus(created, 201);
    const gold = created.body;
    const moved = await call(acme.owner, 'POST', `${groupsUrl(acme)}/${gold.id}/members`, {
      enrollmentIds: [acme.enrollment.id],
    });
    expectStatus(moved, 200);
    expect(moved.body).toEqual({ moved: [acme.enrollment.id], unchanged: [] });

    const after = await sale(acme);
    expect(after.amountMinor).toBe(4_000);
    expect(after.calculation).toMatchObject({
      group: { id: gold.id, name: 'Gold' },
      fromGroup: { rate: true, hold: true },
    });
    const held = new Date(after.holdUntil!).getTime() - Date.now();
    expect(held).toBeGreaterThan(6 * 86_400_000);
    expect(held).toBeLessThan(8 * 86_400_000);
    const [kept] = await db.select().from(s.commissions).where(eq(s.commissions.id, before.id));
    expect(kept!.amountMinor).toBe(3_000);

    await db.update(s.enrollments).set({ rateOverrideBps: 5_000 }).where(eq(s.enrollments.id, acme.enrollment.id));
    const overridden = await sale(acme);
    expect(overridden.amountMinor).toBe(5_000);
    expect(overridden.calculation).toMatchObject({
      overridden: { rate: true },
      fromGroup: { rate: false, hold: true },
    });
    await db.update(s.enrollments).set({ rateOverrideBps: null }).where(eq(s.enrollments.id, acme.enrollment.id));

    // The move is audited and the affiliate is told, in their language, what changed.
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, acme.enrollment.id), eq(s.auditLog.action, 'enrollment.group_changed')));
    expect(audit[0]).toMatchObject({
      before: { groupId: defaultGroupId, groupName: 'Default' },
      after: { groupId: gold.id, groupName: 'Gold' },
    });
    const told = await eventually(
      async () =>
        (
          await db
            .select()
            .from(s.notifications)
            .where(and(eq(s.notifications.userId, acme.affiliate.id), eq(s.notifications.event, 'group_change')))
        ).find((n) => n.channel === 'in_app'),
      30_000,
      'the group_change notification',
    );
    expect(told.title).toBe('Program: вы в группе «Gold»');
    expect(told.body).toContain('Теперь вы получаете 40 % за конверсию, комиссия ждёт 7 дн. до одобрения.');
    expect(told.body).toContain('уже начисленные комиссии не меняются');
    const again = await call(acme.owner, 'POST', `${groupsUrl(acme)}/${gold.id}/members`, {
      enrollmentIds: [acme.enrollment.id],
    });
    expect(again.body).toEqual({ moved: [], unchanged: [acme.enrollment.id] });

    // Changing the group's terms bumps its version and changes only what comes next.
    const patched = await call(acme.owner, 'PATCH', `${groupsUrl(acme)}/${gold.id}`, { commissionRateBps: 4_500 });
    expectStatus(patched, 200);
    expect(patched.body).toMatchObject({ version: 2, memberCount: 1, commissionRateBps: 4_500 });
    expect((await sale(acme)).amountMinor).toBe(4_500);

    // Back to the default group for the other tests.
    await call(acme.owner, 'POST', `${groupsUrl(acme)}/${defaultGroupId}/members`, {
      enrollmentIds: [acme.enrollment.id],
    });
  });

  it('refuses terms nobody could be paid under, names taken twice, and deleting the default or a group with members', async () => {
    const unpaid = await call(acme.owner, 'POST', groupsUrl(acme), { name: 'Fixed', commissionType: 'fixed' });
    expectStatus(unpaid, 400, 'validation_failed');
    const months = await call(acme.owner, 'POST', groupsUrl(acme), { name: 'Months', recurringMode: 'months' });
    expectStatus(months, 400, 'validation_failed');
    const badColor = await call(acme.owner, 'POST', groupsUrl(acme), { name: 'X', color: 'chartreuse' });
    expectStatus(badColor, 400, 'validation_failed');
    const twice = await call(acme.owner, 'POST', groupsUrl(acme), { name: 'Default' });
    expectStatus(twice, 409);
    expectStatus(
      await call(acme.owner, 'DELETE', `${groupsUrl(acme)}/${defaultGroupId}`),
      409,
      'default_group_required',
    );

    const silver = (await call(acme.owner, 'POST', groupsUrl(acme), { name: 'Silver', commissionRateBps: 3_500 })).body;
    const payee = await addPayee(db, acme);
    await call(acme.owner, 'POST', `${groupsUrl(acme)}/${silver.id}/members`, { enrollmentIds: [payee.enrollment.id] });
    expectStatus(await call(acme.owner, 'DELETE', `${groupsUrl(acme)}/${silver.id}`), 409, 'group_has_members');
    await call(acme.owner, 'POST', `${groupsUrl(acme)}/${defaultGroupId}/members`, {
      enrollmentIds: [payee.enrollment.id],
    });
    expectStatus(await call(acme.owner, 'DELETE', `${groupsUrl(acme)}/${silver.id}`), 204);
  });

  it('keeps tenants apart: another advertiser can neither see, change nor fill our groups', async () => {
    const mine = (await call(acme.owner, 'POST', groupsUrl(acme), { name: 'Private' })).body;
    expectStatus(await call(other.owner, 'GET', groupsUrl(other, acme.program.id)), 404);
    expectStatus(
      await call(other.owner, 'PATCH', `${groupsUrl(other, acme.program.id)}/${mine.id}`, { name: 'x' }),
      404,
    );
    expectStatus(
      await call(other.owner, 'POST', `${groupsUrl(other)}/${mine.id}/members`, {
        enrollmentIds: [other.enrollment.id],
      }),
      404,
    );
    // Our group cannot take another tenant's enrollment, and nothing moves when one id is foreign.
    const foreign = await call(acme.owner, 'POST', `${groupsUrl(acme)}/${mine.id}/members`, {
      enrollmentIds: [acme.enrollment.id, other.enrollment.id],
    });
    expectStatus(foreign, 404);
    expect(await enrollmentGroup(acme.enrollment.id)).toBe(defaultGroupId);
    // Finance reads groups but may not change them; the affiliate has no access to the console's groups.
    expectStatus(await call(acme.finance, 'GET', groupsUrl(acme)), 200);
    expectStatus(await call(acme.finance, 'POST', groupsUrl(acme), { name: 'Nope' }), 403);
    expect((await call(acme.affiliateSession, 'GET', groupsUrl(acme))).status).toBeGreaterThanOrEqual(403);
  });

  it('a registration link places joiners into its group; a group of another program is refused', async () => {
    const vip = (await call(acme.owner, 'POST', groupsUrl(acme), { name: 'VIP', commissionRateBps: 3_300 })).body;
    const link = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/registration-links`, {
      programId: acme.program.id,
      groupId: vip.id,
      label: 'VIP link',
    });
    expectStatus(link, 201);
    expect(link.body).toMatchObject({ groupId: vip.id, groupName: 'VIP' });
    const foreign = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/registration-links`, {
      programId: acme.program.id,
      groupId: defaultGroupId.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      label: 'Bad',
    });
    expectStatus(foreign, 404);
    const orgWide = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/registration-links`, {
      groupId: vip.id,
      label: 'No program',
    });
    expectStatus(orgWide, 400, 'validation_failed');
  });
  it("shows each enrollment its group: the advertiser's lists name it, the affiliate sees its own group's terms and no other group", async () => {
    const platinum = (
      await call(acme.owner, 'POST', groupsUrl(acme), {
        name: 'Platinum',
        color: 'violet',
        description: 'Top tier partners',
        commissionRateBps: 4_200,
        holdDays: 5,
        multiLevelRatesBps: [1_500],
      })
    ).body;
    const payee = await addPayee(db, acme);
    expectStatus(
      await call(acme.owner, 'POST', `${groupsUrl(acme)}/${platinum.id}/members`, {
        enrollmentIds: [payee.enrollment.id],
      }),
      200,
    );

    const list = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/enrollments?programId=${acme.program.id}`);
    expectStatus(list, 200);
    const groupOf = (id: string) => list.body.items.find((e: { id: string }) => e.id === id)?.group;
    expect(groupOf(payee.enrollment.id)).toEqual({ id: platinum.id, name: 'Platinum', color: 'violet' });
    expect(groupOf(acme.enrollment.id)).toEqual({ id: defaultGroupId, name: 'Default', color: 'gray' });
    const one = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/enrollments/${payee.enrollment.id}`);
    expect(one.body.group).toMatchObject({ name: 'Platinum' });

    const payeeSession = await signInAs(db, payee.affiliate.id);
    const mine = async () => {
      const res = await call(payeeSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
      expectStatus(res, 200);
      return res.body.items[0];
    };
    const member = await mine();
    expect(member.group).toEqual({
      id: platinum.id,
      name: 'Platinum',
      color: 'violet',
      description: 'Top tier partners',
      rewardRules: [],
      apps: [],
      spendLimits: [],
    });
    // The program pays 30 %; the group's 42 %, its hold and its upline rate are what this affiliate earns.
    expect(member.program).toMatchObject({ commissionRateBps: 4_200, holdDays: 5, multiLevelRatesBps: [1_500] });
    expect(member.program).not.toHaveProperty('version');
    expect(member.program).not.toHaveProperty('revenueMinor');
    // The enrollment's own override beats the group's rate; the group's hold still applies.
    await db.update(s.enrollments).set({ rateOverrideBps: 5_000 }).where(eq(s.enrollments.id, payee.enrollment.id));
    expect((await mine()).program).toMatchObject({ commissionRateBps: 5_000, holdDays: 5 });

    // Another affiliate of the same program sees its own group and the program's terms, never Platinum.
    const other = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expectStatus(other, 200);
    expect(other.body.items[0].group).toMatchObject({ id: defaultGroupId, name: 'Default' });
    expect(other.body.items[0].program).toMatchObject({ commissionRateBps: 3_000 });
    expect(JSON.stringify(other.body)).not.toContain('Platinum');
    expect(JSON.stringify(other.body)).not.toContain(platinum.id);
  });
});

describe('reward rules', () => {
  it('pays the best-paying rule that matches, names it and why the others did not, and the enrollment override still wins', async () => {
    const a = acme;
    const created = await call(a.owner, 'POST', groupsUrl(a), {
      name: 'Rules',
      commissionRateBps: 2_000,
      rewardRules: [
        {
          name: 'German-speaking customers',
          events: ['sale'],
          when: { all: [{ kind: 'country', in: ['DE', 'AT'] }] },
          reward: { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
        },
        {
          name: 'Busy affiliates',
          events: ['sale'],
          when: { all: [{ kind: 'affiliate_totals', metric: 'sales', op: 'gte', value: 2, windowDays: 30 }] },
          reward: { commissionType: 'percent', rateBps: 5_000, fixedMinor: null },
        },
        {
          name: 'Big orders, fixed',
          events: ['sale'],
          when: {
            any: [
              { kind: 'amount', op: 'gte', minor: 1_000_000, currency: 'USD' },
              { kind: 'metadata', key: 'tier', in: ['enterprise'] },
            ],
          },
          reward: { commissionType: 'fixed', rateBps: null, fixedMinor: 99_900 },
        },
      ],
    });
    expectStatus(created, 201);
    const group = created.body;
    expect(group.rewardRules.map((r: { id: string }) => typeof r.id)).toEqual(['string', 'string', 'string']);
    // A fresh affiliate of the program, in the rules group.
    const payee = await addPayee(db, a);
    await call(a.owner, 'POST', `${groupsUrl(a)}/${group.id}/members`, { enrollmentIds: [payee.enrollment.id] });
    const saleFrom = async (country: string | null, metadata?: Record<string, unknown>) => {
      const click = await insertClick(db, payee, { at: new Date(Date.now() - 60_000) });
      if (country) await db.update(s.clicks).set({ country }).where(eq(s.clicks.id, click.id));
      const out = await record(db, payee, {
        type: 'sale',
        click_id: click.id,
        amount: 10_000,
        currency: 'USD',
        ...(metadata ? { metadata } : {}),
      });
      return out.commissions[0]!;
    };

    const plain = await saleFrom('FR');
    expect(plain.amountMinor).toBe(2_000);
    // `rule` stays the formula's kind, which the dashboard words the line by; the reward rule has keys of its own.
    expect(plain.calculation).toMatchObject({
      rule: 'percent',
      rewardRule: null,
      rewardRules: [
        { name: 'German-speaking customers', outcome: 'not_matched', detail: 'country in DE, AT' },
        { name: 'Busy affiliates', outcome: 'not_matched', detail: 'sales in 30 days gte 2' },
        { name: 'Big orders, fixed', outcome: 'not_matched' },
      ],
    });
    const german = await saleFrom('DE');
    expect(german.amountMinor).toBe(3_500);
    expect(german.calculation).toMatchObject({ rule: 'percent', rewardRule: { name: 'German-speaking customers' } });
    // Two sales before it: the busy rule matches too and pays more.
    const busy = await saleFrom('AT');
    expect(busy.amountMinor).toBe(5_000);
    expect(
      (busy.calculation as { rewardRules: { name: string; outcome: string }[] }).rewardRules.map((r) => [
        r.name,
        r.outcome,
      ]),
    ).toEqual([
      ['German-speaking customers', 'paid_less'],
      ['Busy affiliates', 'chosen'],
      ['Big orders, fixed', 'not_matched'],
    ]);
    const enterprise = await saleFrom(null, { tier: 'enterprise' });
    expect(enterprise.amountMinor).toBe(99_900);
    // The enrollment's own rate beats the rule's.
    await db.update(s.enrollments).set({ rateOverrideBps: 4_100 }).where(eq(s.enrollments.id, payee.enrollment.id));
    expect((await saleFrom('DE')).amountMinor).toBe(4_100);
  });

  it('refuses rules that could not pay or do not parse', async () => {
    const bad = async (rule: unknown) =>
      expectStatus(
        await call(acme.owner, 'POST', groupsUrl(acme), { name: `Bad ${crypto.randomUUID()}`, rewardRules: [rule] }),
        400,
        'validation_failed',
      );
    const base = {
      name: 'r',
      events: ['sale'],
      when: { all: [] },
      reward: { commissionType: 'percent', rateBps: 100, fixedMinor: null },
    };
    await bad({ ...base, reward: { commissionType: 'percent', rateBps: null, fixedMinor: null } });
    await bad({ ...base, reward: { commissionType: 'hybrid', rateBps: 100, fixedMinor: null } });
    await bad({ ...base, when: { all: [{ kind: 'country', in: ['germany'] }] } });
    await bad({ ...base, when: { all: [{ kind: 'weather', in: ['sunny'] }] } });
    await bad({ ...base, events: [] });
    await bad({ ...base, when: { all: [{ all: [{ all: [{ all: [{ kind: 'new_customer', is: true }] }] }] }] } });
  });

  it('reads the totals every rule asks about, at any depth, as the raw rows give them', async () => {
    const a = acme;
    const totals = (metric: string, windowDays: number | null) => ({
      kind: 'affiliate_totals',
      metric,
      op: 'gte',
      value: 1_000_000,
      windowDays,
    });
    const created = await call(a.owner, 'POST', groupsUrl(a), {
      name: 'Deep totals',
      rewardRules: [
        {
          name: 'nested',
          events: ['sale'],
          when: {
            all: [{ any: [totals('sales', 30), { all: [totals('revenue_minor', null)] }] }, totals('conversions', 7)],
          },
          reward: { commissionType: 'percent', rateBps: 3_000, fixedMinor: null },
        },
        {
          name: 'flat',
          events: ['sale'],
          when: { any: [totals('commission_minor', 30), totals('sales', 30)] },
          reward: { commissionType: 'percent', rateBps: 3_000, fixedMinor: null },
        },
      ],
    });
    expectStatus(created, 201);
    const payee = await addPayee(db, a);
    await call(a.owner, 'POST', `${groupsUrl(a)}/${created.body.id}/members`, { enrollmentIds: [payee.enrollment.id] });
    for (const amount of [10_000, 20_000]) {
      const click = await insertClick(db, payee, { at: new Date(Date.now() - 60_000) });
      await record(db, payee, { type: 'sale', click_id: click.id, amount, currency: 'USD' });
    }
    const key = (metric: unknown, days: unknown) => `${metric}:${days ?? null}`;
    const needed = totalsNeeded(created.body.rewardRules as RewardRule[]);
    const input = {
      enrollmentId: payee.enrollment.id,
      currency: 'USD',
      before: new Date(),
      excludeConversionId: '00000000-0000-7000-8000-000000000000',
      changedConversionIds: [],
    };
    const found = await findGroupWithRuleTotals({ ctx: serviceCtx(db), input: { ...input, groupId: created.body.id } });
    expect(found.group.id).toBe(created.body.id);
    const raw = await affiliateTotals({ ctx: serviceCtx(db), input: { ...input, windows: needed } });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, payee.enrollment.id));
    expect(needed.map((w) => [key(w.metric, w.windowDays), found.totals(w.metric, w.windowDays)])).toEqual([
      ['sales:30', 2],
      ['revenue_minor:null', 30_000],
      ['conversions:7', 2],
      ['commission_minor:30', lines.filter((l) => l.level === 0).reduce((n, l) => n + l.amountMinor, 0)],
    ]);
    expect(needed.map((w) => raw.get(key(w.metric, w.windowDays)) ?? 0)).toEqual(
      needed.map((w) => found.totals(w.metric, w.windowDays)),
    );
  });
});
