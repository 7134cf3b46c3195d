import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { CRON_JOBS } from '../../workers/cron/jobs';
import { evaluatePerformanceBounties } from '../../workers/services/bounties';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record, serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
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

type Payee = Awaited<ReturnType<typeof addPayee>> & { session: TestSession };

const bountiesUrl = (a: Advertiser) => `/orgs/${a.org.id}/bounties`;
const mineUrl = (a: Advertiser) => `/affiliate/orgs/${a.org.id}/bounties`;
const submitUrl = (a: Advertiser, bountyId: string) => `${mineUrl(a)}/${bountyId}/submissions`;
const reviewUrl = (a: Advertiser, submissionId: string, decision: 'approve' | 'reject') =>
  `/orgs/${a.org.id}/bounty-submissions/${submissionId}/${decision}`;

const window = () => ({
  startsAt: new Date(Date.now() - DAY).toISOString(),
  endsAt: new Date(Date.now() + 7 * DAY).toISOString(),
});
const submissionBounty = (a: Advertiser, extra: Record<string, unknown> = {}) => ({
  programId: a.program.id,
  kind: 'submission',
  name: 'Review us on YouTube',
  description: 'A video review of at least two minutes.',
  bonus: { amountMinor: 15_000, currency: 'USD' },
  ...window(),
  ...extra,
});

async function createBounty(a: Advertiser, body: Record<string, unknown>): Promise<string> {
  const created = await call(a.owner, 'POST', bountiesUrl(a), body);
  expectStatus(created, 201);
  return created.body.id;
}
async function payee(a: Advertiser): Promise<Payee> {
  const p = await addPayee(db, a);
  return { ...p, session: await signInAs(db, p.affiliate.id) };
}
const sale = async (p: Pick<Payee, 'org' | 'app' | 'program' | 'enrollment' | 'affiliate'>, amount = 10_000) => {
  const click = await insertClick(db, p, { at: new Date(Date.now() - 60_000) });
  return record(db, p, { type: 'sale', click_id: click.id, amount, currency: 'USD' });
};
const linesOf = (enrollmentId: string) =>
  db
    .select()
    .from(s.commissions)
    .where(and(eq(s.commissions.enrollmentId, enrollmentId), eq(s.commissions.kind, 'bounty')));
const awardsOf = (bountyId: string) => db.select().from(s.bountyAwards).where(eq(s.bountyAwards.bountyId, bountyId));
const ledgerOk = async (a: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: a.org.id } })).discrepancies).toEqual([]);
const notified = (userId: string, outcome: string) =>
  eventually(
    async () =>
      (
        await db
          .select()
          .from(s.notifications)
          .where(and(eq(s.notifications.userId, userId), eq(s.notifications.event, 'bounty')))
      ).find((n) => n.channel === 'in_app' && (n.data as { outcome?: string }).outcome === outcome),
    30_000,
    `the ${outcome} notification`,
  );

describe('bounty settings', () => {
  it('owners and admins write, every member reads, audited, and another advertiser sees nothing', async () => {
    const created = await call(acme.admin, 'POST', bountiesUrl(acme), submissionBounty(acme));
    expectStatus(created, 201);
    expect(created.body).toMatchObject({
      kind: 'submission',
      goal: null,
      bonus: { amountMinor: 15_000, currency: 'USD' },
      maxWinners: null,
      scope: { groupId: null, tag: null },
      winners: 0,
      pendingSubmissions: 0,
      programName: 'Program',
    });
    const id = created.body.id;
    expectStatus(await call(acme.finance, 'POST', bountiesUrl(acme), submissionBounty(acme)), 403);
    const listed = await call(acme.finance, 'GET', bountiesUrl(acme));
    expectStatus(listed, 200);
    expect(listed.body.items.map((b: { id: string }) => b.id)).toContain(id);

    expect((await call(other.owner, 'GET', bountiesUrl(other))).body.items).toEqual([]);
    expectStatus(await call(other.owner, 'PATCH', `${bountiesUrl(other)}/${id}`, { name: 'Mine' }), 404, 'not_found');
    expectStatus(await call(other.owner, 'DELETE', `${bountiesUrl(other)}/${id}`), 404, 'not_found');

    const updated = await call(acme.owner, 'PATCH', `${bountiesUrl(acme)}/${id}`, { name: 'Later', maxWinners: 3 });
    expectStatus(updated, 200);
    expect(updated.body).toMatchObject({ name: 'Later', maxWinners: 3, kind: 'submission' });
    expectStatus(await call(acme.owner, 'DELETE', `${bountiesUrl(acme)}/${id}`), 204);
    const actions = await db.select({ action: s.auditLog.action }).from(s.auditLog).where(eq(s.auditLog.targetId, id));
    expect(actions.map((a) => a.action).sort()).toEqual(['bounty.created', 'bounty.deleted', 'bounty.updated']);
  });

  it('refuses what cannot run, with a machine code', async () => {
    const otherGroup = (await call(other.owner, 'GET', `/orgs/${other.org.id}/programs/${other.program.id}/groups`))
      .body.items[0].id;
    const bad = [
      submissionBounty(acme, { bonus: { amountMinor: 100, currency: 'EUR' } }),
      submissionBounty(acme, { scope: { groupId: otherGroup, tag: null } }),
      submissionBounty(acme, { kind: 'performance' }),
      submissionBounty(acme, { goal: { metric: 'sales', target: 3 } }),
      submissionBounty(acme, { endsAt: new Date(Date.now() - 2 * DAY).toISOString() }),
    ];
    for (const body of bad)
      expectStatus(await call(acme.owner, 'POST', bountiesUrl(acme), body), 400, 'validation_failed');
    // zod: an unknown field, a zero bonus.
    expectStatus(await call(acme.owner, 'POST', bountiesUrl(acme), { ...submissionBounty(acme), extra: 1 }), 400);
    expectStatus(
      await call(
        acme.owner,
        'POST',
        bountiesUrl(acme),
        submissionBounty(acme, { bonus: { amountMinor: 0, currency: 'USD' } }),
      ),
      400,
    );
    // Another advertiser's program is not found, as one that does not exist.
    expectStatus(
      await call(acme.owner, 'POST', bountiesUrl(acme), { ...submissionBounty(acme), programId: other.program.id }),
      404,
      'not_found',
    );
  });
});

describe('who sees a bounty', () => {
  it("shows only the advertiser's own bounties in its context, and a limited one only to its group or tag", async () => {
    const everyone = await createBounty(acme, submissionBounty(acme, { name: 'For everyone' }));
    const tagged = await createBounty(acme, submissionBounty(acme, { name: 'For VIPs', scope: { tag: 'VIP' } }));
    const gold = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/programs/${acme.program.id}/groups`, {
      name: 'Gold',
      color: 'yellow',
      commissionRateBps: 4_000,
    });
    expectStatus(gold, 201);
    const forGold = await createBounty(
      acme,
      submissionBounty(acme, { name: 'For Gold', scope: { groupId: gold.body.id } }),
    );
    const theirs = await createBounty(other, submissionBounty(other, { name: 'Elsewhere' }));

    const names = async (session: TestSession, a: Advertiser) => {
      const res = await call(session, 'GET', mineUrl(a));
      expectStatus(res, 200);
      return res.body.items.map((b: { id: string }) => b.id);
    };
    const before = await names(acme.affiliateSession, acme);
    expect(before).toContain(everyone);
    expect(before).not.toContain(tagged);
    expect(before).not.toContain(forGold);
    expect(before).not.toContain(theirs);
    // Outside the scope it cannot submit either: not found, as a bounty that does not exist.
    for (const id of [tagged, forGold, theirs])
      expectStatus(
        await call(acme.affiliateSession, 'POST', submitUrl(acme, id), { url: 'https://blog.example/a' }),
        404,
        'not_found',
      );
    // Another advertiser's affiliate never enters acme's context; in its own it sees only its own.
    expectStatus(await call(other.affiliateSession, 'GET', mineUrl(acme)), 404, 'not_found');
    expect(await names(other.affiliateSession, other)).toEqual([theirs]);

    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/affiliates/${acme.affiliate.id}/tags`, { tag: 'vip' }),
      200,
    );
    const after = await call(acme.affiliateSession, 'GET', mineUrl(acme));
    const shown = after.body.items.find((b: { id: string }) => b.id === tagged);
    expect(shown).toMatchObject({ name: 'For VIPs', canSubmit: true, progress: null, open: true, full: false });
    // The tag is the advertiser's own label: nothing of the scope reaches the affiliate.
    expect(JSON.stringify(after.body)).not.toMatch(/vip|scope|groupId/);
  });
});

describe('submission bounties', () => {
  it('submit, reject with a reason, submit again, approve: one bonus line, held like any commission', async () => {
    const p = await payee(acme);
    const id = await createBounty(acme, submissionBounty(acme, { maxWinners: 5 }));
    const first = await call(p.session, 'POST', submitUrl(acme, id), {
      url: 'https://youtube.example/v1',
      note: 'Mine',
    });
    expectStatus(first, 201);
    expect(first.body).toMatchObject({ status: 'pending', url: 'https://youtube.example/v1', note: 'Mine' });
    expectStatus(
      await call(p.session, 'POST', submitUrl(acme, id), { url: 'https://youtube.example/v2' }),
      409,
      'bounty_already_submitted',
    );
    expectStatus(await call(p.session, 'POST', submitUrl(acme, id), { url: 'http://insecure.example/' }), 400);

    const queue = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/bounty-submissions?bountyId=${id}`);
    expectStatus(queue, 200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({ id: first.body.id, bountyName: 'Review us on YouTube', status: 'pending' }),
    ]);
    const ofProgram = (programId: string) =>
      call(acme.owner, 'GET', `/orgs/${acme.org.id}/bounty-submissions?programId=${programId}`);
    expect((await ofProgram(acme.program.id)).body.items.map((i: { id: string }) => i.id)).toContain(first.body.id);
    expect((await ofProgram(uuidv7())).body.items).toEqual([]);
    expect((await call(other.owner, 'GET', `/orgs/${other.org.id}/bounty-submissions`)).body.items).toEqual([]);
    expectStatus(await call(other.owner, 'POST', reviewUrl(other, first.body.id, 'approve')), 404, 'not_found');
    expectStatus(await call(acme.finance, 'POST', reviewUrl(acme, first.body.id, 'approve')), 403);

    const rejected = await call(acme.owner, 'POST', reviewUrl(acme, first.body.id, 'reject'), {
      reason: 'The video is under two minutes',
    });
    expectStatus(rejected, 200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'The video is under two minutes' });
    expectStatus(await call(acme.owner, 'POST', reviewUrl(acme, first.body.id, 'approve')), 409, 'conflict');
    const told = await notified(p.affiliate.id, 'rejected');
    expect(told.title).toBe('Review us on YouTube: your submission was not accepted');
    expect(told.body).toContain('The video is under two minutes.');

    const second = await call(p.session, 'POST', submitUrl(acme, id), { url: 'https://youtube.example/v2' });
    expectStatus(second, 201);
    const approved = await call(acme.owner, 'POST', reviewUrl(acme, second.body.id, 'approve'));
    expectStatus(approved, 200);
    expect(approved.body.status).toBe('approved');

    const lines = await linesOf(p.enrollment.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: 'bounty',
      conversionId: null,
      bountyRef: `${id}:${p.enrollment.id}`,
      amountMinor: 15_000,
      currency: 'USD',
      status: 'pending',
      level: 0,
      beneficiaryId: p.affiliate.id,
      calculation: { rule: 'bounty', bountyId: id, bountyKind: 'submission', holdDays: 30 },
    });
    // The program's 30-day hold, from now.
    expect(Math.abs(lines[0]!.holdUntil.getTime() - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
    expect(await awardsOf(id)).toEqual([
      expect.objectContaining({
        submissionId: second.body.id,
        commissionId: lines[0]!.id,
        enrollmentId: p.enrollment.id,
      }),
    ]);
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, second.body.id), eq(s.auditLog.action, 'bounty.submission_approved')));
    expect(audits).toEqual([expect.objectContaining({ actorId: acme.owner.userId, organizationId: acme.org.id })]);
    expect((await notified(p.affiliate.id, 'approved')).title).toBe(
      'Review us on YouTube: approved, a 150.00 USD bonus',
    );

    const mine = (await call(p.session, 'GET', mineUrl(acme))).body.items.find((b: { id: string }) => b.id === id);
    expect(mine).toMatchObject({
      canSubmit: false,
      award: { amountMinor: 15_000, currency: 'USD', status: 'pending' },
      submissions: [
        { status: 'rejected', reason: 'The video is under two minutes' },
        { status: 'approved', reason: null },
      ],
    });
    // The enrollment's lifetime earnings count the bonus, as the raw lines do.
    expect(await rows(db, CHECKS.enrollment_totals!.rollup)).toEqual(await rows(db, CHECKS.enrollment_totals!.raw));
    expectStatus(await call(acme.owner, 'DELETE', `${bountiesUrl(acme)}/${id}`), 409, 'bounty_in_use');
    await ledgerOk(acme);
  });

  it('gives the last slot to one of two concurrent approvals; the other is bounty_full and stays pending', async () => {
    const [a, b] = await Promise.all([payee(acme), payee(acme)]);
    const id = await createBounty(acme, submissionBounty(acme, { maxWinners: 1, name: 'One winner' }));
    const [sa, sb] = await Promise.all(
      [a, b].map(async (p) => {
        const res = await call(p.session, 'POST', submitUrl(acme, id), { url: 'https://blog.example/post' });
        expectStatus(res, 201);
        return res.body.id as string;
      }),
    );
    const results = await Promise.all(
      [sa!, sb!].map((sid) => call(acme.owner, 'POST', reviewUrl(acme, sid, 'approve'))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('bounty_full');
    expect(await awardsOf(id)).toHaveLength(1);
    const statuses = await db
      .select({ status: s.bountySubmissions.status })
      .from(s.bountySubmissions)
      .where(eq(s.bountySubmissions.bountyId, id));
    expect(statuses.map((r) => r.status).sort()).toEqual(['approved', 'pending']);
    expect([...(await linesOf(a.enrollment.id)), ...(await linesOf(b.enrollment.id))]).toHaveLength(1);
    // Full: a third affiliate cannot submit, and the list says so.
    const c = await payee(acme);
    expectStatus(
      await call(c.session, 'POST', submitUrl(acme, id), { url: 'https://blog.example/x' }),
      409,
      'bounty_full',
    );
    const shown = (await call(c.session, 'GET', mineUrl(acme))).body.items.find((x: { id: string }) => x.id === id);
    expect(shown).toMatchObject({ full: true, canSubmit: false });
  });

  it('takes no submission before the start or for a performance bounty', async () => {
    const later = await createBounty(
      acme,
      submissionBounty(acme, {
        startsAt: new Date(Date.now() + DAY).toISOString(),
        endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      }),
    );
    const perf = await createBounty(
      acme,
      submissionBounty(acme, { kind: 'performance', goal: { metric: 'sales', target: 100 } }),
    );
    expect(
      (await call(acme.affiliateSession, 'GET', mineUrl(acme))).body.items.map((b: { id: string }) => b.id),
    ).not.toContain(later);
    for (const id of [later, perf])
      expectStatus(
        await call(acme.affiliateSession, 'POST', submitUrl(acme, id), { url: 'https://blog.example/a' }),
        409,
        'bounty_not_open',
      );
  });
});

describe('performance bounties', () => {
  let first: Payee;
  let second: Payee;
  let bountyId: string;
  let amountId: string;
  beforeAll(async () => {
    [first, second] = await Promise.all([payee(acme), payee(acme)]);
    bountyId = await createBounty(acme, {
      ...submissionBounty(acme, { name: 'Two sales this week', maxWinners: 1 }),
      kind: 'performance',
      goal: { metric: 'sales', target: 2 },
    });
    amountId = await createBounty(acme, {
      ...submissionBounty(acme, { name: 'Sell 500 dollars' }),
      kind: 'performance',
      goal: { metric: 'sale_amount', target: 50_000 },
    });
  });

  it('shows progress without revenue, then awards the first to cross exactly once, however many runs at once', async () => {
    await sale(first);
    const progress = async (p: Payee, id: string) =>
      (await call(p.session, 'GET', mineUrl(acme))).body.items.find((b: { id: string }) => b.id === id);
    expect(await progress(first, bountyId)).toMatchObject({
      progress: { value: 1, target: 2, percent: 50, reached: false },
      canSubmit: false,
      award: null,
    });
    // Sale amount: the target is the bounty's term; the affiliate's sales total (revenue) never shows.
    expect((await progress(first, amountId)).progress).toEqual({
      value: null,
      target: 50_000,
      percent: 20,
      reached: false,
    });

    await sale(first);
    await sale(second);
    await sale(second);
    const runs = await Promise.all([
      evaluatePerformanceBounties({ ctx: serviceCtx(db), input: undefined }),
      evaluatePerformanceBounties({ ctx: serviceCtx(db), input: undefined }),
    ]);
    expect(runs.reduce((n, r) => n + r, 0)).toBe(1);
    await CRON_JOBS['5 * * * *']!.evaluatePerformanceBounties!(serviceCtx(db));
    const awards = await awardsOf(bountyId);
    expect(awards).toEqual([
      expect.objectContaining({ enrollmentId: first.enrollment.id, value: 2, submissionId: null }),
    ]);
    expect(await linesOf(first.enrollment.id)).toEqual([
      expect.objectContaining({ kind: 'bounty', amountMinor: 15_000, conversionId: null, status: 'pending' }),
    ]);
    expect(await linesOf(second.enrollment.id)).toEqual([]);
    expect(await progress(second, bountyId)).toMatchObject({
      progress: { value: 2, reached: true },
      full: true,
      award: null,
    });
    expect((await notified(first.affiliate.id, 'awarded')).title).toBe(
      'Two sales this week: target reached, a 150.00 USD bonus',
    );
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, first.enrollment.id), eq(s.auditLog.action, 'bounty.awarded')));
    expect(audit).toEqual([expect.objectContaining({ actorId: null, organizationId: acme.org.id })]);
    await ledgerOk(acme);
  });

  it("never counts another advertiser's conversions, and gives another advertiser's affiliates nothing", async () => {
    const theirs = await createBounty(other, {
      ...submissionBounty(other, { name: 'Theirs' }),
      kind: 'performance',
      goal: { metric: 'sales', target: 1 },
    });
    await sale(other);
    await evaluatePerformanceBounties({ ctx: serviceCtx(db), input: undefined });
    expect((await awardsOf(theirs)).map((a) => a.enrollmentId)).toEqual([other.enrollment.id]);
    // acme's two-sales bounty did not gain a winner from other's sale, and other's affiliate has no acme line.
    expect(await awardsOf(bountyId)).toHaveLength(1);
    const acmeLines = await db
      .select()
      .from(s.commissions)
      .where(and(eq(s.commissions.kind, 'bounty'), eq(s.commissions.beneficiaryId, other.affiliate.id)));
    expect(acmeLines.map((l) => l.organizationId)).toEqual([other.org.id]);
  });

  it('pays the bonus line: approved after the hold, then in the proposed payout, the ledger whole', async () => {
    const [line] = await linesOf(first.enrollment.id);
    await db
      .update(s.commissions)
      .set({ holdUntil: new Date(Date.now() - 1000) })
      .where(eq(s.commissions.id, line!.id));
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 100, maxBatches: 1 } });
    const res = await call(acme.finance, 'POST', `/orgs/${acme.org.id}/payouts/propose`);
    expectStatus(res, 200);
    const [after] = await db.select().from(s.commissions).where(eq(s.commissions.id, line!.id));
    expect(after!.status).toBe('in_payout');
    const [link] = await db
      .select()
      .from(s.payoutItemCommissions)
      .where(eq(s.payoutItemCommissions.commissionId, line!.id));
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.id, link!.payoutItemId));
    expect(item).toMatchObject({ affiliateId: first.affiliate.id, currency: 'USD' });
    expect(item!.amountMinor).toBeGreaterThanOrEqual(15_000);
    const mine = (await call(first.session, 'GET', mineUrl(acme))).body.items.find(
      (b: { id: string }) => b.id === bountyId,
    );
    expect(mine.award.status).toBe('in_payout');
    await ledgerOk(acme);
  });
});

describe('the ledger', () => {
  it('refuses a bounty line with a conversion or without its reference, and names one no award booked', async () => {
    const base = {
      organizationId: other.org.id,
      programId: other.program.id,
      beneficiaryId: other.affiliate.id,
      enrollmentId: other.enrollment.id,
      kind: 'bounty' as const,
      amountMinor: 500,
      currency: 'USD',
      holdUntil: new Date(),
    };
    await expect(db.insert(s.commissions).values({ ...base })).rejects.toThrow();
    const [conversion] = await db
      .select({ id: s.conversions.id })
      .from(s.conversions)
      .where(eq(s.conversions.organizationId, other.org.id))
      .limit(1);
    await expect(
      db.insert(s.commissions).values({ ...base, conversionId: conversion!.id, bountyRef: `x:${uuidv7()}` }),
    ).rejects.toThrow();
    const [forged] = await db
      .insert(s.commissions)
      .values({ ...base, bountyRef: `${uuidv7()}:${other.enrollment.id}` })
      .returning();
    const check = await checkLedger({ ctx: serviceCtx(db), input: { organizationId: other.org.id } });
    expect(check.discrepancies).toEqual([
      expect.objectContaining({ kind: 'bounty_line_unawarded', ids: [forged!.id] }),
    ]);
    await ledgerOk(acme);
    await db.delete(s.commissions).where(eq(s.commissions.id, forged!.id));
  });
});
