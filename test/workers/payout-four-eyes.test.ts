import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { proposePayouts } from '../../workers/services/payouts';
import { addMember, createAdvertiser, createStaff, type Advertiser } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { addPayee, approvedSales } from '../payouts';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const path = (org: Advertiser, batchId: string, action: string) => `/orgs/${org.org.id}/payouts/${batchId}/${action}`;
const setFourEyes = (org: Advertiser, on: boolean) =>
  db.update(s.organizations).set({ payoutFourEyes: on }).where(eq(s.organizations.id, org.org.id));
/** Owner and finance only: the admin createAdvertiser adds has no payout role anyway, but a team of two is exactly two. */
const teamOfTwo = async () => {
  const org = await createAdvertiser(db);
  await db.delete(s.memberships).where(eq(s.memberships.userId, org.admin.userId));
  return org;
};
const detail = (who: TestSession, org: Advertiser, batchId: string) =>
  call(who, 'GET', `/orgs/${org.org.id}/payouts/${batchId}`);
const allowed = (res: ApiResult<any>) =>
  Object.fromEntries(
    (res.body.duties.allowedActions as { action: string; allowed: boolean; reason: string | null }[]).map((a) => [
      a.action,
      a.allowed ? 'yes' : a.reason,
    ]),
  );

/** An advertiser with a proposed batch: proposed by `proposer`, or by the cron when null. */
async function batchFor(org: Advertiser, proposer: TestSession | null): Promise<string> {
  const payee = await addPayee(db, org);
  await approvedSales(db, payee, [50_000]);
  if (proposer) return (await call(proposer, 'POST', `/orgs/${org.org.id}/payouts/propose`)).body.batches[0].batchId;
  return (await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).batches[0]!.batchId;
}

const refused = (res: ApiResult<any>, rule: string, fourEyes: boolean) => {
  expectStatus(res, 403, 'separation_of_duties');
  expect(res.body.error.details).toEqual({ rule, fourEyes });
};

describe('the setting', () => {
  it('is off (two people) for a new organization', async () => {
    const founder = await createUserSession(db);
    const res = await call(founder, 'POST', '/orgs', { name: 'Four Eyes Ltd' });
    expectStatus(res, 201);
    expect(res.body.payoutFourEyes).toBe(false);
    const org = await createAdvertiser(db);
    expect((await call(org.finance, 'GET', `/orgs/${org.org.id}`)).body.payoutFourEyes).toBe(false);
  });

  it('owners and admins switch it, audited; finance, support and other tenants cannot', async () => {
    const org = await createAdvertiser(db);
    await addMember(db, org.org.id, 'finance');
    const other = await createAdvertiser(db);
    const support = await createStaff(db, 'support');
    const url = `/orgs/${org.org.id}`;
    expectStatus(await call(org.finance, 'PATCH', url, { payoutFourEyes: true }), 403, 'forbidden');
    expectStatus(await call(support, 'PATCH', url, { payoutFourEyes: true }), 403, 'forbidden');
    expectStatus(await call(other.owner, 'PATCH', url, { payoutFourEyes: true }), 404, 'not_found');
    expectStatus(await call(org.owner, 'PATCH', url, { payoutFourEyes: 'no' }), 400, 'validation_failed');
    const [still] = await db.select().from(s.organizations).where(eq(s.organizations.id, org.org.id));
    expect(still?.payoutFourEyes).toBe(false);

    const on = await call(org.owner, 'PATCH', url, { payoutFourEyes: true });
    expectStatus(on, 200);
    expect(on.body.payoutFourEyes).toBe(true);
    expectStatus(await call(org.admin, 'PATCH', url, { payoutFourEyes: false }), 200);
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'organization.updated'), eq(s.auditLog.targetId, org.org.id)))
      .orderBy(s.auditLog.id);
    expect(audits.map((a) => [a.actorId, (a.before as any).payoutFourEyes, (a.after as any).payoutFourEyes])).toEqual([
      [org.owner.userId, false, true],
      [org.admin.userId, true, false],
    ]);
    // The other tenant's setting is its own.
    const [theirs] = await db.select().from(s.organizations).where(eq(s.organizations.id, other.org.id));
    expect(theirs?.payoutFourEyes).toBe(false);
  });

  it('the strict rule is refused for a team that cannot satisfy it (fewer than three owners and finance members)', async () => {
    const org = await createAdvertiser(db); // owner, admin, finance: two people may pay
    const res = await call(org.owner, 'PATCH', `/orgs/${org.org.id}`, { payoutFourEyes: true });
    expectStatus(res, 409, 'payout_rule_unsatisfiable');
    expect(res.body.error.details).toEqual({ payoutMembers: 2, needed: 3 });
    expect(res.body.error.message).toMatch(/at least 3/);
    const [still] = await db.select().from(s.organizations).where(eq(s.organizations.id, org.org.id));
    expect(still?.payoutFourEyes).toBe(false);
    // Another admin does not help; a third finance member does.
    await addMember(db, org.org.id, 'admin');
    expectStatus(await call(org.owner, 'PATCH', `/orgs/${org.org.id}`, { payoutFourEyes: true }), 409);
    await addMember(db, org.org.id, 'finance');
    expectStatus(await call(org.owner, 'PATCH', `/orgs/${org.org.id}`, { payoutFourEyes: true }), 200);
    // Other changes of an organization already strict are not refused for it.
    expectStatus(await call(org.owner, 'PATCH', `/orgs/${org.org.id}`, { name: 'Renamed' }), 200);
  });
});

describe('the default rule: a team of two pays', () => {
  it('propose → approve → send with the approver as sender; the proposer is not offered approve', async () => {
    const org = await teamOfTwo();
    const batchId = await batchFor(org, org.finance);
    const asProposer = await detail(org.finance, org, batchId);
    expectStatus(asProposer, 200);
    expect(asProposer.body.duties).toMatchObject({
      rule: 'two_people',
      proposedBy: { id: org.finance.userId, email: expect.any(String) },
      approvedBy: null,
      sentBy: null,
      nextStep: 'approve',
      eligible: [expect.objectContaining({ id: org.owner.userId })],
    });
    expect(allowed(asProposer)).toEqual({
      approve: 'approver_is_proposer',
      send: 'status',
      cancel: 'yes',
      exclude: 'yes',
    });
    expect(allowed(await detail(org.owner, org, batchId))).toMatchObject({ approve: 'yes' });
    refused(await call(org.finance, 'POST', path(org, batchId, 'approve')), 'approver_is_proposer', false);

    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    const approved = await detail(org.owner, org, batchId);
    expect(approved.body.duties).toMatchObject({
      approvedBy: { id: org.owner.userId },
      nextStep: 'send',
      eligible: expect.arrayContaining([
        expect.objectContaining({ id: org.owner.userId }),
        expect.objectContaining({ id: org.finance.userId }),
      ]),
    });
    expect(allowed(approved)).toEqual({ approve: 'status', send: 'yes', cancel: 'yes', exclude: 'status' });

    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'send')), 200);
    const sent = await detail(org.finance, org, batchId);
    expect(sent.body.duties).toMatchObject({
      proposedBy: { id: org.finance.userId },
      approvedBy: { id: org.owner.userId },
      sentBy: { id: org.owner.userId },
      nextStep: 'wait_for_paypal',
      eligible: [],
    });
    expect(Object.values(allowed(sent))).toEqual(['status', 'status', 'status', 'status']);
  });

  it('the proposer may send what someone else approved', async () => {
    const org = await teamOfTwo();
    const batchId = await batchFor(org, org.finance);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'send')), 200);
  });

  it('a batch the cron proposed: anyone eligible approves it, and may send it', async () => {
    const org = await teamOfTwo();
    const batchId = await batchFor(org, null);
    const view = await detail(org.finance, org, batchId);
    expect(view.body.duties.proposedBy).toBeNull();
    expect(view.body.duties.eligible.map((p: { id: string }) => p.id).sort()).toEqual(
      [org.owner.userId, org.finance.userId].sort(),
    );
    expect(allowed(view)).toMatchObject({ approve: 'yes' });
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'approve')), 200);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'send')), 200);
  });

  it('an admin and support are shown why they cannot act', async () => {
    const org = await createAdvertiser(db);
    const support = await createStaff(db, 'support');
    const batchId = await batchFor(org, null);
    expect(allowed(await detail(support, org, batchId))).toMatchObject({ approve: 'read_only', cancel: 'read_only' });
    const staff = await createStaff(db, 'platform_owner');
    expect(allowed(await detail(staff, org, batchId))).toMatchObject({ approve: 'yes', cancel: 'yes' });
  });
});

describe('the strict rule: proposer, approver and sender are three people', () => {
  it('the proposer cannot approve; neither the proposer nor the approver can send; a third person can', async () => {
    const org = await createAdvertiser(db);
    await setFourEyes(org, true);
    const batchId = await batchFor(org, org.finance);
    refused(await call(org.finance, 'POST', path(org, batchId, 'approve')), 'approver_is_proposer', true);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    const third = await addMember(db, org.org.id, 'finance');
    const view = await detail(org.owner, org, batchId);
    expect(view.body.duties).toMatchObject({ rule: 'three_people', nextStep: 'send' });
    expect(view.body.duties.eligible.map((p: { id: string }) => p.id)).toEqual([third.userId]);
    expect(allowed(view)).toMatchObject({ send: 'sender_is_approver' });
    expect(allowed(await detail(org.finance, org, batchId))).toMatchObject({ send: 'sender_is_proposer' });
    refused(await call(org.finance, 'POST', path(org, batchId, 'send')), 'sender_is_proposer', true);
    refused(await call(org.owner, 'POST', path(org, batchId, 'send')), 'sender_is_approver', true);
    const [batch] = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId));
    expect(batch?.status).toBe('approved');
    expect(allowed(await detail(third, org, batchId))).toMatchObject({ send: 'yes' });
    expectStatus(await call(third, 'POST', path(org, batchId, 'send')), 200);
  });

  it('a batch the cron proposed: the approver still cannot send', async () => {
    const org = await createAdvertiser(db);
    await setFourEyes(org, true);
    const batchId = await batchFor(org, null);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'approve')), 200);
    refused(await call(org.finance, 'POST', path(org, batchId, 'send')), 'sender_is_approver', true);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'send')), 200);
  });

  it("one organization's setting does not tighten another's", async () => {
    const loose = await createAdvertiser(db);
    const strict = await createAdvertiser(db);
    await setFourEyes(strict, true);
    const batchId = await batchFor(loose, loose.finance);
    expectStatus(await call(loose.owner, 'POST', path(loose, batchId, 'approve')), 200);
    expectStatus(await call(loose.owner, 'POST', path(loose, batchId, 'send')), 200);
  });
});
