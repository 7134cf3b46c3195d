import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { proposePayouts } from '../../workers/services/payouts';
import { createStaff, useTwoAdvertisers, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { earn } from '../finance';
import { addPayee, approvedSales, itemsOf, webhooksOf } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

describe('organization ledger check', () => {
  it('checks only the organization in the path; owner, finance and support read it', async () => {
    await earn(db, acme, 1_000);
    const broken = await earn(db, other, 2_000);
    // An in-payout line with no payout item: a discrepancy of the other tenant only.
    await db.update(s.commissions).set({ status: 'in_payout' }).where(eq(s.commissions.id, broken.id));

    const mine = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/finance/ledger-check`);
    expectStatus(mine, 200);
    expect(mine.body).toMatchObject({ ok: true, discrepancies: [] });
    expect(mine.body.checkedLines).toBeGreaterThan(0);

    const theirs = await call(other.owner, 'GET', `/orgs/${other.org.id}/finance/ledger-check`);
    expectStatus(theirs, 200);
    expect(theirs.body.ok).toBe(false);
    expect(theirs.body.discrepancies).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'in_payout_without_item' })]),
    );

    const support = await createStaff(db, 'support');
    expectStatus(await call(support, 'GET', `/orgs/${acme.org.id}/finance/ledger-check`), 200);
    expectStatus(await call(acme.admin, 'GET', `/orgs/${acme.org.id}/finance/ledger-check`), 403, 'forbidden');
    expectStatus(await call(other.finance, 'GET', `/orgs/${acme.org.id}/finance/ledger-check`), 404, 'not_found');
    expectStatus(await call(null, 'GET', `/orgs/${acme.org.id}/finance/ledger-check`), 401);
  });
});

describe('payout reconciliation', () => {
  it('shows PayPal’s webhook reports beside our items and flags what differs', async () => {
    const support = await createStaff(db, 'support');
    const paid = await addPayee(db, acme, { paypalEmail: `rec-${crypto.randomUUID().slice(0, 8)}@example.com` });
    const unclaimed = await addPayee(db, acme, {
      paypalEmail: `rec-${crypto.randomUUID().slice(0, 8)}+unclaimed@example.com`,
    });
    await approvedSales(db, paid, [50_000]);
    await approvedSales(db, unclaimed, [50_000]);
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } });
    const batchId = proposal.batches[0]!.batchId;
    const path = `/orgs/${acme.org.id}/payouts/${batchId}/reconciliation`;

    // Before sending PayPal has said nothing: no report, nothing flagged.
    const before = await call(acme.finance, 'GET', path);
    expectStatus(before, 200);
    expect(before.body.items.items.map((r: { reported: unknown }) => r.reported)).toEqual([null, null]);

    expectStatus(await call(acme.finance, 'POST', `/orgs/${acme.org.id}/payouts/${batchId}/approve`), 200);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/payouts/${batchId}/send`), 200);
    const hooks = await eventually(
      async () => {
        const list = (await webhooksOf(batchId)).filter((h) => h.eventType.startsWith('PAYMENT.PAYOUTS-ITEM'));
        return list.length === 2 ? list : undefined;
      },
      30_000,
      'item webhooks',
    );
    for (const hook of hooks)
      expectStatus(await call(null, 'POST', '/v1/paypal/webhooks', hook.body, hook.headers), 200);

    const after = await call(acme.finance, 'GET', path);
    expectStatus(after, 200);
    const rows = after.body.items.items as {
      item: { affiliateId: string; status: string };
      reported: { transactionStatus: string; amountValue: string; currency: string } | null;
      differences: string[];
    }[];
    const rowOf = (affiliateId: string) => rows.find((r) => r.item.affiliateId === affiliateId)!;
    expect(rowOf(paid.affiliate.id)).toMatchObject({
      item: { status: 'success' },
      reported: { transactionStatus: 'SUCCESS', amountValue: '150.00', currency: 'USD' },
      differences: [],
    });
    expect(rowOf(unclaimed.affiliate.id)).toMatchObject({
      item: { status: 'unclaimed' },
      reported: { transactionStatus: 'UNCLAIMED' },
      differences: [],
    });
    expect(after.body.parts).toEqual([expect.objectContaining({ part: 0, paypalBatchId: expect.any(String) })]);

    // Our record drifting from PayPal's report is flagged field by field.
    const item = (await itemsOf(db, batchId)).find((i) => i.affiliateId === paid.affiliate.id)!;
    await db.update(s.payoutItems).set({ status: 'failed' }).where(eq(s.payoutItems.id, item.id));
    const drifted = await call(acme.owner, 'GET', path);
    expect(
      (drifted.body.items.items as typeof rows).find((r) => r.item.affiliateId === paid.affiliate.id)!.differences,
    ).toEqual(['status']);
    await db.update(s.payoutItems).set({ status: 'success' }).where(eq(s.payoutItems.id, item.id));

    expectStatus(await call(support, 'GET', path), 200);
    expectStatus(await call(acme.admin, 'GET', path), 403, 'forbidden');
    expectStatus(await call(other.finance, 'GET', path), 404, 'not_found');
    expectStatus(
      await call(other.finance, 'GET', `/orgs/${other.org.id}/payouts/${batchId}/reconciliation`),
      404,
      'not_found',
    );
  });
});
