import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { AppError } from '../../workers/errors/app-error';
import { listBalances, checkLedger } from '../../workers/services/finance';
import { applyItemResult } from '../../workers/services/payouts/apply-item-result';
import {
  getPayoutBatch,
  pollPayoutResults,
  proposePayouts,
  resumePayoutSends,
  startPayoutSend,
} from '../../workers/services/payouts';
import { addMember, createAdvertiser, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, createCalls, itemsOf, paypalControl, statusesOf, webhooksOf } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const ledgerOk = async (org: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual([]);
const balanceOf = async (org: Advertiser, affiliateId: string) =>
  (await listBalances({ ctx: serviceCtx(db), input: { organizationId: org.org.id, affiliateId } }))[0]!;

/** Payees with these PayPal tags (see dev/paypal-server/outcomes.ts), $150.00 approved each, proposed by the cron and approved by finance. */
async function approvedBatch(tags: string[]) {
  const org = await createAdvertiser(db);
  const payees = [];
  for (const tag of tags) {
    const tagged = tag ? `+${tag}` : '';
    const p = await addPayee(db, org, { paypalEmail: `payee-${crypto.randomUUID().slice(0, 8)}${tagged}@example.com` });
    payees.push({ tag, payee: p, lines: await approvedSales(db, p, [50_000]) });
  }
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  return { org, payees, batchId };
}

/** Polls PayPal (as the cron does) until none of the batch's items is pending. */
const settle = (batchId: string) =>
  eventually(
    async () => {
      await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
      const items = await itemsOf(db, batchId);
      return items.every((i) => i.status !== 'pending') ? items : undefined;
    },
    30_000,
    'item results',
  );

describe('sending', () => {
  it('sends, then applies every item status with its effect on the balance', async () => {
    const { org, payees, batchId } = await approvedBatch([
      '',
      'failed',
      'unclaimed',
      'returned',
      'blocked',
      'refunded',
      'onhold',
    ]);
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(res, 200);
    expect(res.body.parts).toEqual({ [batchId]: 'sent' });
    expect(res.body.batch).toMatchObject({
      status: 'sent',
      sentById: org.owner.userId,
      paypalBatchId: expect.any(String),
    });
    expect(await createCalls(batchId)).toEqual(expect.objectContaining({ createPayoutCalls: 1, batches: 1 }));

    const items = await settle(batchId);
    const byTag = Object.fromEntries(
      payees.map(({ tag, payee }) => [tag || 'success', items.find((i) => i.affiliateId === payee.affiliate.id)!]),
    );
    expect(Object.fromEntries(Object.entries(byTag).map(([tag, i]) => [tag, i.status]))).toEqual({
      success: 'success',
      failed: 'failed',
      unclaimed: 'unclaimed',
      returned: 'returned',
      blocked: 'blocked',
      refunded: 'refunded',
      onhold: 'onhold',
    });
    expect(byTag.success).toMatchObject({
      paidAt: expect.any(Date),
      paypalItemId: expect.any(String),
      paypalTransactionId: expect.any(String),
    });
    expect(byTag.failed!.failureReason).toMatch(/locked/i);

    const balance = (tag: string) => balanceOf(org, payees.find((p) => p.tag === tag)!.payee.affiliate.id);
    expect(await balance('')).toMatchObject({ paidMinor: 15_000, inPayoutMinor: 0, approvedMinor: 0 });
    for (const tag of ['failed', 'returned', 'blocked', 'refunded'])
      expect(await balance(tag)).toMatchObject({ paidMinor: 0, inPayoutMinor: 0, approvedMinor: 15_000 });
    for (const tag of ['unclaimed', 'onhold'])
      expect(await balance(tag)).toMatchObject({ paidMinor: 0, inPayoutMinor: 15_000, approvedMinor: 0 });
    const failedLines = payees.find((p) => p.tag === 'failed')!.lines;
    expect(
      await db
        .select()
        .from(s.payoutItemCommissions)
        .where(eq(s.payoutItemCommissions.commissionId, failedLines[0]!.id)),
    ).toEqual([]);
    // Unclaimed and on hold keep the batch open.
    expect((await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId)))[0]!.status).toBe('sent');
    await ledgerOk(org);

    // The affiliates hear about paid and unclaimed items (in-app, through the notifications queue).
    const unclaimedPayee = payees.find((p) => p.tag === 'unclaimed')!.payee.affiliate.id;
    for (const userId of [payees[0]!.payee.affiliate.id, unclaimedPayee]) {
      await eventually(
        async () => {
          const rows = await db
            .select()
            .from(s.notifications)
            .where(and(eq(s.notifications.userId, userId), eq(s.notifications.event, 'payout')));
          return rows.length > 0 ? rows : undefined;
        },
        30_000,
        'payout notification',
      );
    }

    // The unclaimed notice names the day PayPal returns the money (30 days after sending) and the address to
    // claim with; a failure says why in words, with PayPal's error name kept for the dashboard only.
    const [sentBatch] = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId));
    const claimBy = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(sentBatch!.sentAt!.getTime() + 30 * 86_400_000),
    );
    const unclaimedNote = await eventually(
      async () =>
        (
          await db
            .select()
            .from(s.notifications)
            .where(and(eq(s.notifications.userId, unclaimedPayee), eq(s.notifications.event, 'payout')))
        ).find((r) => r.title.startsWith('Claim')),
      30_000,
      'unclaimed payout notification',
    );
    expect(unclaimedNote!.body).toContain(`with ${byTag.unclaimed!.receiverEmail} by ${claimBy}`);
    expect(byTag.failed!.failureCode).toBe('RECEIVER_ACCOUNT_LOCKED');
    const failedNotes = await eventually(
      async () => {
        const rows = await db
          .select()
          .from(s.notifications)
          .where(
            and(
              eq(s.notifications.userId, payees.find((p) => p.tag === 'failed')!.payee.affiliate.id),
              eq(s.notifications.event, 'payout'),
            ),
          );
        return rows.some((r) => r.title.includes('failed')) ? rows : undefined;
      },
      30_000,
      'failed payout notification',
    );
    const failedNote = failedNotes.find((r) => r.title.includes('failed'))!;
    expect(failedNote.body).toContain('locked or inactive. Contact PayPal');
    expect(failedNote.body).not.toMatch(/RECEIVER_|Receiver account/);

    // Later results: PayPal returns the unclaimed item after 30 days, releases the held one, and
    // takes back the successful one (a reversal): each moves the money once, a repeat nothing.
    const apply = (item: (typeof items)[number], status: 'RETURNED' | 'SUCCESS' | 'PENDING' | 'REVERSED') =>
      applyItemResult({
        ctx: serviceCtx(db),
        input: {
          payoutItemId: item.id,
          paypalItemId: item.paypalItemId,
          transactionStatus: status,
          transactionId: null,
          error: null,
        },
      });
    expect(await apply(byTag.onhold!, 'SUCCESS')).toMatchObject({
      outcome: 'applied',
      transition: 'pay',
      status: 'success',
    });
    expect(await apply(byTag.onhold!, 'SUCCESS')).toMatchObject({ outcome: 'unchanged' });
    expect(await apply(byTag.onhold!, 'PENDING')).toMatchObject({ outcome: 'unchanged' });
    expect(await balance('onhold')).toMatchObject({ paidMinor: 15_000, inPayoutMinor: 0 });
    expect(await apply(byTag.unclaimed!, 'RETURNED')).toMatchObject({ transition: 'return', status: 'returned' });
    expect(await balance('unclaimed')).toMatchObject({ approvedMinor: 15_000, inPayoutMinor: 0 });
    expect((await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId)))[0]).toMatchObject({
      status: 'completed',
      completedAt: expect.any(Date),
    });
    expect(await apply(byTag.success!, 'REVERSED')).toMatchObject({ transition: 'reverse', status: 'reversed' });
    expect(await balance('')).toMatchObject({ paidMinor: 0, approvedMinor: 15_000 });
    expect(await apply(byTag.success!, 'REVERSED')).toMatchObject({ outcome: 'unchanged' });
    await ledgerOk(org);

    // Money returned to the balance is paid again by the next batch.
    const again = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    expect(again.batches[0]).toMatchObject({ created: true, itemsAdded: 6, totalMinor: 6 * 15_000 });
    await ledgerOk(org);
  });

  it('with the strict rule, needs a sender other than the creator and the approver', async () => {
    const org = await createAdvertiser(db);
    await db.update(s.organizations).set({ payoutFourEyes: true }).where(eq(s.organizations.id, org.org.id));
    const payee = await addPayee(db, org);
    await approvedSales(db, payee, [50_000]);
    const proposed = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/propose`);
    const batchId = proposed.body.batches[0].batchId as string;
    await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`);
    expectStatus(
      await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
      403,
      'separation_of_duties',
    );
    expectStatus(
      await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
      403,
      'separation_of_duties',
    );
    expectStatus(await call(org.admin, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 403, 'forbidden');
    const second = await addMember(db, org.org.id, 'finance');
    expectStatus(await call(second, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const audit = await db
      .select({ action: s.auditLog.action, actorId: s.auditLog.actorId })
      .from(s.auditLog)
      .where(eq(s.auditLog.targetId, batchId));
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'payout_batch.proposed', actorId: org.owner.userId },
        { action: 'payout_batch.approved', actorId: org.finance.userId },
        { action: 'payout_batch.sent', actorId: second.userId },
      ]),
    );
  });

  it('answers payouts_not_configured without PayPal credentials, as the batch page said before', async () => {
    const { org, batchId } = await approvedBatch(['']);
    const owner = {
      actor: { userId: org.owner.userId, platformRole: 'none' as const },
      tenant: { kind: 'advertiser' as const, organizationId: org.org.id, role: 'owner' as const },
    };
    const sendState = async (c: ServiceContext) => {
      const { duties } = await getPayoutBatch({ ctx: c, input: { batchId, limit: 50 } });
      return { rails: duties.unconfiguredRails, send: duties.actions.find((a) => a.action === 'send') };
    };
    const ctx = { ...serviceCtx(db), config: { ...serviceCtx(db).config, PAYPAL_CLIENT_SECRET: undefined }, ...owner };
    expect(await sendState({ ...serviceCtx(db), ...owner })).toEqual({
      rails: [],
      send: { action: 'send', allowed: true, reason: null },
    });
    expect(await sendState(ctx)).toEqual({
      rails: ['paypal'],
      send: { action: 'send', allowed: false, reason: 'not_configured' },
    });
    await expect(startPayoutSend({ ctx, input: { batchId } })).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === 'payouts_not_configured',
    );
    expect((await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId)))[0]!.status).toBe(
      'approved',
    );
  });

  it('two concurrent sends make one PayPal payout', async () => {
    const { org, batchId } = await approvedBatch(['', '']);
    const sender2 = await addMember(db, org.org.id, 'finance');
    const [a, b] = await Promise.all([
      call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
      call(sender2, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await createCalls(batchId)).toEqual(expect.objectContaining({ createPayoutCalls: 1, batches: 1 }));
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 409, 'conflict');
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/cancel`), 409, 'conflict');
  });

  it('a batch PayPal denies as a whole fails its items and returns the money to the balance', async () => {
    const { org, payees, batchId } = await approvedBatch(['', '']);
    await paypalControl('POST', `deny?senderBatchId=${encodeURIComponent(batchId)}`);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const part = await eventually(
      async () => {
        await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
        const [row] = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId));
        return row?.status === 'failed' ? row : undefined;
      },
      30_000,
      'denied part',
    );
    expect(part).toMatchObject({ status: 'failed', paypalStatus: 'DENIED' });
    expect((await itemsOf(db, batchId)).map((i) => i.status)).toEqual(['failed', 'failed']);
    for (const { lines, payee } of payees) {
      expect(
        Object.values(
          await statusesOf(
            db,
            lines.map((l) => l.id),
          ),
        ),
      ).toEqual(['approved']);
      expect(await balanceOf(org, payee.affiliate.id)).toMatchObject({
        approvedMinor: 15_000,
        inPayoutMinor: 0,
        paidMinor: 0,
      });
    }
    await ledgerOk(org);
  });

  it('a crash between PayPal accepting and us recording recovers without a second payment', async () => {
    const { org, payees, batchId } = await approvedBatch(['', '']);
    // PayPal pays, then answers 500; and every retry of the request fails too: we cannot know.
    await paypalControl('POST', 'faults', {
      path: '/v1/payments/payouts',
      method: 'POST',
      status: 'accept_then_500',
      senderBatchId: batchId,
    });
    await paypalControl('POST', 'faults', {
      path: '/v1/payments/payouts',
      method: 'POST',
      status: 500,
      times: 3,
      senderBatchId: batchId,
    });
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(res, 200);
    expect(res.body.parts).toEqual({ [batchId]: 'unsure' });
    expect(res.body.batch.status).toBe('sending');
    const [part] = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId));
    expect(part).toMatchObject({
      status: 'sending',
      attempts: 1,
      paypalBatchId: null,
      lastError: expect.stringMatching(/unavailable/i),
    });
    expect(await createCalls(batchId)).toEqual(expect.objectContaining({ createPayoutCalls: 4, batches: 1 }));

    // Too early: a claim younger than two minutes belongs to whoever made it.
    expect((await resumePayoutSends({ ctx: serviceCtx(db), input: { limit: 10 } })).batches).toBe(0);
    const later = new Date(Date.now() + 3 * 60_000);
    const resumed = await resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } });
    expect(resumed.results.find((r) => r.batchId === batchId)).toMatchObject({
      status: 'sent',
      parts: { [batchId]: 'sent' },
    });
    expect(
      (await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId)))[0],
    ).toMatchObject({ status: 'sent', attempts: 2, paypalBatchId: expect.any(String), lastError: null });
    // The re-send was answered "already used" and resolved to the original: still one PayPal payout.
    expect(await createCalls(batchId)).toEqual(expect.objectContaining({ createPayoutCalls: 5, batches: 1 }));

    const items = await settle(batchId);
    expect(items.map((i) => i.status)).toEqual(['success', 'success']);
    for (const { lines, payee } of payees) {
      expect(
        Object.values(
          await statusesOf(
            db,
            lines.map((l) => l.id),
          ),
        ),
      ).toEqual(['paid']);
      expect(await balanceOf(org, payee.affiliate.id)).toMatchObject({
        paidMinor: 15_000,
        inPayoutMinor: 0,
        approvedMinor: 0,
      });
    }
    await ledgerOk(org);
  });
});

describe('webhooks', () => {
  const post = (body: string, headers: Record<string, string>) =>
    call(null, 'POST', '/v1/paypal/webhooks', body, headers);

  it('refuses a bad signature, applies genuine deliveries once, and ignores redeliveries', async () => {
    const { org, payees, batchId } = await approvedBatch(['', 'failed']);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const hooks = await eventually(
      async () => {
        const list = await webhooksOf(batchId);
        return list.filter((h) => h.eventType.startsWith('PAYMENT.PAYOUTS-ITEM')).length === 2 ? list : undefined;
      },
      30_000,
      'item webhooks',
    );
    const itemHooks = hooks.filter((h) => h.eventType.startsWith('PAYMENT.PAYOUTS-ITEM'));

    // A forged delivery of a genuine event id: refused, stored unverified, and it does not block the real one.
    const forged = await post(itemHooks[0]!.body, { ...itemHooks[0]!.headers, 'paypal-transmission-sig': 'Zm9yZ2Vk' });
    expectStatus(forged, 400, 'invalid_signature');
    expectStatus(await post(itemHooks[0]!.body, {}), 400, 'invalid_signature');
    const eventId = (JSON.parse(itemHooks[0]!.body) as { id: string }).id;
    expect(
      (await db.select().from(s.paypalWebhookEvents).where(eq(s.paypalWebhookEvents.eventId, eventId)))[0],
    ).toMatchObject({ verified: false, processedAt: null });
    expect((await itemsOf(db, batchId)).map((i) => i.status)).toEqual(['pending', 'pending']);

    for (const hook of hooks) {
      const res = await post(hook.body, hook.headers);
      expectStatus(res, 200);
      expect(res.body.duplicate).toBe(false);
    }
    const items = await itemsOf(db, batchId);
    const statusOf = (tag: string) =>
      items.find((i) => i.affiliateId === payees.find((p) => p.tag === tag)!.payee.affiliate.id)!.status;
    expect([statusOf(''), statusOf('failed')]).toEqual(['success', 'failed']);
    expect(
      (await db.select().from(s.paypalWebhookEvents).where(eq(s.paypalWebhookEvents.eventId, eventId)))[0],
    ).toMatchObject({ verified: true, processedAt: expect.any(Date) });

    const before = await balanceOf(org, payees[0]!.payee.affiliate.id);
    const redelivered = await Promise.all(itemHooks.map((h) => post(h.body, h.headers)));
    for (const res of redelivered) expect(res.body).toMatchObject({ duplicate: true });
    expect(await balanceOf(org, payees[0]!.payee.affiliate.id)).toEqual(before);
    expect((await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId)))[0]!.status).toBe(
      'completed',
    );
    expectStatus(await post('{"nope":', { 'content-type': 'application/json' }), 400, 'invalid_json');
    expectStatus(await post('{}', {}), 400, 'validation_failed');
    await ledgerOk(org);
  });
});

describe('the batch header follows its items', () => {
  const batchRow = async (batchId: string) =>
    (await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId)))[0]!;

  it('by webhook alone: PayPal’s batch status and completion reach the header', async () => {
    const { org, batchId } = await approvedBatch(['', '']);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    expect(await batchRow(batchId)).toMatchObject({ status: 'sent', paypalStatus: 'PENDING', completedAt: null });
    const hooks = await eventually(
      async () => {
        const list = await webhooksOf(batchId);
        return list.some((h) => h.eventType === 'PAYMENT.PAYOUTSBATCH.SUCCESS') ? list : undefined;
      },
      30_000,
      'the batch webhooks',
    );
    for (const hook of hooks)
      expectStatus(await call(null, 'POST', '/v1/paypal/webhooks', hook.body, hook.headers), 200);
    expect(await batchRow(batchId)).toMatchObject({
      status: 'completed',
      paypalStatus: 'SUCCESS',
      completedAt: expect.any(Date),
    });
    const view = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batchId}`);
    expect(view.body.batch).toMatchObject({
      status: 'completed',
      paypalStatus: 'SUCCESS',
      completedAt: expect.any(String),
    });
    expect(view.body.duties.nextStep).toBe('none');
  });

  it('by polling alone: the same', async () => {
    const { org, batchId } = await approvedBatch(['', '']);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    await eventually(
      async () => {
        await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
        const row = await batchRow(batchId);
        return row.status === 'completed' ? row : undefined;
      },
      30_000,
      'the polled completion',
    );
    expect(await batchRow(batchId)).toMatchObject({ paypalStatus: 'SUCCESS', completedAt: expect.any(Date) });
  });

  it('an unclaimed item keeps the batch sent, with PayPal’s final batch status shown', async () => {
    const { org, payees, batchId } = await approvedBatch(['', 'unclaimed']);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    await eventually(
      async () => {
        await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
        const row = await batchRow(batchId);
        return row.paypalStatus === 'SUCCESS' ? row : undefined;
      },
      30_000,
      'PayPal’s batch status',
    );
    const row = await batchRow(batchId);
    expect(row).toMatchObject({ status: 'sent', completedAt: null });
    // The affiliate learns where and by when to claim it: 30 days after the batch was sent.
    const { signInAs } = await import('../sessions');
    const unclaimed = payees.find((p) => p.tag === 'unclaimed')!.payee;
    const mine = await call(await signInAs(db, unclaimed.affiliate.id), 'GET', '/affiliate/payouts');
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        status: 'unclaimed',
        receiverEmail: unclaimed.affiliate.paypalEmail,
        sentAt: row.sentAt!.toISOString(),
        claimBy: new Date(row.sentAt!.getTime() + 30 * 86_400_000).toISOString(),
      }),
    ]);
    const paid = payees.find((p) => p.tag === '')!.payee;
    const theirs = await call(await signInAs(db, paid.affiliate.id), 'GET', '/affiliate/payouts');
    expect(theirs.body.items).toEqual([expect.objectContaining({ status: 'success', claimBy: null })]);
  });
});

describe('exports', () => {
  it('finance CSV of a batch, and the affiliate’s own history as JSON and CSV', async () => {
    const org = await createAdvertiser(db);
    const payee = await addPayee(db, org, { paypalEmail: '=HYPERLINK("http://evil")@example.com' });
    await approvedSales(db, payee, [41_235]); // 12,371 (30 %, rounded half up)
    const proposed = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/propose`);
    const batchId = proposed.body.batches[0].batchId as string;
    const res = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batchId}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="payout-batch-${batchId}.csv"`);
    const [item] = await itemsOf(db, batchId);
    const lines = (res.body as string).split('\r\n');
    expect(lines[0]).toBe(
      'item_id,affiliate_id,affiliate_email,receiver_email,amount,currency,status,paypal_batch_id,paypal_item_id,paypal_transaction_id,failure_reason,paid_at',
    );
    expect(lines[1]).toBe(
      `${item!.id},${payee.affiliate.id},${payee.affiliate.email},"'=HYPERLINK(""http://evil"")@example.com",123.71,USD,pending,,,,,`,
    );
    expect(lines[2]).toBe('');
    expectStatus(await call(null, 'GET', `/orgs/${org.org.id}/payouts/${batchId}/export.csv`), 401);

    const { signInAs } = await import('../sessions');
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(session, 'GET', '/affiliate/payouts');
    expectStatus(mine, 200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        id: item!.id,
        advertiser: org.org.name,
        amountMinor: 12_371,
        currency: 'USD',
        status: 'pending',
        batchStatus: 'proposed',
      }),
    ]);
    const csv = await call(session, 'GET', '/affiliate/payouts/export.csv');
    expect(csv.status).toBe(200);
    expect((csv.body as string).split('\r\n')[1]).toMatch(
      new RegExp(`^${item!.id},Tenant,"'=HYPERLINK\\(""http://evil""\\)@example.com",123.71,USD,pending,,,,`),
    );
    // Another affiliate sees none of it.
    expect((await call(org.affiliateSession, 'GET', '/affiliate/payouts')).body.items).toEqual([]);
  });
});
