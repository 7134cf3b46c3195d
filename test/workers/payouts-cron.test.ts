import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { CRON_JOBS } from '../../workers/cron/jobs';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, itemsOf } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const run = (cron: string, at = new Date()) =>
  worker.scheduled(createScheduledController({ cron, scheduledTime: at.getTime() }), env);

describe('payout cron jobs', () => {
  it('are wired to their triggers', () => {
    expect(Object.keys(CRON_JOBS['30 4 * * *']!)).toEqual(['proposePayouts']);
    expect(Object.keys(CRON_JOBS['*/10 * * * *']!)).toEqual(['pollPayoutResults']);
    expect(Object.keys(CRON_JOBS['* * * * *']!)).toContain('resumePayoutSends');
  });

  it('the daily job proposes with nobody as creator, and the 10-minute job collects the results', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org);
    const lines = await approvedSales(db, payee, [50_000]);
    await run('30 4 * * *');
    const [batch] = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, org.org.id));
    expect(batch).toMatchObject({ status: 'proposed', createdById: null, totalMinor: 15_000, itemCount: 1 });
    // With no person as creator, the approver's colleague may send.
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/approve`), 200);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batch!.id}/send`), 200);
    await eventually(
      async () => {
        await run('*/10 * * * *');
        const [item] = await itemsOf(db, batch!.id);
        return item!.status === 'success' ? item : undefined;
      },
      30_000,
      'the polled result',
    );
    const [line] = await db.select().from(s.commissions).where(eq(s.commissions.id, lines[0]!.id));
    expect(line).toMatchObject({ status: 'paid', paidAt: expect.any(Date) });
    expect((await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batch!.id)))[0]!.status).toBe(
      'completed',
    );
    // A second daily run finds nothing new to propose.
    await run('30 4 * * *');
    expect(await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, org.org.id))).toHaveLength(
      1,
    );
  });
});
