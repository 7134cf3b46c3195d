import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { checkLedger, listBalances } from '../../workers/services/finance';
import {
  approvePayoutBatch,
  getMyPayoutMethods,
  pollPayoutResults,
  proposePayouts,
  sendPayoutBatch,
  startPayoutSend,
} from '../../workers/services/payouts';
import { type Advertiser, addMember, createAdvertiser } from '../actors';
import { serviceCtx } from '../conversions';
import { renderNotification } from '../../workers/domain/notification-templates';
import { payoutNotification } from '../../workers/services/payouts/payout-notification';
import { testDb } from '../fixtures';
import { FakeProvider, fakeRail, registerRail } from '../payout-rail-fake';
import { addPayee, approvedSales } from '../payouts';
import { useTestDatabase } from '../worker-env';

// docs/payout-rails.md: a rail is a folder and one registration line. This rail lives only in the test and
// is registered at run time; the proposal, approval, sending, polling, ledger and notices are untouched code.
useTestDatabase();

let db: Db;
let close: () => Promise<void>;
const provider = new FakeProvider();
beforeAll(async () => {
  ({ db, close } = testDb());
  await registerRail(db, fakeRail('fake', provider));
});
afterAll(() => close());

const as = (org: Advertiser, userId: string): ServiceContext => ({
  ...serviceCtx(db),
  actor: { userId, platformRole: 'none' },
  tenant: { kind: 'advertiser', organizationId: org.org.id, role: 'finance' },
});

/** An affiliate of `org` who chose the fake rail, paid to `wallet` (null: not set up yet). */
async function fakePayee(org: Advertiser, wallet: string | null) {
  const payee = await addPayee(db, org);
  await db.insert(s.payoutMethods).values({
    affiliateId: payee.affiliate.id,
    organizationId: org.org.id,
    country: 'US',
    rail: 'fake' as 'paypal',
    destinationRef: wallet,
  });
  return payee;
}

describe('a payout rail registered from outside the payouts code', () => {
  it('carries items from the proposal through sending to their paid and failed statuses, once each', async () => {
    const org = await createAdvertiser(db);
    const approver = await addMember(db, org.org.id, 'finance');
    const sender = await addMember(db, org.org.id, 'owner');
    const alice = await fakePayee(org, 'wallet-alice');
    const bob = await fakePayee(org, 'wallet-bob');
    const carol = await fakePayee(org, 'wallet-carol');
    const unset = await fakePayee(org, null);
    const paypal = await addPayee(db, org);
    for (const p of [alice, bob, carol, unset, paypal]) await approvedSales(db, p, [50_000]);
    provider.refuse.add('wallet-bob');

    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    const batchId = proposal.batches[0]!.batchId;
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batchId));
    const byAffiliate = new Map(items.map((i) => [i.affiliateId, i]));
    // The rail chose each destination; the one without a wallet waits in the balance; PayPal rides along.
    expect(byAffiliate.get(alice.affiliate.id)).toMatchObject({ rail: 'fake', destinationRef: 'wallet-alice' });
    expect(byAffiliate.get(unset.affiliate.id)).toBeUndefined();
    expect(byAffiliate.get(paypal.affiliate.id)).toMatchObject({ rail: 'paypal' });
    // The rail's fee from its facts: 1 % + 0.10 of the item.
    const alicesItem = byAffiliate.get(alice.affiliate.id)!;
    expect(alicesItem.feeMinor).toBe(Math.ceil(alicesItem.amountMinor / 100) + 10);

    await approvePayoutBatch({ ctx: as(org, approver.userId), input: { batchId } });
    await startPayoutSend({ ctx: as(org, sender.userId), input: { batchId } });
    // Three fake items at two per part (the rail's itemsPerPart), after PayPal's part.
    const parts = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId));
    expect(parts.filter((p) => (p.rail as string) === 'fake')).toHaveLength(2);
    expect(parts.filter((p) => p.rail === 'paypal')).toHaveLength(1);

    await sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } });
    await sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } });
    expect(provider.requests).toBe(3);
    expect([...provider.paid.values()].map((p) => p.payee).sort()).toEqual([
      'wallet-alice',
      'wallet-bob',
      'wallet-carol',
    ]);

    for (let i = 0; i < 3; i++) await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
    const after = new Map(
      (await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batchId))).map((i) => [i.affiliateId, i]),
    );
    expect(after.get(alice.affiliate.id)!.status).toBe('success');
    expect(after.get(carol.affiliate.id)!.status).toBe('success');
    expect(after.get(bob.affiliate.id)!.status).toBe('failed');
    // Bob's money is back in his balance, once; the ledger balances.
    const [bobsBalance] = await listBalances({
      ctx: serviceCtx(db),
      input: { organizationId: org.org.id, affiliateId: bob.affiliate.id },
    });
    expect(bobsBalance!.approvedMinor).toBe(after.get(bob.affiliate.id)!.amountMinor);
    expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual(
      [],
    );
    // The affiliate's notice speaks of the rail in its own words, in each language.
    const notice = payoutNotification(after.get(alice.affiliate.id)!, 'success');
    expect(notice.body).toContain('fake wallet');
    const ru = renderNotification({ locale: 'ru', event: 'payout', data: notice.data, fallback: notice, brand: null });
    expect(ru.body).toContain('тестовом кошельке');
    const failed = renderNotification({
      locale: 'en',
      event: 'payout',
      data: payoutNotification(after.get(bob.affiliate.id)!, 'failed').data,
      fallback: notice,
      brand: null,
    });
    expect(failed.body).toContain('The payout to your fake wallet did not go through');
  });

  it('pays each item once when the process dies between the provider’s accept and our write', async () => {
    const org = await createAdvertiser(db);
    const approver = await addMember(db, org.org.id, 'finance');
    const sender = await addMember(db, org.org.id, 'owner');
    const payee = await fakePayee(org, 'wallet-erin');
    await approvedSales(db, payee, [50_000]);
    const batchId = (await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).batches[0]!
      .batchId;
    await approvePayoutBatch({ ctx: as(org, approver.userId), input: { batchId } });
    await startPayoutSend({ ctx: as(org, sender.userId), input: { batchId } });
    const before = provider.requests;
    provider.crashAfterAccept = true;
    await expect(sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } })).rejects.toThrow('provider accepted');
    // The part stays claimed; once stale the recovery sends it again, and the provider answers by the item's id.
    const [part] = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId));
    expect(part!.status).toBe('sending');
    await db
      .update(s.payoutBatchParts)
      .set({ updatedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(s.payoutBatchParts.id, part!.id));
    await sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } });
    await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batchId));
    expect(provider.requests - before).toBe(2);
    expect([...provider.paid.values()].filter((p) => p.payee === 'wallet-erin')).toHaveLength(1);
    expect(item!.status).toBe('success');
    const [balance] = await listBalances({
      ctx: serviceCtx(db),
      input: { organizationId: org.org.id, affiliateId: payee.affiliate.id },
    });
    expect(balance).toMatchObject({ paidMinor: item!.amountMinor, approvedMinor: 0, inPayoutMinor: 0 });
  });

  it('is offered in the affiliate’s method picker with its facts', async () => {
    const org = await createAdvertiser(db);
    const payee = await fakePayee(org, 'wallet-dave');
    const view = await getMyPayoutMethods({
      ctx: {
        ...serviceCtx(db),
        actor: { userId: payee.affiliate.id, platformRole: 'none' },
        tenant: { kind: 'affiliate', organizationId: org.org.id, affiliateId: payee.affiliate.id },
      } as ServiceContext,
      input: undefined,
    });
    expect(view.rails.find((r) => r.rail === ('fake' as 'paypal'))).toMatchObject({
      enabled: true,
      servesCountry: true,
      currencies: ['USD'],
      fee: { bps: 100, fixedMinor: 10 },
    });
  });
});
