import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger, listBalances } from '../../workers/services/finance';
import { proposePayouts, sendPayoutBatch } from '../../workers/services/payouts';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, itemsOf } from '../payouts';
import { type Received, WEBHOOK_TEST_HOST } from '../webhook-receiver';
import { useTestDatabase } from '../worker-env';

// External payouts (docs/payout-rails.md): the advertiser pays in its own system after a signed
// payout.external_requested event and answers each item through the API; the ledger treats it like any rail.
useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const receiver = `http://127.0.0.1:${inject('webhookReceiverPort')}`;
const receivedOn = async (key: string): Promise<Received[]> => (await fetch(`${receiver}/__control/${key}`)).json();

/** An organization webhook endpoint subscribed to payouts, with a receiver that checks its signatures. */
async function payoutEndpoint(org: Advertiser) {
  const key = `k${crypto.randomUUID()}`;
  const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/webhooks`, {
    url: `https://${WEBHOOK_TEST_HOST}/${key}`,
    events: ['payout'],
    description: 'Our payment system',
  });
  expectStatus(res, 201);
  await fetch(`${receiver}/__control/${key}`, { method: 'PUT', body: JSON.stringify({ secrets: [res.body.secret] }) });
  return key;
}

async function externalPayee(org: Advertiser) {
  const payee = await addPayee(db, org);
  await db
    .insert(s.payoutMethods)
    .values({ affiliateId: payee.affiliate.id, organizationId: org.org.id, country: 'DE', rail: 'external' });
  return payee;
}

const answer = (org: Advertiser, batchId: string, itemId: string, body: unknown) =>
  call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/items/${itemId}/external-result`, body);
const balanceOf = async (org: Advertiser, affiliateId: string) =>
  (await listBalances({ ctx: serviceCtx(db), input: { organizationId: org.org.id, affiliateId } }))[0]!;

describe('external payouts', () => {
  it('wait in the balance while the advertiser has no payout webhook endpoint', async () => {
    const org = await createAdvertiser(db);
    const payee = await externalPayee(org);
    await approvedSales(db, payee, [50_000]);
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    expect(proposal.batches).toEqual([]);
  });

  it('are requested by a signed event, confirmed or failed once each, beside PayPal items in one batch', async () => {
    const org = await createAdvertiser(db);
    const hook = await payoutEndpoint(org);
    const paid = await externalPayee(org);
    const failing = await externalPayee(org);
    const paypal = await addPayee(db, org);
    for (const p of [paid, failing, paypal]) await approvedSales(db, p, [50_000]);

    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    const batchId = proposal.batches[0]!.batchId;
    const items = await itemsOf(db, batchId);
    expect(items.map((i) => i.rail).sort()).toEqual(['external', 'external', 'paypal']);
    const itemOf = (p: typeof paid) => items.find((i) => i.affiliateId === p.affiliate.id)!;
    expect(itemOf(paid)).toMatchObject({ destinationRef: paid.affiliate.id, feeMinor: 0 });

    // Answering before the batch went out is refused.
    expectStatus(await answer(org, batchId, itemOf(paid).id, { outcome: 'paid' }), 409, 'payout_item_not_requested');

    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
    const sent = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(sent, 200);

    // Awaiting the advertiser: pending items of a sent external part; one signed event per item.
    const waiting = await itemsOf(db, batchId);
    expect(waiting.filter((i) => i.rail === 'external').map((i) => i.status)).toEqual(['pending', 'pending']);
    const requests = async () => (await receivedOn(hook)).filter((r) => r.body.includes('payout.external_requested'));
    const events = await eventually(async () => ((await requests()).length >= 2 ? requests() : null));
    // The process dies after the requests went out but before the part was marked sent: the recovery asks
    // again with the same content, and the endpoint still hears each item once.
    await db
      .update(s.payoutBatchParts)
      .set({ status: 'sending', sentAt: null, updatedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(s.payoutBatchParts.rail, 'external'));
    await db.update(s.payoutBatches).set({ status: 'sending' }).where(eq(s.payoutBatches.id, batchId));
    await sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } });
    await new Promise((r) => setTimeout(r, 3000));
    expect(await requests()).toHaveLength(2);
    expect(events.every((e) => e.verdict === 'accepted')).toBe(true);
    const requested = events.map((e) => JSON.parse(e.body).data);
    expect(requested.map((d: { payoutItemId: string }) => d.payoutItemId).sort()).toEqual(
      [itemOf(paid).id, itemOf(failing).id].sort(),
    );
    expect(requested[0]).toMatchObject({ type: 'payout.external_requested', currency: 'USD', batchId });
    expect(requested[0].amountMinor).toBe(itemOf(paid).amountMinor);

    // Bad input is a 400 with a code; another rail's item is not the advertiser's to confirm.
    expectStatus(await answer(org, batchId, itemOf(paid).id, { outcome: 'maybe' }), 400, 'validation_failed');
    expectStatus(await answer(org, batchId, itemOf(paypal).id, { outcome: 'paid' }), 409, 'payout_item_not_external');

    const ok = await answer(org, batchId, itemOf(paid).id, { outcome: 'paid', reference: 'bank-77' });
    expectStatus(ok, 200);
    expect(ok.body).toMatchObject({ status: 'success', reference: 'bank-77' });
    expectStatus(await answer(org, batchId, itemOf(paid).id, { outcome: 'paid' }), 200);
    expectStatus(await answer(org, batchId, itemOf(paid).id, { outcome: 'failed' }), 409, 'payout_item_settled');
    expect(await balanceOf(org, paid.affiliate.id)).toMatchObject({ paidMinor: itemOf(paid).amountMinor });

    const no = await answer(org, batchId, itemOf(failing).id, { outcome: 'failed', reason: 'IBAN closed' });
    expectStatus(no, 200);
    expect(no.body).toMatchObject({ status: 'failed', failureReason: 'IBAN closed' });
    // Failed twice, the money comes back once.
    expectStatus(await answer(org, batchId, itemOf(failing).id, { outcome: 'failed' }), 200);
    expect(await balanceOf(org, failing.affiliate.id)).toMatchObject({
      approvedMinor: itemOf(failing).amountMinor,
      paidMinor: 0,
      inPayoutMinor: 0,
    });
    expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual(
      [],
    );
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, batchId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['payout_item.external_paid', 'payout_item.external_failed']),
    );
  });
});
