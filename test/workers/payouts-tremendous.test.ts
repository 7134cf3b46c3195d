import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger, listBalances } from '../../workers/services/finance';
import { getPayoutBatch, pollPayoutResults, proposePayouts, resumePayoutSends } from '../../workers/services/payouts';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { approvedSales, itemsOf, statusesOf } from '../payouts';
import {
  connectTremendous,
  deliverTremendous,
  giftCardPayee,
  newTremendousKey,
  tremendousControl,
  tremendousOrdersOf,
  tremendousWebhooksOf,
} from '../tremendous';
import { TREMENDOUS_TEST_WEBHOOK_KEY } from '../tremendous-server';
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
const orderRowOf = async (payoutItemId: string) =>
  (await db.select().from(s.tremendousOrders).where(eq(s.tremendousOrders.payoutItemId, payoutItemId)))[0];

/** An advertiser with its own Tremendous key and `count` affiliates who chose gift cards, $150.00 approved each, proposed and approved. */
async function approvedGiftCardBatch(count: number, country = 'US') {
  const org = await createAdvertiser(db);
  const key = await connectTremendous(org.owner, org.org.id);
  const payees = [];
  for (let i = 0; i < count; i++) {
    const { payee } = await giftCardPayee(db, org, country);
    payees.push({ payee, lines: await approvedSales(db, payee, [50_000]) });
  }
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  return { org, key, payees, batchId };
}

const send = (org: Advertiser, batchId: string) =>
  call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);

describe('the organization’s Tremendous account', () => {
  it('is checked with Tremendous, sealed at rest, shown without secrets, audited', async () => {
    const org = await createAdvertiser(db);
    const path = `/orgs/${org.org.id}/tremendous`;
    const before = await call(org.finance, 'GET', path);
    expectStatus(before, 200);
    expect(before.body).toMatchObject({ connected: false, payoutsFrom: 'none' });
    expect(before.body.webhookUrl).toMatch(new RegExp(`/api/v1/tremendous/webhooks/orgs/${org.org.id}$`));
    expectStatus(await call(org.owner, 'PUT', path, { apiKey: 'short' }), 400, 'validation_failed');
    expectStatus(
      await call(org.owner, 'PUT', path, { apiKey: 'not-a-tremendous-key' }),
      400,
      'tremendous_credentials_rejected',
    );
    expectStatus(
      await call(org.owner, 'PUT', path, { apiKey: newTremendousKey(), fundingSourceId: 'NOSUCHSOURCE' }),
      400,
      'validation_failed',
    );
    expectStatus(await call(org.finance, 'PUT', path, { apiKey: newTremendousKey() }), 403);

    const key = await connectTremendous(org.owner, org.org.id, { allowBelowMinimum: true });
    const view = await call(org.finance, 'GET', path);
    expect(view.body).toMatchObject({
      connected: true,
      apiKeyLast4: key.slice(-4),
      webhookKeySet: true,
      fundingSourceId: 'balance',
      allowBelowMinimum: true,
      payoutsFrom: 'organization',
    });
    expect(JSON.stringify(view.body)).not.toContain(key);
    const [row] = await db
      .select()
      .from(s.orgTremendousAccounts)
      .where(eq(s.orgTremendousAccounts.organizationId, org.org.id));
    expect(row!.apiKeyEncrypted).toMatch(/^v1\./);
    expect(row!.apiKeyEncrypted).not.toContain(key.slice(5));
    expect(row!.webhookKeyEncrypted).toMatch(/^v1\./);
    await connectTremendous(org.owner, org.org.id);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, org.org.id));
    const actions = audit.map((a) => a.action).filter((a) => a.startsWith('org_tremendous.'));
    expect(actions.sort()).toEqual(['org_tremendous.connected', 'org_tremendous.replaced']);
    expect(JSON.stringify(audit)).not.toContain(key);

    const other = await createAdvertiser(db);
    expectStatus(await call(other.owner, 'GET', path), 404);
  });
});

describe('testing and disconnecting the Tremendous account', () => {
  it('tries a pasted key or the stored one and lists its funding sources, storing nothing; owners only, per advertiser', async () => {
    const org = await createAdvertiser(db);
    const other = await createAdvertiser(db);
    const path = `/orgs/${org.org.id}/tremendous/check`;
    // Nothing stored yet: the stored key cannot be tested, whatever the deployment has.
    expectStatus(await call(org.owner, 'POST', path, {}), 409, 'tremendous_not_configured');
    expectStatus(await call(org.owner, 'POST', path, { apiKey: 'short' }), 400, 'validation_failed');
    expectStatus(
      await call(org.owner, 'POST', path, { apiKey: newTremendousKey(), extra: 1 }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(org.owner, 'POST', path, { apiKey: 'not-a-tremendous-key' }),
      400,
      'tremendous_credentials_rejected',
    );
    expectStatus(await call(org.finance, 'POST', path, { apiKey: newTremendousKey() }), 403);
    const pasted = newTremendousKey();
    const tried = await call(org.owner, 'POST', path, { apiKey: pasted });
    expectStatus(tried, 200);
    expect(tried.body).toMatchObject({ key: 'given', fundingSourceFound: null });
    expect(tried.body.fundingSources).toEqual([
      { id: `BALANCE-${pasted.slice(-6)}`, method: 'balance', availableCents: expect.any(Number) },
    ]);
    expect((await call(org.finance, 'GET', `/orgs/${org.org.id}/tremendous`)).body.connected).toBe(false);

    const key = await connectTremendous(org.owner, org.org.id);
    const stored = await call(org.owner, 'POST', path, {});
    expectStatus(stored, 200);
    expect(stored.body).toMatchObject({ key: 'stored', fundingSourceFound: true });
    expect(stored.body.fundingSources[0].id).toBe(`BALANCE-${key.slice(-6)}`);
    // The other advertiser tests its own (none), never this one's; and cannot reach this one's path.
    expectStatus(
      await call(other.owner, 'POST', `/orgs/${other.org.id}/tremendous/check`, {}),
      409,
      'tremendous_not_configured',
    );
    expectStatus(await call(other.owner, 'POST', path, {}), 404);
  });

  it('disconnects (audited), refused while a gift card it ordered is open; the other advertiser’s stays', async () => {
    const { org, key, batchId } = await approvedGiftCardBatch(1);
    const other = await createAdvertiser(db);
    await connectTremendous(other.owner, other.org.id);
    const path = `/orgs/${org.org.id}/tremendous`;
    // Tremendous made the order but we did not hear back: the item is open, the key must stay for the recovery.
    await tremendousControl('POST', 'faults', { method: 'POST', path: '/orders', when: 'after', key });
    expectStatus(await send(org, batchId), 200);
    expectStatus(await call(org.finance, 'DELETE', path), 403);
    expectStatus(await call(other.owner, 'DELETE', path), 404);
    expectStatus(await call(org.owner, 'DELETE', path), 409, 'tremendous_payouts_in_flight');
    await resumePayoutSends({ ctx: serviceCtx(db, new Date(Date.now() + 3 * 60_000)), input: { limit: 10 } });
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'success' });

    expectStatus(await call(org.owner, 'DELETE', path), 204);
    expect((await call(org.finance, 'GET', path)).body).toMatchObject({ connected: false, apiKeyLast4: null });
    expectStatus(await call(org.owner, 'DELETE', path), 404);
    expectStatus(await call(org.owner, 'POST', `${path}/check`, {}), 409, 'tremendous_not_configured');
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, org.org.id));
    const removed = audit.find((a) => a.action === 'org_tremendous.disconnected')!;
    expect(removed.before).toMatchObject({ apiKeyLast4: key.slice(-4), fundingSourceId: 'balance' });
    expect(JSON.stringify(audit)).not.toContain(key);
    expect((await call(other.finance, 'GET', `/orgs/${other.org.id}/tremendous`)).body.connected).toBe(true);
  });
});

describe('choosing gift cards', () => {
  it('is offered once the advertiser connected Tremendous, for countries Tremendous’s catalog serves, with its fee', async () => {
    const org = await createAdvertiser(db);
    const session = org.affiliateSession;
    const path = `/affiliate/orgs/${org.org.id}/payout-methods`;
    const first = await call(session, 'GET', path);
    expect(first.body.rails.find((r: { rail: string }) => r.rail === 'tremendous')).toMatchObject({
      enabled: false,
      fee: { bps: 0, fixedMinor: 0 },
    });
    expectStatus(
      await call(session, 'PUT', path, { country: 'US', rail: 'tremendous' }),
      409,
      'tremendous_not_configured',
    );
    await connectTremendous(org.owner, org.org.id);
    expect(
      (await call(session, 'GET', path)).body.rails.find((r: { rail: string }) => r.rail === 'tremendous').enabled,
    ).toBe(true);
    // The local catalog has no card for North Korea: Tremendous's answer, not a list of ours.
    expectStatus(
      await call(session, 'PUT', path, { country: 'KP', rail: 'tremendous' }),
      400,
      'rail_country_unsupported',
    );
    const chosen = await call(session, 'PUT', path, { country: 'DE', rail: 'tremendous' });
    expectStatus(chosen, 200);
    expect(chosen.body.method).toMatchObject({ country: 'DE', rail: 'tremendous' });
  });
});

describe('gift-card currencies', () => {
  it('are those of the advertiser’s Tremendous catalog for the affiliate’s country, the currency they earn in first', async () => {
    const org = await createAdvertiser(db);
    const tremendousOf = async (session: Parameters<typeof call>[0]) =>
      (await call(session, 'GET', `/affiliate/orgs/${org.org.id}/payout-methods`)).body.rails.find(
        (r: { rail: string }) => r.rail === 'tremendous',
      ).currencies as string[];
    // Not connected: Tremendous's whole list, as the rail's facts say (no catalog to ask).
    expect((await tremendousOf(org.affiliateSession)).length).toBeGreaterThan(100);
    await connectTremendous(org.owner, org.org.id);
    // Connected, no country yet: every currency a product of the catalog takes (the local catalog's five).
    expect(await tremendousOf(org.affiliateSession)).toEqual(['CAD', 'EUR', 'GBP', 'RUB', 'USD']);
    // In Germany, earning in GBP: the cards sold there, GBP first.
    const { payee, session } = await giftCardPayee(db, org, 'DE');
    await approvedSales(db, payee, [50_000], 'GBP');
    expect(await tremendousOf(session)).toEqual(['GBP', 'CAD', 'EUR', 'USD']);
  });
});

describe('sending gift cards', () => {
  it('orders one gift card per item by email, keyed by the item id, and pays the lines', async () => {
    const { org, key, payees, batchId } = await approvedGiftCardBatch(2);
    const review = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batchId}`);
    expect(review.body.items.items.map((i: { rail: string; feeMinor: number }) => [i.rail, i.feeMinor])).toEqual([
      ['tremendous', 0],
      ['tremendous', 0],
    ]);
    const sent = await send(org, batchId);
    expectStatus(sent, 200);
    expect(Object.values(sent.body.parts)).toEqual(['sent']);
    const items = await itemsOf(db, batchId);
    expect(items.map((i) => i.status)).toEqual(['success', 'success']);
    const orders = await tremendousOrdersOf(key);
    expect(orders).toHaveLength(2);
    for (const item of items) {
      const order = orders.find((o) => o.external_id === item.id)!;
      expect(order).toMatchObject({
        status: 'EXECUTED',
        reward: { value: { denomination: 150, currency_code: 'USD' } },
      });
      const payee = payees.find((p) => p.payee.affiliate.id === item.affiliateId)!;
      expect(order.reward.recipient.email).toBe(payee.payee.affiliate.email);
      expect(order.reward.products.length).toBeGreaterThan(0);
      expect((await orderRowOf(item.id))!.orderId).toBe(order.id);
    }
    for (const p of payees) {
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
    // Sending again orders nothing more.
    await send(org, batchId);
    expect(await tremendousOrdersOf(key)).toHaveLength(2);
    await ledgerOk(org);
  });

  it('a crash after Tremendous made the order recovers with the same external_id, never a second gift card', async () => {
    const { org, key, batchId } = await approvedGiftCardBatch(1);
    await tremendousControl('POST', 'faults', { method: 'POST', path: '/orders', when: 'after', key });
    const res = await send(org, batchId);
    expectStatus(res, 200);
    expect(Object.values(res.body.parts)).toEqual(['unsure']);
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'pending' });
    expect(await tremendousOrdersOf(key)).toHaveLength(1);
    const later = new Date(Date.now() + 3 * 60_000);
    const resumed = await resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } });
    expect(resumed.results.find((r) => r.batchId === batchId)).toMatchObject({ status: 'sent' });
    const orders = await tremendousOrdersOf(key);
    expect(orders).toHaveLength(1);
    const [item] = await itemsOf(db, batchId);
    expect(item).toMatchObject({ status: 'success' });
    expect((await orderRowOf(item!.id))!.orderId).toBe(orders[0]!.id);
    await ledgerOk(org);
  });

  it('a refusal (the funding source short) fails the item and returns its lines to the balance', async () => {
    const org = await createAdvertiser(db);
    const key = await connectTremendous(org.owner, org.org.id);
    await tremendousControl('POST', 'accounts', { key, balanceCents: { USD: 1000 } });
    const { payee } = await giftCardPayee(db, org);
    const lines = await approvedSales(db, payee, [50_000]);
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    const batchId = proposal.batches[0]!.batchId;
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
    const res = await send(org, batchId);
    expect(Object.values(res.body.parts)).toEqual(['failed']);
    expect((await itemsOf(db, batchId))[0]).toMatchObject({ status: 'failed', failureCode: 'http_402' });
    expect(
      Object.values(
        await statusesOf(
          db,
          lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    expect(await tremendousOrdersOf(key)).toHaveLength(0);
    await ledgerOk(org);
  });

  it('an order waiting for approval in Tremendous is paid when approved: by webhook, or by polling when none comes', async () => {
    const { org, key, batchId } = await approvedGiftCardBatch(2).then(async (b) => {
      await tremendousControl('POST', 'accounts', { key: b.key, approvals: true });
      return b;
    });
    const res = await send(org, batchId);
    expect(Object.values(res.body.parts)).toEqual(['sent']);
    const items = await itemsOf(db, batchId);
    expect(items.map((i) => i.status)).toEqual(['pending', 'pending']);
    const orders = await tremendousOrdersOf(key);
    const [a, b] = items;
    const orderOf = (id: string) => orders.find((o) => o.external_id === id)!;

    // a: approved in Tremendous, its ORDERS.APPROVED webhook arrives.
    expect((await tremendousAs(key, 'POST', `/order_approvals/${orderOf(a!.id).id}/approve`)).status).toBe(200);
    const approved = (await tremendousWebhooksOf(key)).filter((d) => d.event === 'ORDERS.APPROVED');
    expect(approved).toHaveLength(1);
    const delivered = await deliverTremendous(org.org.id, approved[0]!);
    expectStatus(delivered, 200);
    expect(delivered.body).toMatchObject({ duplicate: false, outcome: 'applied' });
    expect((await itemsOf(db, batchId)).find((i) => i.id === a!.id)!.status).toBe('success');
    expect((await deliverTremendous(org.org.id, approved[0]!)).body).toMatchObject({ duplicate: true });
    // A tampered body or another key is refused and stores nothing.
    expectStatus(
      await deliverTremendous(org.org.id, {
        payload: approved[0]!.payload.replace('ORDERS', 'REWARDS'),
        signature: approved[0]!.signature,
      }),
      401,
      'invalid_signature',
    );
    // Delivered at another advertiser's endpoint (same webhook key there): verified, but not its order.
    const other = await createAdvertiser(db);
    await connectTremendous(other.owner, other.org.id);
    expect((await deliverTremendous(other.org.id, approved[0]!)).body).toMatchObject({ outcome: 'unknown_item' });

    // b: rejected in Tremendous with the webhook lost; the polling cron reads the order and returns the lines.
    expect((await tremendousAs(key, 'POST', `/order_approvals/${orderOf(b!.id).id}/reject`)).status).toBe(200);
    await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
    expect((await itemsOf(db, batchId)).find((i) => i.id === b!.id)!.status).toBe('canceled');
    await ledgerOk(org);
  });

  it('a gift card canceled after payment returns the money to the balance (REWARDS.CANCELED)', async () => {
    const { org, key, payees, batchId } = await approvedGiftCardBatch(1);
    await send(org, batchId);
    const [item] = await itemsOf(db, batchId);
    expect(item!.status).toBe('success');
    const row = await orderRowOf(item!.id);
    await tremendousControl('POST', `rewards/${row!.rewardId}/cancel`);
    const canceled = (await tremendousWebhooksOf(key)).filter((d) => d.event === 'REWARDS.CANCELED');
    expect((await deliverTremendous(org.org.id, canceled[0]!)).body).toMatchObject({ outcome: 'applied' });
    expect((await itemsOf(db, batchId))[0]!.status).toBe('refunded');
    expect(
      Object.values(
        await statusesOf(
          db,
          payees[0]!.lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    await ledgerOk(org);
  });

  it('verifies signatures as Tremendous documents: sha256=<hex HMAC of the body>', async () => {
    const { org, key, batchId } = await approvedGiftCardBatch(1);
    await send(org, batchId);
    const [item] = await itemsOf(db, batchId);
    const row = await orderRowOf(item!.id);
    await tremendousControl('POST', `rewards/${row!.rewardId}/delivery`, { status: 'SUCCEEDED' });
    const [d] = (await tremendousWebhooksOf(key)).filter((x) => x.event === 'REWARDS.DELIVERY.SUCCEEDED');
    const mac = await crypto.subtle.sign(
      'HMAC',
      await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(TREMENDOUS_TEST_WEBHOOK_KEY),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      ),
      new TextEncoder().encode(d!.payload),
    );
    expect(d!.signature).toBe(
      `sha256=${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')}`,
    );
    expect((await deliverTremendous(org.org.id, d!)).body).toMatchObject({ outcome: 'applied' });
    expect((await orderRowOf(item!.id))!.deliveryStatus).toBe('SUCCEEDED');
  });
});

/** A Tremendous API call with the advertiser's key (e.g. an approval an admin makes in Tremendous's dashboard). */
async function tremendousAs(key: string, method: string, path: string) {
  const { env } = await import('cloudflare:workers');
  const res = await fetch(`${(env as unknown as { TREMENDOUS_API_BASE_URL: string }).TREMENDOUS_API_BASE_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}` },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the batch page of a gift-card batch', () => {
  it('offers sending without any PayPal account: only the rails of its items need one', async () => {
    const { org, batchId } = await approvedGiftCardBatch(1);
    const ctx = {
      ...serviceCtx(db),
      config: { ...serviceCtx(db).config, PAYPAL_CLIENT_ID: undefined, PAYPAL_CLIENT_SECRET: undefined },
      actor: { userId: org.owner.userId, platformRole: 'none' as const },
      tenant: { kind: 'advertiser' as const, organizationId: org.org.id, role: 'owner' as const },
    };
    const { duties } = await getPayoutBatch({ ctx, input: { batchId, limit: 50 } });
    expect(duties.unconfiguredRails).toEqual([]);
    expect(duties.actions.find((a) => a.action === 'send')).toEqual({ action: 'send', allowed: true, reason: null });
  });
});
