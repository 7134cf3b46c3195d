import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { AppError } from '../../workers/errors/app-error';
import { requirePaypalAccount, resolvePaypalAccount } from '../../workers/services/paypal-accounts';
import { pollPayoutResults, proposePayouts } from '../../workers/services/payouts';
import { createAdvertiser, type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { addPayee, approvedSales, itemsOf, type OutboxWebhook } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const SANDBOX = env.PAYPAL_BASE_URL!;
const LIVE = env.PAYPAL_LIVE_BASE_URL!;

async function control<T = any>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}/__control/${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`PayPal control ${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A fresh REST app registered on the local server of `base` (the server is shared by every test file). */
async function registerApp(base: string) {
  const tag = crypto.randomUUID().slice(0, 8);
  const app = { clientId: `org-app-${tag}`, clientSecret: `org-secret-${tag}`, webhookId: `WH${tag.toUpperCase()}` };
  await control(base, 'POST', 'accounts', app);
  return app;
}

type App = Awaited<ReturnType<typeof registerApp>>;

const connect = (org: Advertiser, app: App, mode: 'sandbox' | 'live' = 'sandbox') =>
  call(org.owner, 'PUT', `/orgs/${org.org.id}/paypal`, { mode, ...app });

interface ServerBatch {
  payoutBatchId: string;
  account: string;
  senderBatchId: string | null;
}
const batchesOf = async (base: string, account: string) =>
  (await control<{ batches: ServerBatch[] }>(base, 'GET', `batches?account=${encodeURIComponent(account)}`)).batches;

/** A batch of one payee ($150.00 approved), proposed by the cron, approved by finance, sent by the owner. */
async function sentBatch(org: Advertiser) {
  const payee = await addPayee(db, org);
  await approvedSales(db, payee, [50_000]);
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  const sent = await call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
  expectStatus(sent, 200);
  expect(sent.body.parts).toEqual({ [batchId]: 'sent' });
  return { batchId, payee };
}

const webhooksAt = async (base: string, senderBatchId: string, count: number) =>
  eventually(
    async () => {
      const { webhooks } = await control<{ webhooks: OutboxWebhook[] }>(
        base,
        'GET',
        `webhooks?senderBatchId=${encodeURIComponent(senderBatchId)}`,
      );
      return webhooks.length >= count ? webhooks : undefined;
    },
    30_000,
    'webhooks',
  );

const deliver = (path: string, hook: OutboxWebhook) => call(null, 'POST', path, hook.body, hook.headers);

describe('connecting an organization’s PayPal app', () => {
  it('shows the webhook URL and the platform fallback before anything is connected', async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/paypal`);
    expectStatus(res, 200);
    expect(res.body).toEqual({
      connected: false,
      mode: null,
      clientId: null,
      webhookId: null,
      verifiedAt: null,
      updatedAt: null,
      webhookUrl: `${env.APP_BASE_URL.replace(/\/+$/, '')}/api/v1/paypal/webhooks/orgs/${acme.org.id}`,
      payoutsFrom: 'platform',
    });
  });

  it('refuses credentials PayPal refuses and stores nothing', async () => {
    const app = await registerApp(SANDBOX);
    const res = await connect(acme, { ...app, clientSecret: 'wrong-secret' });
    expectStatus(res, 400, 'paypal_credentials_rejected');
    expect(res.body.error.details).toMatchObject({ mode: 'sandbox', paypalError: 'invalid_client' });
    // Sandbox credentials are not live ones: the live server does not know this app.
    expectStatus(await connect(acme, app, 'live'), 400, 'paypal_credentials_rejected');
    expect(
      await db.select().from(s.orgPaypalAccounts).where(eq(s.orgPaypalAccounts.organizationId, acme.org.id)),
    ).toEqual([]);
  });

  it('is for owners to change and owners and finance to read; another tenant gets 404', async () => {
    const app = await registerApp(SANDBOX);
    expectStatus(await call(acme.finance, 'PUT', `/orgs/${acme.org.id}/paypal`, { mode: 'sandbox', ...app }), 403);
    expectStatus(await call(acme.admin, 'PUT', `/orgs/${acme.org.id}/paypal`, { mode: 'sandbox', ...app }), 403);
    expectStatus(await call(acme.admin, 'GET', `/orgs/${acme.org.id}/paypal`), 403);
    expectStatus(await call(acme.finance, 'DELETE', `/orgs/${acme.org.id}/paypal`), 403);
    expectStatus(await call(other.owner, 'PUT', `/orgs/${acme.org.id}/paypal`, { mode: 'sandbox', ...app }), 404);
    expectStatus(await call(acme.owner, 'PUT', `/orgs/${acme.org.id}/paypal`, { mode: 'test', ...app }), 400);
    expectStatus(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/paypal`), 404, 'not_found');
  });

  it('stores the secret encrypted, shows everything but the secret, audits, and chooses the live URL for live', async () => {
    const org = await createAdvertiser(db);
    const sandboxApp = await registerApp(SANDBOX);
    const res = await connect(org, sandboxApp);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      connected: true,
      mode: 'sandbox',
      clientId: sandboxApp.clientId,
      webhookId: sandboxApp.webhookId,
      verifiedAt: expect.any(String),
      payoutsFrom: 'organization',
    });
    expect(JSON.stringify(res.body)).not.toContain(sandboxApp.clientSecret);
    const [row] = await db.select().from(s.orgPaypalAccounts).where(eq(s.orgPaypalAccounts.organizationId, org.org.id));
    expect(row!.clientSecretEncrypted).not.toContain(sandboxApp.clientSecret);
    expect(row!.clientSecretEncrypted).toMatch(/^v1\./);
    expect(row!.updatedById).toBe(org.owner.userId);
    const get = await call(org.finance, 'GET', `/orgs/${org.org.id}/paypal`);
    expect(JSON.stringify(get.body)).not.toContain(sandboxApp.clientSecret);

    const resolved = await resolvePaypalAccount({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    expect(resolved).toMatchObject({
      source: 'organization',
      config: { baseUrl: SANDBOX, clientId: sandboxApp.clientId, clientSecret: sandboxApp.clientSecret },
    });

    // Replaced by a live app: checked against the live server, which is the base URL used from now on.
    const liveApp = await registerApp(LIVE);
    expectStatus(await connect(org, liveApp, 'live'), 200);
    expect(await resolvePaypalAccount({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).toMatchObject({
      source: 'organization',
      config: { baseUrl: LIVE, clientId: liveApp.clientId, webhookId: liveApp.webhookId },
    });
    const { batchId } = await sentBatch(org);
    expect((await batchesOf(LIVE, liveApp.clientId)).map((b) => b.senderBatchId)).toEqual([batchId]);

    const audit = await db
      .select({ action: s.auditLog.action, before: s.auditLog.before, after: s.auditLog.after })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, org.org.id), eq(s.auditLog.targetType, 'organization')));
    expect(audit.map((a) => a.action)).toEqual(['org_paypal.connected', 'org_paypal.replaced']);
    expect(audit[1]).toMatchObject({
      before: { mode: 'sandbox', clientId: sandboxApp.clientId },
      after: { mode: 'live', clientId: liveApp.clientId },
    });
    expect(JSON.stringify(audit)).not.toMatch(/org-secret-/);
  });
});

describe('which account pays', () => {
  let appA: App;
  let appB: App;
  let a: Advertiser;
  let b: Advertiser;
  let batchA: string;
  let batchB: string;

  beforeAll(async () => {
    [a, b] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
    [appA, appB] = await Promise.all([registerApp(SANDBOX), registerApp(SANDBOX)]);
    expectStatus(await connect(a, appA), 200);
    expectStatus(await connect(b, appB), 200);
    batchA = (await sentBatch(a)).batchId;
    batchB = (await sentBatch(b)).batchId;
  });

  it('sends each organization’s batch with its own app, and nobody else’s', async () => {
    expect((await batchesOf(SANDBOX, appA.clientId)).map((x) => x.senderBatchId)).toEqual([batchA]);
    expect((await batchesOf(SANDBOX, appB.clientId)).map((x) => x.senderBatchId)).toEqual([batchB]);
    const platform = await batchesOf(SANDBOX, 'test-paypal-client-id');
    expect(platform.map((x) => x.senderBatchId)).not.toContain(batchA);
    expect(platform.map((x) => x.senderBatchId)).not.toContain(batchB);
  });

  it('falls back to the deployment’s app for an organization without one; with neither, payouts are off', async () => {
    const plain = await createAdvertiser(db);
    const { batchId } = await sentBatch(plain);
    expect((await batchesOf(SANDBOX, 'test-paypal-client-id')).map((x) => x.senderBatchId)).toContain(batchId);
    const noPlatform = { ...serviceCtx(db), config: { ...serviceCtx(db).config, PAYPAL_CLIENT_ID: undefined } };
    expect(await resolvePaypalAccount({ ctx: noPlatform, input: { organizationId: plain.org.id } })).toBeNull();
    await expect(
      requirePaypalAccount({ ctx: noPlatform, input: { organizationId: plain.org.id } }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      requirePaypalAccount({ ctx: noPlatform, input: { organizationId: plain.org.id } }),
    ).rejects.toMatchObject({
      code: 'payouts_not_configured',
    });
    // An organization's own app still pays when the deployment has none.
    expect(await resolvePaypalAccount({ ctx: noPlatform, input: { organizationId: a.org.id } })).toMatchObject({
      source: 'organization',
    });
  });

  it('verifies webhooks at the organization’s URL with its app; another organization’s URL changes nothing', async () => {
    const hooks = await webhooksAt(SANDBOX, batchA, 3);
    const itemEvent = hooks.find((h) => h.eventType === 'PAYMENT.PAYOUTS-ITEM.SUCCEEDED')!;
    // B's webhook id is not the one A's events went to: PayPal does not confirm them there.
    expectStatus(await deliver(`/v1/paypal/webhooks/orgs/${b.org.id}`, itemEvent), 400, 'invalid_signature');
    // Nor at the platform URL, verified with the deployment's app.
    expectStatus(await deliver('/v1/paypal/webhooks', itemEvent), 400, 'invalid_signature');
    // An organization without an app has no webhook endpoint.
    expectStatus(await deliver(`/v1/paypal/webhooks/orgs/${other.org.id}`, itemEvent), 404, 'not_found');
    expect((await itemsOf(db, batchA)).map((i) => i.status)).toEqual(['pending']);

    const applied = await deliver(`/v1/paypal/webhooks/orgs/${a.org.id}`, itemEvent);
    expectStatus(applied, 200);
    expect(applied.body).toMatchObject({ duplicate: false, outcome: 'applied' });
    expect((await itemsOf(db, batchA)).map((i) => i.status)).toEqual(['success']);
  });

  it('acts only on the organization’s own payouts when two organizations share one PayPal app', async () => {
    const twin = await createAdvertiser(db);
    expectStatus(await connect(twin, appB), 200);
    const hooks = await webhooksAt(SANDBOX, batchB, 3);
    const itemEvent = hooks.find((h) => h.eventType === 'PAYMENT.PAYOUTS-ITEM.SUCCEEDED')!;
    const foreign = await deliver(`/v1/paypal/webhooks/orgs/${twin.org.id}`, itemEvent);
    expectStatus(foreign, 200);
    expect(foreign.body).toMatchObject({ outcome: 'other_organization' });
    expect((await itemsOf(db, batchB)).map((i) => i.status)).toEqual(['pending']);
    // The same event at its owner's URL is still applied.
    const own = await deliver(`/v1/paypal/webhooks/orgs/${b.org.id}`, itemEvent);
    expect(own.body).toMatchObject({ duplicate: false, outcome: 'applied' });
    expect((await itemsOf(db, batchB)).map((i) => i.status)).toEqual(['success']);
  });

  it('polls each organization’s parts with its own app, and refuses switching apps while payouts are open', async () => {
    const { batchId } = await sentBatch(a);
    const newApp = await registerApp(SANDBOX);
    expectStatus(await connect(a, newApp), 409, 'paypal_payouts_in_flight');
    expectStatus(await call(a.owner, 'DELETE', `/orgs/${a.org.id}/paypal`), 409, 'paypal_payouts_in_flight');
    // The same app with its webhook id changed is still the same account.
    expectStatus(await connect(a, { ...appA, webhookId: appA.webhookId }), 200);

    await eventually(
      async () => {
        await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 200 } });
        const [batch] = await db.select().from(s.payoutBatches).where(eq(s.payoutBatches.id, batchId));
        return batch!.status === 'completed' ? batch : undefined;
      },
      30_000,
      'the batch completed by polling',
    );
    // Read back with A's app: the platform's or another app's token would get PayPal's 404.
    expect((await itemsOf(db, batchId)).map((i) => i.status)).toEqual(['success']);
    expect((await batchesOf(SANDBOX, appA.clientId)).map((x) => x.senderBatchId)).toContain(batchId);
    const [part] = await db.select().from(s.payoutBatchParts).where(eq(s.payoutBatchParts.batchId, batchId));
    expect(part!.lastError).toBeNull();
    expect(part!.paypalStatus).toBe('SUCCESS');

    expectStatus(await connect(a, newApp), 200);
    expectStatus(await call(a.owner, 'DELETE', `/orgs/${a.org.id}/paypal`), 204);
    expect((await call(a.owner, 'GET', `/orgs/${a.org.id}/paypal`)).body).toMatchObject({
      connected: false,
      payoutsFrom: 'platform',
    });
  });
});
