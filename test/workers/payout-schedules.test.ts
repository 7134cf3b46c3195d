import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { CRON_JOBS } from '../../workers/cron/jobs';
import { PAYOUT_PROPOSAL_CRON } from '../../workers/domain/proposal-time';
import { createAdvertiser, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, statusesOf } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

/** The daily 04:30 UTC proposal job, as the Cron Trigger runs it, at `now`. */
const runCron = (now = new Date()) => CRON_JOBS[PAYOUT_PROPOSAL_CRON]!.proposePayouts!(serviceCtx(db, now));
const schedulePath = (org: Advertiser) => `/orgs/${org.org.id}/programs/${org.program.id}/payout-schedule`;
const setSchedule = async (org: Advertiser, body: object) => {
  const res = await call(org.owner, 'PUT', schedulePath(org), body);
  expectStatus(res, 200);
  return res.body;
};
const batchesOf = (org: Advertiser) =>
  db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, org.org.id));
/** 04:30 UTC on `day` of the month `monthsAhead` after this one. */
const cronAt = (monthsAhead: number, day: number, minutes = 30) => {
  const n = new Date();
  return new Date(Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + monthsAhead, day, 4, minutes));
};

describe('monthly', () => {
  it('proposes on its day, not before, and once a month however often the cron runs', async () => {
    const org = await createAdvertiser(db);
    const schedule = await setSchedule(org, { kind: 'monthly', dayOfMonth: 5 });
    expect(schedule).toMatchObject({ kind: 'monthly', dayOfMonth: 5, thresholdMinor: null, currency: 'USD' });
    expect(new Date(schedule.nextRunAt).getUTCDate()).toBe(5);
    const payee = await addPayee(db, org);
    const [line] = await approvedSales(db, payee, [50_000]);

    await runCron(cronAt(1, 4));
    expect(await batchesOf(org)).toEqual([]);
    expect(await statusesOf(db, [line!.id])).toEqual({ [line!.id]: 'approved' });

    await runCron(cronAt(1, 5));
    const [batch] = await batchesOf(org);
    expect(batch).toMatchObject({ status: 'proposed', totalMinor: line!.amountMinor, createdById: null });
    expect(await statusesOf(db, [line!.id])).toEqual({ [line!.id]: 'in_payout' });

    // A line approved after the month's run waits for next month, however often the cron runs.
    const [later] = await approvedSales(db, payee, [50_000]);
    await runCron(cronAt(1, 5, 40));
    await runCron(cronAt(1, 6));
    expect(await statusesOf(db, [later!.id])).toEqual({ [later!.id]: 'approved' });
    expect((await batchesOf(org)).map((b) => b.totalMinor)).toEqual([line!.amountMinor]);
    const runs = await db.select().from(s.payoutScheduleRuns).where(eq(s.payoutScheduleRuns.programId, org.program.id));
    expect(runs).toEqual([expect.objectContaining({ currency: 'USD', batchId: batch!.id })]);

    const read = await call(org.finance, 'GET', schedulePath(org));
    expectStatus(read, 200);
    expect(read.body.lastRun).toMatchObject({ batchId: batch!.id, currency: 'USD' });

    await runCron(cronAt(2, 5));
    expect(await statusesOf(db, [later!.id])).toEqual({ [later!.id]: 'in_payout' });
  });

  it('a crash inside the proposal loses nothing and doubles nothing: the rerun proposes once', async () => {
    const org = await createAdvertiser(db);
    await setSchedule(org, { kind: 'monthly', dayOfMonth: 7 });
    const payee = await addPayee(db, org);
    const [line] = await approvedSales(db, payee, [50_000]);
    // The item insert fails for this advertiser only, after the period was read and before it is recorded.
    await db.execute(
      sql.raw(`CREATE FUNCTION affiliate.crash_${org.org.id.replaceAll('-', '')}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.organization_id = '${org.org.id}' THEN RAISE EXCEPTION 'crash'; END IF; RETURN NEW; END $$`),
    );
    await db.execute(
      sql.raw(`CREATE TRIGGER crash_${org.org.id.replaceAll('-', '')} BEFORE INSERT ON affiliate.payout_items
        FOR EACH ROW EXECUTE FUNCTION affiliate.crash_${org.org.id.replaceAll('-', '')}()`),
    );
    await expect(runCron(cronAt(1, 7))).rejects.toThrow(/payout proposal failed/);
    await db.execute(sql.raw(`DROP TRIGGER crash_${org.org.id.replaceAll('-', '')} ON affiliate.payout_items`));
    expect(await batchesOf(org)).toEqual([]);
    expect(
      await db.select().from(s.payoutScheduleRuns).where(eq(s.payoutScheduleRuns.programId, org.program.id)),
    ).toEqual([]);
    expect(await statusesOf(db, [line!.id])).toEqual({ [line!.id]: 'approved' });

    await runCron(cronAt(1, 7, 45));
    await runCron(cronAt(1, 8));
    const batches = await batchesOf(org);
    expect(batches.map((b) => [b.status, b.totalMinor])).toEqual([['proposed', line!.amountMinor]]);
  });
});

describe('threshold', () => {
  it('proposes only the affiliates whose balance in the program reaches it', async () => {
    const org = await createAdvertiser(db);
    await setSchedule(org, { kind: 'threshold', thresholdMinor: 20_000 });
    const rich = await addPayee(db, org);
    const poor = await addPayee(db, org);
    const richLines = await approvedSales(db, rich, [40_000, 30_000]); // 12,000 + 9,000
    const [poorLine] = await approvedSales(db, poor, [60_000]); // 18,000: above the minimum, under the threshold

    await runCron();
    await runCron();
    const [batch] = await batchesOf(org);
    expect(batch).toMatchObject({ status: 'proposed', itemCount: 1, totalMinor: 21_000 });
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batch!.id));
    expect(items.map((i) => i.affiliateId)).toEqual([rich.affiliate.id]);
    expect(
      Object.values(
        await statusesOf(
          db,
          richLines.map((l) => l.id),
        ),
      ),
    ).toEqual(['in_payout', 'in_payout']);
    expect(await statusesOf(db, [poorLine!.id])).toEqual({ [poorLine!.id]: 'approved' });
  });
});

describe('manual and the other advertiser', () => {
  it('one advertiser’s schedule never proposes another’s balances; manual waits for finance', async () => {
    const monthly = await createAdvertiser(db);
    const manual = await createAdvertiser(db);
    await setSchedule(monthly, { kind: 'monthly', dayOfMonth: 9 });
    await setSchedule(manual, { kind: 'manual' });
    const [monthlyLine] = await approvedSales(db, await addPayee(db, monthly), [50_000]);
    const [manualLine] = await approvedSales(db, await addPayee(db, manual), [50_000]);

    await runCron(cronAt(1, 9));
    expect(await statusesOf(db, [monthlyLine!.id, manualLine!.id])).toEqual({
      [monthlyLine!.id]: 'in_payout',
      [manualLine!.id]: 'approved',
    });
    expect(await batchesOf(manual)).toEqual([]);
    const [monthlyBatch] = await batchesOf(monthly);
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, monthlyBatch!.id));
    expect(items.every((i) => i.organizationId === monthly.org.id)).toBe(true);

    // The manual program's balances go out when finance proposes by hand.
    const proposed = await call(manual.finance, 'POST', `/orgs/${manual.org.id}/payouts/propose`);
    expectStatus(proposed, 200);
    expect(await statusesOf(db, [manualLine!.id])).toEqual({ [manualLine!.id]: 'in_payout' });

    // Nobody sets or reads another advertiser's program schedule.
    const otherPath = `/orgs/${manual.org.id}/programs/${monthly.program.id}/payout-schedule`;
    expectStatus(await call(manual.owner, 'PUT', otherPath, { kind: 'manual' }), 404, 'not_found');
    expectStatus(await call(manual.owner, 'GET', otherPath), 404, 'not_found');
    expectStatus(await call(manual.owner, 'GET', schedulePath(monthly)), 404, 'not_found');
  });
});

describe('auto-approval', () => {
  const limitsPath = (org: Advertiser) => `/orgs/${org.org.id}/payout-auto-approval`;

  it('the system approves a proposal at or under the limit, audited with the rule', async () => {
    const org = await createAdvertiser(db);
    const set = await call(org.admin, 'PUT', limitsPath(org), { limits: [{ currency: 'USD', limitMinor: 15_000 }] });
    expectStatus(set, 200);
    expect(set.body.limits).toEqual([{ currency: 'USD', limitMinor: 15_000, updatedAt: expect.any(String) }]);
    expect((await call(org.finance, 'GET', limitsPath(org))).body.limits).toHaveLength(1);
    await approvedSales(db, await addPayee(db, org), [50_000]); // 15,000: exactly the limit

    await runCron();
    const [batch] = await batchesOf(org);
    expect(batch).toMatchObject({ status: 'approved', approvedById: null, autoApprovedLimitMinor: 15_000 });
    const parts = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batch!.id));
    expect(parts).toHaveLength(1);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, batch!.id), eq(s.auditLog.action, 'payout_batch.auto_approved')));
    expect(audit).toMatchObject({ actorId: null, actorRole: 'system', organizationId: org.org.id });
    expect(audit!.after).toMatchObject({ rule: 'auto_approval_limit', limitMinor: 15_000, totalMinor: 15_000 });

    const listed = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batch!.id}`);
    expectStatus(listed, 200);
    expect(listed.body.batch.autoApprovedLimitMinor).toBe(15_000);
  });

  it('a proposal by hand under the limit is approved by the system too', async () => {
    const org = await createAdvertiser(db);
    await setSchedule(org, { kind: 'manual' });
    expectStatus(
      await call(org.owner, 'PUT', limitsPath(org), { limits: [{ currency: 'USD', limitMinor: 100_000 }] }),
      200,
    );
    await approvedSales(db, await addPayee(db, org), [50_000]);
    const res = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`);
    expectStatus(res, 200);
    expect(res.body.batches[0]).toMatchObject({ autoApproved: true });
    const [batch] = await batchesOf(org);
    expect(batch).toMatchObject({ status: 'approved', approvedById: null, createdById: org.finance.userId });
  });

  it('over the limit the batch waits for a second person, as without auto-approval', async () => {
    const org = await createAdvertiser(db);
    await call(org.owner, 'PUT', limitsPath(org), { limits: [{ currency: 'USD', limitMinor: 14_999 }] });
    await approvedSales(db, await addPayee(db, org), [50_000]);
    await runCron();
    const [batch] = await batchesOf(org);
    expect(batch).toMatchObject({ status: 'proposed', approvedById: null, autoApprovedLimitMinor: null });
    const approved = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`);
    expectStatus(approved, 200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedById: org.finance.userId,
      autoApprovedLimitMinor: null,
    });
  });

  it('an empty list turns it off; only owners and admins set it', async () => {
    const org = await createAdvertiser(db);
    expectStatus(
      await call(org.finance, 'PUT', limitsPath(org), { limits: [{ currency: 'USD', limitMinor: 1 }] }),
      403,
      'forbidden',
    );
    await call(org.owner, 'PUT', limitsPath(org), { limits: [{ currency: 'USD', limitMinor: 100_000 }] });
    const off = await call(org.owner, 'PUT', limitsPath(org), { limits: [] });
    expectStatus(off, 200);
    expect(off.body.limits).toEqual([]);
    const other = await createAdvertiser(db);
    expectStatus(await call(other.owner, 'GET', limitsPath(org)), 404, 'not_found');
  });
});

describe('bad input', () => {
  it('answers 4xx with a code, and changes nothing', async () => {
    const org = await createAdvertiser(db);
    const bad = [
      { kind: 'monthly', dayOfMonth: 0 },
      { kind: 'monthly', dayOfMonth: 29 },
      { kind: 'monthly', dayOfMonth: 5.5 },
      { kind: 'monthly' },
      { kind: 'threshold', thresholdMinor: 0 },
      { kind: 'threshold', thresholdMinor: -100 },
      { kind: 'threshold', thresholdMinor: 12.5 },
      { kind: 'weekly' },
      { kind: 'manual', dayOfMonth: 5 },
    ];
    for (const body of bad)
      expectStatus(await call(org.owner, 'PUT', schedulePath(org), body), 400, 'validation_failed');
    expectStatus(await call(org.finance, 'PUT', schedulePath(org), { kind: 'manual' }), 403, 'forbidden');
    const unknownProgram = `/orgs/${org.org.id}/programs/${crypto.randomUUID()}/payout-schedule`;
    expectStatus(await call(org.owner, 'PUT', unknownProgram, { kind: 'manual' }), 404, 'not_found');
    expect((await call(org.owner, 'GET', schedulePath(org))).body).toMatchObject({ kind: 'daily', updatedAt: null });

    const limits = `/orgs/${org.org.id}/payout-auto-approval`;
    for (const limit of [
      { currency: 'USD', limitMinor: 0 },
      { currency: 'USD', limitMinor: -1 },
      { currency: 'ZZZ', limitMinor: 100 },
      { currency: 'usd', limitMinor: 100 },
    ])
      expectStatus(await call(org.owner, 'PUT', limits, { limits: [limit] }), 400, 'validation_failed');
    expectStatus(
      await call(org.owner, 'PUT', limits, {
        limits: [
          { currency: 'USD', limitMinor: 100 },
          { currency: 'USD', limitMinor: 200 },
        ],
      }),
      400,
      'validation_failed',
    );
    const notPaid = await call(org.owner, 'PUT', limits, { limits: [{ currency: 'NGN', limitMinor: 100 }] });
    expectStatus(notPaid, 400, 'payout_currency_unsupported');
    expect(notPaid.body.error.details).toEqual({ currency: 'NGN' });
    expect((await call(org.owner, 'GET', limits)).body.limits).toEqual([]);
  });
});
