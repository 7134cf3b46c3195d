import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger, listBalances } from '../../workers/services/finance';
import { pollPayoutResults, proposePayouts, resumePayoutSends } from '../../workers/services/payouts';
import { type Advertiser, addMember, createAdvertiser, createStaff } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, itemsOf, statusesOf } from '../payouts';
import { signInAs } from '../sessions';
import {
  connectStripe,
  deliverConnect,
  newStripeKey,
  stripeAs,
  stripeConnectControl,
  stripeEventsOf,
  stripePayee,
  transfersOf,
} from '../stripe-payouts';
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
const methodOf = async (accountId: string) =>
  (await db.select().from(s.payoutMethods).where(eq(s.payoutMethods.stripeAccountId, accountId)))[0]!;

/**
 * An advertiser with its own Stripe key, `stripeCount` onboarded Stripe payees and `paypalCount`
 * PayPal payees, $150.00 approved each, proposed by the cron and approved by finance.
 */
async function approvedMixedBatch(stripeCount: number, paypalCount = 0) {
  const org = await createAdvertiser(db);
  const key = await connectStripe(org.owner, org.org.id);
  const stripe = [];
  for (let i = 0; i < stripeCount; i++) {
    const p = await stripePayee(db, org);
    stripe.push({ ...p, lines: await approvedSales(db, p.payee, [50_000]) });
  }
  const paypal = [];
  for (let i = 0; i < paypalCount; i++) {
    const payee = await addPayee(db, org);
    paypal.push({ payee, lines: await approvedSales(db, payee, [50_000]) });
  }
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  return { org, key, stripe, paypal, batchId };
}

describe('the organization’s Stripe payout account', () => {
  it('is checked with Stripe, stored encrypted, shown without secrets and audited', async () => {
    const org = await createAdvertiser(db);
    const before = await call(org.finance, 'GET', `/orgs/${org.org.id}/stripe-payouts`);
    expectStatus(before, 200);
    expect(before.body).toMatchObject({ connected: false, payoutsFrom: 'none' });
    expect(before.body.webhookUrl).toMatch(new RegExp(`/api/v1/stripe/payout-webhooks/orgs/${org.org.id}$`));

    const put = (body: unknown) => call(org.owner, 'PUT', `/orgs/${org.org.id}/stripe-payouts`, body);
    expectStatus(await put({ secretKey: 'pk_test_123456789' }), 400, 'validation_failed');
    // A well-formed key Stripe does not know.
    expectStatus(await put({ secretKey: 'sk_test_unknown1' }), 400, 'stripe_credentials_rejected');
    expectStatus(
      await call(org.finance, 'PUT', `/orgs/${org.org.id}/stripe-payouts`, { secretKey: newStripeKey() }),
      403,
    );

    const key = await connectStripe(org.owner, org.org.id);
    const view = await call(org.finance, 'GET', `/orgs/${org.org.id}/stripe-payouts`);
    expect(view.body).toMatchObject({
      connected: true,
      livemode: false,
      secretKeyLast4: key.slice(-4),
      webhookSecretSet: true,
      payoutsFrom: 'organization',
      stripeAccountId: expect.stringMatching(/^acct_/),
    });
    expect(JSON.stringify(view.body)).not.toContain(key);
    const [row] = await db.select().from(s.orgStripeAccounts).where(eq(s.orgStripeAccounts.organizationId, org.org.id));
    expect(row!.secretKeyEncrypted).toMatch(/^v1\./);
    expect(row!.secretKeyEncrypted).not.toContain(key.slice(8));
    expect(row!.webhookSecretEncrypted).toMatch(/^v1\./);

    await connectStripe(org.owner, org.org.id);
    expectStatus(await call(org.owner, 'DELETE', `/orgs/${org.org.id}/stripe-payouts`), 204);
    expectStatus(await call(org.owner, 'DELETE', `/orgs/${org.org.id}/stripe-payouts`), 404);
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.organizationId, org.org.id))
      .orderBy(s.auditLog.createdAt);
    const actions = audit.map((a) => a.action).filter((a) => a.startsWith('org_stripe.'));
    expect(actions).toEqual(['org_stripe.connected', 'org_stripe.replaced', 'org_stripe.disconnected']);
    expect(JSON.stringify(audit)).not.toContain(key);
  });
});

describe('payout methods', () => {
  it('opens a cross-border account under the recipient agreement and offers Stripe only in Stripe’s self-serve countries', async () => {
    const org = await createAdvertiser(db);
    const session = org.affiliateSession;
    const path = `/affiliate/orgs/${org.org.id}/payout-methods`;
    const key = await connectStripe(org.owner, org.org.id);
    // Outside the US, UK, EEA, Canada and Switzerland a US platform cannot pay through Stripe: refused here.
    for (const country of ['JP', 'BR', 'IN'])
      expectStatus(await call(session, 'PUT', path, { country, rail: 'stripe' }), 400, 'rail_country_unsupported');
    // A German affiliate of a US platform: a cross-border account, which Stripe pays only under `recipient`.
    const de = await call(session, 'PUT', path, { country: 'DE', rail: 'stripe' });
    expectStatus(de, 200);
    const account = await stripeAs(key, 'GET', `/v1/accounts/${de.body.method.stripeAccountId}`);
    expect(account.body).toMatchObject({
      country: 'DE',
      tos_acceptance: { service_agreement: 'recipient' },
      capabilities: { transfers: 'inactive' },
    });
    // At home the default (full) agreement.
    const us = await call(session, 'PUT', path, { country: 'US', rail: 'stripe' });
    expectStatus(us, 200);
    const home = await stripeAs(key, 'GET', `/v1/accounts/${us.body.method.stripeAccountId}`);
    expect(home.body).toMatchObject({ country: 'US', tos_acceptance: { service_agreement: 'full' } });
  });

  it('offers the rails of the country, creates the Express account and follows onboarding', async () => {
    const org = await createAdvertiser(db);
    const session = org.affiliateSession;
    const path = `/affiliate/orgs/${org.org.id}/payout-methods`;
    const first = await call(session, 'GET', path);
    expectStatus(first, 200);
    expect(first.body.method).toBeNull();
    expect(first.body.rails.map((r: { rail: string; enabled: boolean }) => [r.rail, r.enabled])).toEqual([
      ['paypal', true],
      ['stripe', false],
      // Offered only while the advertiser has a payout webhook endpoint (payouts-external.test.ts).
      ['external', false],
      // Offered only once the advertiser connects Tremendous (payouts-tremendous.test.ts).
      ['tremendous', false],
      // The deployment's Wise profile pays for every advertiser here (payouts-wise.test.ts).
      ['wise', true],
    ]);
    expectStatus(
      await call(session, 'PUT', path, { country: 'US', rail: 'stripe' }),
      409,
      'stripe_payouts_not_configured',
    );
    await connectStripe(org.owner, org.org.id);
    expectStatus(await call(session, 'PUT', path, { country: 'KE', rail: 'stripe' }), 400, 'rail_country_unsupported');
    expectStatus(await call(session, 'PUT', path, { country: 'us', rail: 'stripe' }), 400, 'validation_failed');
    expectStatus(await call(session, 'POST', `${path}/stripe/onboarding`), 409, 'payout_method_not_stripe');

    const chosen = await call(session, 'PUT', path, { country: 'US', rail: 'stripe' });
    expectStatus(chosen, 200);
    expect(chosen.body.method).toMatchObject({ country: 'US', rail: 'stripe', onboarding: 'incomplete' });
    expect(chosen.body.method.requirementsDue).toContain('external_account');
    const accountId = chosen.body.method.stripeAccountId;
    // Choosing again (a double submit) keeps the one account.
    expect((await call(session, 'PUT', path, { country: 'US', rail: 'stripe' })).body.method.stripeAccountId).toBe(
      accountId,
    );

    const link = await call(session, 'POST', `${path}/stripe/onboarding`);
    expectStatus(link, 200);
    const page = await fetch(link.body.url);
    expect(await page.text()).toContain('Set up payouts');
    const done = await fetch(link.body.url, {
      method: 'POST',
      body: new URLSearchParams({ outcome: 'complete' }),
      redirect: 'manual',
    });
    await done.arrayBuffer();
    expect(done.headers.get('location')).toMatch(
      new RegExp(`/affiliate/${org.org.id}/payout-methods\\?stripe=return$`),
    );
    // On return the page refreshes from Stripe at once, before any webhook.
    const refreshed = await call(session, 'POST', `${path}/stripe/refresh`);
    expect(refreshed.body.method).toMatchObject({ onboarding: 'ready', requirementsDue: [] });

    // The webhook path: reset, then account.updated brings it back; a redelivery changes nothing.
    await db
      .update(s.payoutMethods)
      .set({ stripePayoutsEnabled: false })
      .where(eq(s.payoutMethods.stripeAccountId, accountId));
    const [updated] = (await stripeEventsOf(accountId)).filter((e) => e.type === 'account.updated');
    const first1 = await deliverConnect(org.org.id, updated!);
    expect(first1.body).toMatchObject({ duplicate: false, outcome: 'applied' });
    expect((await methodOf(accountId)).stripePayoutsEnabled).toBe(true);
    expect((await deliverConnect(org.org.id, updated!)).body).toMatchObject({ duplicate: true });
    // A tampered body or another secret is refused and stores nothing.
    const bad = await deliverConnect(org.org.id, {
      payload: updated!.payload.replace('true', 'false'),
      signature: updated!.signature,
    });
    expectStatus(bad, 400, 'invalid_signature');

    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'payout_method.changed'));
    expect(audit.filter((a) => a.organizationId === org.org.id).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps each advertiser’s accounts and events to itself', async () => {
    const acme = await withStripe(await createAdvertiser(db));
    const other = await withStripe(await createAdvertiser(db));
    const { accountId } = await stripePayee(db, acme, { deliver: false });
    const [updated] = (await stripeEventsOf(accountId)).filter((e) => e.type === 'account.updated');
    // Delivered at the other advertiser's endpoint: verified there, but not its affiliate's account.
    expect((await deliverConnect(other.org.id, updated!)).body).toMatchObject({ outcome: 'unknown_account' });
    expect((await methodOf(accountId)).stripePayoutsEnabled).toBe(false);
    // The same event at its own advertiser's endpoint still applies.
    expect((await deliverConnect(acme.org.id, updated!)).body).toMatchObject({ outcome: 'applied' });
    expect((await methodOf(accountId)).stripePayoutsEnabled).toBe(true);
    expectStatus(await call(other.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/payout-methods`), 404);
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/stripe-payouts`), 404);
    expectStatus(
      await call(other.owner, 'PUT', `/orgs/${acme.org.id}/stripe-payouts`, { secretKey: newStripeKey() }),
      404,
    );
  });
});

async function withStripe(org: Advertiser) {
  await connectStripe(org.owner, org.org.id);
  return org;
}

describe('rail fees as configuration', () => {
  it('the owner sets the organization’s fees (finance reads, audited), the platform sets defaults, the proposal uses them', async () => {
    const org = await createAdvertiser(db);
    const other = await createAdvertiser(db);
    const initial = await call(org.finance, 'GET', `/orgs/${org.org.id}/payout-fees`);
    expectStatus(initial, 200);
    expect(initial.body.source).toEqual({
      paypal: 'built_in',
      stripe: 'built_in',
      external: 'built_in',
      tremendous: 'built_in',
      wise: 'built_in',
    });
    expect(initial.body.fees.paypal).toEqual({ bps: 200, fixedMinor: 0, capMinor: 2000, capCurrency: 'USD' });

    const own = {
      paypal: { bps: 150, fixedMinor: 30, capMinor: null, capCurrency: null },
      stripe: null,
      external: null,
      tremendous: null,
      wise: null,
    };
    const put = (who: typeof org.owner, body: unknown) => call(who, 'PUT', `/orgs/${org.org.id}/payout-fees`, body);
    expectStatus(await put(org.finance, own), 403);
    expectStatus(await call(other.owner, 'PUT', `/orgs/${org.org.id}/payout-fees`, own), 404);
    for (const bad of [
      { ...own, paypal: { ...own.paypal, bps: 1.5 } },
      { ...own, paypal: { ...own.paypal, bps: 10_001 } },
      { ...own, paypal: { ...own.paypal, fixedMinor: -1 } },
      { ...own, paypal: { ...own.paypal, capMinor: 500 } },
      { paypal: own.paypal },
    ])
      expectStatus(await put(org.owner, bad), 400, 'validation_failed');
    const saved = await put(org.owner, own);
    expectStatus(saved, 200);
    expect(saved.body.source).toEqual({
      paypal: 'organization',
      stripe: 'built_in',
      external: 'built_in',
      tremendous: 'built_in',
      wise: 'built_in',
    });
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.action, 'org_rail_fees.updated'))
      .then((rows) => rows.filter((r) => r.organizationId === org.org.id));
    expect(audit).toMatchObject({ before: {}, after: { paypal: own.paypal } });

    // The platform's default for Stripe applies where the organization set none; the other tenant is untouched.
    const admin = await createStaff(db, 'platform_admin');
    const stripeDefault = { bps: 40, fixedMinor: 10, capMinor: null, capCurrency: null };
    expectStatus(await call(admin, 'PATCH', '/platform/settings', { railFees: { stripe: stripeDefault } }), 200);
    try {
      const now = await call(org.finance, 'GET', `/orgs/${org.org.id}/payout-fees`);
      expect(now.body.fees).toMatchObject({ paypal: own.paypal, stripe: stripeDefault });
      expect(now.body.source).toEqual({
        paypal: 'organization',
        stripe: 'platform',
        external: 'built_in',
        tremendous: 'built_in',
        wise: 'built_in',
      });
      expect((await call(other.finance, 'GET', `/orgs/${other.org.id}/payout-fees`)).body.source).toEqual({
        paypal: 'built_in',
        stripe: 'platform',
        external: 'built_in',
        tremendous: 'built_in',
        wise: 'built_in',
      });

      // What the affiliate sees before choosing, and what each proposed item records: 1.5 % + 0.30 of $150.00.
      await connectStripe(org.owner, org.org.id);
      const payee = await addPayee(db, org);
      await approvedSales(db, payee, [50_000]);
      const methods = await call(
        await signInAs(db, payee.affiliate.id),
        'GET',
        `/affiliate/orgs/${org.org.id}/payout-methods`,
      );
      expect(methods.body.rails.find((r: { rail: string }) => r.rail === 'paypal').fee).toEqual(own.paypal);
      const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
      const items = await itemsOf(db, proposal.batches[0]!.batchId);
      expect(items.map((i) => [i.rail, i.amountMinor, i.feeMinor])).toEqual([['paypal', 15_000, 255]]);
    } finally {
      expectStatus(await call(admin, 'PATCH', '/platform/settings', { railFees: null }), 200);
    }
  });
});

describe('sending on both rails', () => {
  it('pays PayPal and Stripe items of one batch, shows rail, fee and currency first', async () => {
    const { org, key, stripe, paypal, batchId } = await approvedMixedBatch(2, 1);
    const review = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batchId}`);
    expectStatus(review, 200);
    const items = review.body.items.items as {
      rail: string;
      feeMinor: number;
      currency: string;
      stripeAccountId: string;
    }[];
    expect(items.map((i) => i.rail).sort()).toEqual(['paypal', 'stripe', 'stripe']);
    // 0.25 % + 0.25 of $150.00 on Stripe; 2 % on PayPal.
    expect(items.filter((i) => i.rail === 'stripe').map((i) => i.feeMinor)).toEqual([63, 63]);
    expect(items.find((i) => i.rail === 'paypal')!.feeMinor).toBe(300);
    expect(review.body.parts.map((p: { rail: string }) => p.rail)).toEqual(['paypal', 'stripe']);

    const sent = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(sent, 200);
    expect(Object.values(sent.body.parts)).toEqual(['sent', 'sent']);
    const after = await itemsOf(db, batchId);
    const stripeItems = after.filter((i) => i.rail === 'stripe');
    expect(stripeItems.map((i) => i.status)).toEqual(['success', 'success']);
    const transfers = await transfersOf(key);
    expect(transfers).toHaveLength(2);
    expect(new Set(stripeItems.map((i) => i.stripeTransferId))).toEqual(new Set(transfers.map((t) => t.id)));
    for (const t of transfers) expect(t.amount).toBe(15_000);
    for (const p of stripe) {
      expect(
        Object.values(
          await statusesOf(
            db,
            p.lines.map((l) => l.id),
          ),
        ),
      ).toEqual(['paid']);
      expect(await balanceOf(org, p.payee.affiliate.id)).toMatchObject({ paidMinor: 15_000, inPayoutMinor: 0 });
    }
    expect(paypal).toHaveLength(1);
    await ledgerOk(org);
  });

  it('a crash after Stripe made the transfer recovers with the same Idempotency-Key, never a second transfer', async () => {
    const { org, key, batchId } = await approvedMixedBatch(1);
    await stripeConnectControl('POST', 'faults', { method: 'POST', path: '/v1/transfers', when: 'after', key });
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(res, 200);
    expect(Object.values(res.body.parts)).toEqual(['unsure']);
    expect(res.body.batch.status).toBe('sending');
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'pending', stripeTransferId: null });
    expect(await transfersOf(key)).toHaveLength(1);

    expect(
      (await resumePayoutSends({ ctx: serviceCtx(db), input: { limit: 10 } })).results.map((r) => r.batchId),
    ).not.toContain(batchId);
    const later = new Date(Date.now() + 3 * 60_000);
    const resumed = await resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } });
    expect(resumed.results.find((r) => r.batchId === batchId)).toMatchObject({ status: 'sent' });
    const transfers = await transfersOf(key);
    expect(transfers).toHaveLength(1);
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'success', stripeTransferId: transfers[0]!.id });
    await ledgerOk(org);
  });

  it('a failed call before Stripe did anything is retried by the recovery and pays once', async () => {
    const { org, key, batchId } = await approvedMixedBatch(1);
    await stripeConnectControl('POST', 'faults', { method: 'POST', path: '/v1/transfers', when: 'before', key });
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expect(Object.values(res.body.parts)).toEqual(['unsure']);
    expect(await transfersOf(key)).toHaveLength(0);
    await resumePayoutSends({ ctx: serviceCtx(db, new Date(Date.now() + 3 * 60_000)), input: { limit: 10 } });
    expect(await transfersOf(key)).toHaveLength(1);
    expect((await itemsOf(db, batchId))[0]!.status).toBe('success');
  });

  it('two concurrent sends make one transfer per item', async () => {
    const { org, key, batchId } = await approvedMixedBatch(2);
    const sender2 = await addMember(db, org.org.id, 'finance');
    const [a, b] = await Promise.all([
      call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
      call(sender2, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    // Two recovery runs at once after that change nothing either.
    const later = new Date(Date.now() + 3 * 60_000);
    await Promise.all([
      resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } }),
      resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } }),
    ]);
    expect(await transfersOf(key)).toHaveLength(2);
    await ledgerOk(org);
  });

  it('a transfer Stripe refuses fails the item and returns the money to the balance', async () => {
    const { org, key, stripe, batchId } = await approvedMixedBatch(1);
    await stripeConnectControl('POST', 'connect/insufficient-funds', { key, on: true });
    const res = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
    expectStatus(res, 200);
    expect(res.body.batch.status).toBe('failed');
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'failed', failureCode: 'balance_insufficient' });
    const [p] = stripe;
    expect(
      Object.values(
        await statusesOf(
          db,
          p!.lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    expect(await balanceOf(org, p!.payee.affiliate.id)).toMatchObject({ approvedMinor: 15_000, inPayoutMinor: 0 });
    await ledgerOk(org);
  });

  it('a reversal returns the money by webhook, and by polling when the webhook is lost', async () => {
    const { org, key, stripe, batchId } = await approvedMixedBatch(2);
    expectStatus(await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`), 200);
    const [byHook, byPoll] = (await itemsOf(db, batchId)).sort((x, y) => x.id.localeCompare(y.id));
    for (const item of [byHook!, byPoll!])
      expect((await stripeAs(key, 'POST', `/v1/transfers/${item.stripeTransferId}/reversals`, '')).status).toBe(200);
    const [event] = (await stripeEventsOf(byHook!.stripeTransferId!)).filter((e) => e.type === 'transfer.reversed');
    expect((await deliverConnect(org.org.id, event!)).body).toMatchObject({ outcome: 'applied' });
    expect((await deliverConnect(org.org.id, event!)).body).toMatchObject({ duplicate: true });
    await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 500 } });
    const after = await itemsOf(db, batchId);
    expect(after.map((i) => i.status)).toEqual(['reversed', 'reversed']);
    for (const p of stripe) {
      expect(
        Object.values(
          await statusesOf(
            db,
            p.lines.map((l) => l.id),
          ),
        ),
      ).toEqual(['approved']);
      expect(await balanceOf(org, p.payee.affiliate.id)).toMatchObject({ approvedMinor: 15_000, paidMinor: 0 });
    }
    await ledgerOk(org);
  });

  it('records the connected account’s own bank payouts without moving the ledger', async () => {
    const org = await withStripe(await createAdvertiser(db));
    const { accountId, session } = await stripePayee(db, org);
    await stripeConnectControl('POST', 'connect/payouts', {
      account: accountId,
      status: 'failed',
      failure_code: 'account_closed',
    });
    const [failed] = (await stripeEventsOf(accountId)).filter((e) => e.type === 'payout.failed');
    expect((await deliverConnect(org.org.id, failed!)).body).toMatchObject({ outcome: 'applied' });
    const mine = await call(session, 'GET', `/affiliate/orgs/${org.org.id}/payout-methods`);
    expect(mine.body.method).toMatchObject({ lastPayoutStatus: 'failed', lastPayoutFailure: 'account_closed' });
  });

  it('holds a Stripe payee whose onboarding is not finished; PayPal payees still go', async () => {
    const org = await withStripe(await createAdvertiser(db));
    const { payee } = await stripePayee(db, org, { outcome: 'verification' });
    await approvedSales(db, payee, [50_000]);
    const paypalPayee = await addPayee(db, org);
    await approvedSales(db, paypalPayee, [50_000]);
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    const items = await itemsOf(db, proposal.batches[0]!.batchId);
    expect(items.map((i) => [i.affiliateId, i.rail])).toEqual([[paypalPayee.affiliate.id, 'paypal']]);
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(session, 'GET', `/affiliate/orgs/${org.org.id}/payout-methods`);
    expect(mine.body.method.onboarding).toBe('pending_verification');
  });
});
