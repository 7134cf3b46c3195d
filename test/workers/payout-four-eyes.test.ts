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
  it('is on for a new organization', async () => {
    const founder = await createUserSession(db);
    const res = await call(founder, 'POST', '/orgs', { name: 'Four Eyes Ltd' });
    expectStatus(res, 201);
    expect(res.body.payoutFourEyes).toBe(true);
    const org = await createAdvertiser(db);
    expect((await call(org.finance, 'GET', `/orgs/${org.org.id}`)).body.payoutFourEyes).toBe(true);
  });

  it('owners and admins switch it, audited; finance, support and other tenants cannot', async () => {
    const org = await createAdvertiser(db);
    const other = await createAdvertiser(db);
    const support = await createStaff(db, 'support');
    const url = `/orgs/${org.org.id}`;
    expectStatus(await call(org.finance, 'PATCH', url, { payoutFourEyes: false }), 403, 'forbidden');
    expectStatus(await call(support, 'PATCH', url, { payoutFourEyes: false }), 403, 'forbidden');
    expectStatus(await call(other.owner, 'PATCH', url, { payoutFourEyes: false }), 404, 'not_found');
    expectStatus(await call(org.owner, 'PATCH', url, { payoutFourEyes: 'no' }), 400, 'validation_failed');
    const [still] = await db.select().from(s.organizations).where(eq(s.organizations.id, org.org.id));
    expect(still?.payoutFourEyes).toBe(true);

    const off = await call(org.owner, 'PATCH', url, { payoutFourEyes: false });
    expectStatus(off, 200);
    expect(off.body.payoutFourEyes).toBe(false);
    expectStatus(await call(org.admin, 'PATCH', url, { payoutFourEyes: true }), 200);
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'organization.updated'), eq(s.auditLog.targetId, org.org.id)))
      .orderBy(s.auditLog.id);
    expect(audits.map((a) => [a.actorId, (a.before as any).payoutFourEyes, (a.after as any).payoutFourEyes])).toEqual([
      [org.owner.userId, true, false],
      [org.admin.userId, false, true],
    ]);
    // The other tenant's setting is its own.
    const [theirs] = await db.select().from(s.organizations).where(eq(s.organizations.id, other.org.id));
    expect(theirs?.payoutFourEyes).toBe(true);
  });
});

describe('four eyes on: proposer, approver and sender are three people', () => {
  it('the proposer cannot approve; neither the proposer nor the approver can send; a third person can', async () => {
    const org = await createAdvertiser(db);
    const batchId = await batchFor(org, org.finance);
    refused(await call(org.finance, 'POST', path(org, batchId, 'approve')), 'approver_is_proposer', true);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    refused(await call(org.finance, 'POST', path(org, batchId, 'send')), 'sender_is_proposer', true);
    refused(await call(org.owner, 'POST', path(org, batchId, 'send')), 'sender_is_approver', true);
    const [batch] = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId));
    expect(batch?.status).toBe('approved');
    const third = await addMember(db, org.org.id, 'finance');
    expectStatus(await call(third, 'POST', path(org, batchId, 'send')), 200);
  });

  it('a batch the cron proposed: the approver still cannot send', async () => {
    const org = await createAdvertiser(db);
    const batchId = await batchFor(org, null);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'approve')), 200);
    refused(await call(org.finance, 'POST', path(org, batchId, 'send')), 'sender_is_approver', true);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'send')), 200);
  });
});

describe('four eyes off: only proposer ≠ approver', () => {
  it('the proposer still cannot approve, but the approver may send', async () => {
    const org = await createAdvertiser(db);
    await setFourEyes(org, false);
    const batchId = await batchFor(org, org.finance);
    refused(await call(org.finance, 'POST', path(org, batchId, 'approve')), 'approver_is_proposer', false);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'send')), 200);
  });

  it('the proposer may send what someone else approved', async () => {
    const org = await createAdvertiser(db);
    await setFourEyes(org, false);
    const batchId = await batchFor(org, org.finance);
    expectStatus(await call(org.owner, 'POST', path(org, batchId, 'approve')), 200);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'send')), 200);
  });

  it('a batch the cron proposed: one person may approve and send', async () => {
    const org = await createAdvertiser(db);
    await setFourEyes(org, false);
    const batchId = await batchFor(org, null);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'approve')), 200);
    expectStatus(await call(org.finance, 'POST', path(org, batchId, 'send')), 200);
  });

  it("one organization's setting does not loosen another's", async () => {
    const loose = await createAdvertiser(db);
    const strict = await createAdvertiser(db);
    await setFourEyes(loose, false);
    const batchId = await batchFor(strict, strict.finance);
    expectStatus(await call(strict.owner, 'POST', path(strict, batchId, 'approve')), 200);
    refused(await call(strict.owner, 'POST', path(strict, batchId, 'send')), 'sender_is_approver', true);
  });
});
