import { env } from 'cloudflare:workers';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import * as s from '../../schema';
import type { WebhookEvent } from '../../schema/enums';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { WEBHOOK_DISABLE_AFTER, WEBHOOK_MAX_ATTEMPTS } from '../../workers/domain/webhook-delivery';
import worker from '../../workers/index';
import type { NotificationRequest } from '../../workers/services/notifications';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { recordingBatch } from '../queue-batch';
import { type Received, type ReceiverSetup, WEBHOOK_TEST_HOST } from '../webhook-receiver';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const receiver = `http://127.0.0.1:${inject('webhookReceiverPort')}`;

/** A fresh receiver key, registered with what it accepts. */
async function receiverFor(setup: ReceiverSetup, key = `k${crypto.randomUUID()}`) {
  await fetch(`${receiver}/__control/${key}`, { method: 'PUT', body: JSON.stringify(setup) });
  return { key, url: `https://${WEBHOOK_TEST_HOST}/${key}` };
}
const receivedOn = async (key: string): Promise<Received[]> => (await fetch(`${receiver}/__control/${key}`)).json();

const ALL: WebhookEvent[] = ['conversion', 'rejection', 'cancellation', 'payout', 'postback_error', 'low_balance'];

/** Creates an endpoint through the API; its secret is in the answer. */
async function createEndpoint(
  who: Advertiser,
  scope: 'organization' | 'affiliate',
  url: string,
  events: WebhookEvent[] = ALL,
) {
  const res =
    scope === 'organization'
      ? await call(who.owner, 'POST', `/orgs/${who.org.id}/webhooks`, { url, events, description: 'CRM' })
      : await call(who.affiliateSession, 'POST', '/affiliate/webhooks', { url, events });
  expectStatus(res, 201);
  return res.body as { id: string; secret: string };
}

function conversionRequest(t: Advertiser, amountMinor = 1500): NotificationRequest {
  const commissionId = uuidv7();
  return {
    v: 1,
    userId: t.affiliate.id,
    organizationId: t.org.id,
    event: 'conversion',
    title: 'New sale',
    body: 'Commission',
    data: { conversionId: uuidv7(), commissionId, level: 0, amountMinor, currency: 'USD' },
    dedupeKey: `conversion:${commissionId}`,
  };
}

/** Runs the notifications consumer on `requests`, as the runtime would. */
async function notify(requests: NotificationRequest[]) {
  const { batch, outcomes } = recordingBatch(
    'notifications',
    requests.map((body) => ({ body, attempts: 1 })),
  );
  await worker.queue(batch, env);
  expect(outcomes.every((o) => o.acked)).toBe(true);
}

/** A delivery row for `endpointId`, as the fan-out writes it, for driving the consumer by hand. */
async function deliveryFor(endpointId: string, type = 'payout') {
  const [row] = await db
    .insert(s.webhookDeliveries)
    .values({
      endpointId,
      eventType: type,
      eventKey: `manual:${uuidv7()}`,
      body: JSON.stringify({ type, timestamp: new Date().toISOString(), data: { amountMinor: 2500, currency: 'EUR' } }),
    })
    .returning();
  return row!;
}

/** Delivers one message as the runtime's `attempts`-th try. */
async function deliver(deliveryId: string, attempts: number) {
  const { batch, outcomes } = recordingBatch('webhooks', [{ body: { v: 1, deliveryId }, attempts }]);
  await worker.queue(batch, env);
  return outcomes[0]!;
}

const deliveryRow = async (id: string) =>
  (await db.select().from(s.webhookDeliveries).where(eq(s.webhookDeliveries.id, id)))[0]!;
const endpointRow = async (id: string) =>
  (await db.select().from(s.webhookEndpoints).where(eq(s.webhookEndpoints.id, id)))[0]!;

/** Independent check with WebCrypto, beside the receiver's node:crypto one. */
async function hmacBase64(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    Uint8Array.from(atob(secret.slice('whsec_'.length)), (c) => c.charCodeAt(0)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
  return btoa(String.fromCharCode(...mac));
}

describe('endpoints', () => {
  it('shows the whsec_ secret once, stores it encrypted, and audits the change', async () => {
    const { url } = await receiverFor({ secrets: [] });
    const created = await createEndpoint(acme, 'organization', url);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const listed = await call(acme.admin, 'GET', `/orgs/${acme.org.id}/webhooks`);
    expectStatus(listed, 200);
    const mine = listed.body.items.find((e: { id: string }) => e.id === created.id);
    expect(mine).toMatchObject({ url, description: 'CRM', active: true, consecutiveFailures: 0 });
    expect(JSON.stringify(listed.body)).not.toContain(created.secret.slice(6, 30));

    const row = await endpointRow(created.id);
    expect(row.organizationId).toBe(acme.org.id);
    expect(row.userId).toBeNull();
    expect(row.secretEncrypted).toMatch(/^v1\./);
    expect(row.secretEncrypted).not.toContain(created.secret.slice(6, 30));

    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, created.id));
    expect(audit.map((a) => a.action)).toEqual(['webhook_endpoint.created']);
    expect(JSON.stringify(audit)).not.toContain(created.secret.slice(6, 30));
    expect(audit[0]!.organizationId).toBe(acme.org.id);
  });

  it.each([
    ['plain http', 'http://hooks.receiver-example.com/x'],
    ['loopback', 'https://127.0.0.1/x'],
    ['localhost', 'https://localhost/x'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data'],
    ['private network', 'https://10.0.0.8/hook'],
    ['a non-default port', 'https://hooks.receiver-example.com:8443/x'],
    ['internal name', 'https://metadata.google.internal/x'],
    ['Burp Collaborator spoofed (127.0.0.1)', 'https://spoofed.burpcollaborator.net/x'],
    ['a loopback echo name', 'https://readme.localtest.me/x'],
    ['a rebinding name', 'https://7f000001.c0a80001.rbndr.us/x'],
    ['a private address under an unknown wildcard service', 'https://hooks-10-0-0-8.wild-dns.dev/x'],
    ['hex loopback', 'https://0x7f000001/x'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:7f00:1]/x'],
  ])('refuses %s URLs with a 400, on create and update', async (_label, url) => {
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/webhooks`, { url, events: ['payout'] });
    expectStatus(created, 400, 'validation_failed');
    const { url: good } = await receiverFor({ secrets: [] });
    const ok = await createEndpoint(acme, 'organization', good);
    const patched = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}/webhooks/${ok.id}`, { url });
    expectStatus(patched, 400, 'validation_failed');
    expect((await endpointRow(ok.id)).url).toBe(good);
    await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/webhooks/${ok.id}`);
  });

  it('keeps each owner to its own endpoints: other organizations and other affiliates get 404', async () => {
    const { url } = await receiverFor({ secrets: [] });
    const orgEndpoint = await createEndpoint(acme, 'organization', url);
    const affEndpoint = await createEndpoint(acme, 'affiliate', url);

    for (const [method, suffix, body] of [
      ['PATCH', '', { description: 'x' }],
      ['POST', '/rotate-secret', undefined],
      ['POST', '/test', undefined],
      ['GET', '/attempts', undefined],
      ['DELETE', '', undefined],
    ] as const) {
      expectStatus(
        await call(other.owner, method, `/orgs/${other.org.id}/webhooks/${orgEndpoint.id}${suffix}`, body),
        404,
        'not_found',
      );
      expectStatus(
        await call(other.affiliateSession, method, `/affiliate/webhooks/${affEndpoint.id}${suffix}`, body),
        404,
        'not_found',
      );
      // An organization's endpoint is not the affiliate's, nor the other way round.
      expectStatus(
        await call(acme.affiliateSession, method, `/affiliate/webhooks/${orgEndpoint.id}${suffix}`, body),
        404,
        'not_found',
      );
    }
    const theirs = await call(other.owner, 'GET', `/orgs/${other.org.id}/webhooks`);
    expect(theirs.body.items.map((e: { id: string }) => e.id)).not.toContain(orgEndpoint.id);
    const affiliates = await call(other.affiliateSession, 'GET', '/affiliate/webhooks');
    expect(affiliates.body.items).toEqual([]);
    expectStatus(await call(acme.finance, 'GET', `/orgs/${acme.org.id}/webhooks`), 403, 'forbidden');
  });
});

describe('signed delivery', () => {
  it('fans a notification out to the affiliate and its organization only, signed and verified by the receiver', async () => {
    const acmeOrg = await receiverFor({ secrets: [] });
    const acmeAff = await receiverFor({ secrets: [] });
    const otherOrg = await receiverFor({ secrets: [] });
    const otherAff = await receiverFor({ secrets: [] });
    const e1 = await createEndpoint(acme, 'organization', acmeOrg.url, ['conversion']);
    const e2 = await createEndpoint(acme, 'affiliate', acmeAff.url, ['conversion']);
    const e3 = await createEndpoint(other, 'organization', otherOrg.url, ['conversion']);
    const e4 = await createEndpoint(other, 'affiliate', otherAff.url, ['conversion']);
    // Only a payout subscriber: a conversion must not reach it.
    const payoutsOnly = await receiverFor({ secrets: [] });
    const e5 = await createEndpoint(acme, 'organization', payoutsOnly.url, ['payout']);
    for (const [r, e] of [
      [acmeOrg, e1],
      [acmeAff, e2],
      [otherOrg, e3],
      [otherAff, e4],
      [payoutsOnly, e5],
    ] as const)
      await receiverFor({ secrets: [e.secret] }, r.key);

    const request = conversionRequest(acme, 4200);
    await notify([request]);
    // Redelivered: no second delivery.
    await notify([request]);

    const [orgHit] = await eventually(async () => {
      const hits = await receivedOn(acmeOrg.key);
      return hits.length > 0 ? hits : undefined;
    });
    const [affHit] = await eventually(async () => {
      const hits = await receivedOn(acmeAff.key);
      return hits.length > 0 ? hits : undefined;
    });
    for (const hit of [orgHit!, affHit!]) {
      expect(hit.verdict).toBe('accepted');
      expect(hit.headers['content-type']).toBe('application/json');
      expect(hit.headers['user-agent']).toBe('AffiliateEdge-Webhooks/1');
      const body = JSON.parse(hit.body);
      expect(body).toMatchObject({
        type: 'conversion',
        data: { amountMinor: 4200, currency: 'USD', organizationId: acme.org.id, userId: acme.affiliate.id },
      });
      expect(Number.isNaN(Date.parse(body.timestamp))).toBe(false);
      expect(body.data).not.toHaveProperty('revenueMinor');
    }
    // WebCrypto agrees with the receiver's node:crypto check.
    const id = affHit!.headers['webhook-id'] as string;
    const ts = affHit!.headers['webhook-timestamp'] as string;
    expect(id).toMatch(/^msg_[0-9a-f-]{36}$/);
    expect(Math.abs(Number(ts) - Date.now() / 1000)).toBeLessThan(60);
    expect(affHit!.headers['webhook-signature']).toBe(
      `v1,${await hmacBase64(e2.secret, `${id}.${ts}.${affHit!.body}`)}`,
    );

    await new Promise((r) => setTimeout(r, 1500));
    expect(await receivedOn(acmeOrg.key)).toHaveLength(1);
    expect(await receivedOn(acmeAff.key)).toHaveLength(1);
    expect(await receivedOn(otherOrg.key)).toEqual([]);
    expect(await receivedOn(otherAff.key)).toEqual([]);
    expect(await receivedOn(payoutsOnly.key)).toEqual([]);
    const rows = await db.select().from(s.webhookDeliveries).where(eq(s.webhookDeliveries.endpointId, e1.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe('success');
  });

  it('sends an organization one delivery when several of its members are told of the same event', async () => {
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(acme, 'organization', r.url, ['low_balance']);
    const data = { balanceMinor: 900, currency: 'USD' };
    const perMember = [acme.owner, acme.admin].map(
      (m): NotificationRequest => ({
        v: 1,
        userId: m.userId,
        organizationId: acme.org.id,
        event: 'low_balance',
        title: 'Low balance',
        body: '',
        data,
        dedupeKey: `low_balance:${acme.org.id}:${m.userId}:${uuidv7()}`.slice(0, 300),
      }),
    );
    await notify(perMember);
    const rows = await db.select().from(s.webhookDeliveries).where(eq(s.webhookDeliveries.endpointId, e.id));
    expect(rows).toHaveLength(1);
  });

  it('a replayed request is refused by the receiver: the same id is a duplicate, an old timestamp is stale', async () => {
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(acme, 'organization', r.url);
    await receiverFor({ secrets: [e.secret] }, r.key);
    const d = await deliveryFor(e.id);
    expect(await deliver(d.id, 1)).toMatchObject({ acked: true, retried: false });
    const [hit] = await receivedOn(r.key);
    expect(hit!.verdict).toBe('accepted');

    // An attacker replays the captured request: same id, same signature.
    const replay = await fetch(`${receiver}/${r.key}`, {
      method: 'POST',
      headers: {
        'webhook-id': hit!.headers['webhook-id'] as string,
        'webhook-timestamp': hit!.headers['webhook-timestamp'] as string,
        'webhook-signature': hit!.headers['webhook-signature'] as string,
      },
      body: hit!.body,
    });
    expect(replay.status).toBe(200);
    expect((await receivedOn(r.key)).at(-1)!.verdict).toBe('duplicate');
    // With a new id the signature no longer matches.
    const forged = await fetch(`${receiver}/${r.key}`, {
      method: 'POST',
      headers: {
        'webhook-id': 'msg_forged',
        'webhook-timestamp': hit!.headers['webhook-timestamp'] as string,
        'webhook-signature': hit!.headers['webhook-signature'] as string,
      },
      body: hit!.body,
    });
    expect(forged.status).toBe(401);

    // Seen from a receiver whose clock is 6 minutes ahead, our fresh timestamp is outside the tolerance.
    await receiverFor({ secrets: [e.secret], clockOffsetSeconds: 360 }, r.key);
    const late = await deliveryFor(e.id);
    const lateOutcome = await deliver(late.id, 1);
    expect(lateOutcome).toMatchObject({ acked: false, retried: true });
    expect(lateOutcome.delaySeconds).toBeGreaterThanOrEqual(4);
    expect(lateOutcome.delaySeconds).toBeLessThanOrEqual(6);
    expect((await receivedOn(r.key)).at(-1)!.verdict).toBe('stale');
    expect(await deliveryRow(late.id)).toMatchObject({ status: 'retrying', attempts: 1, lastStatusCode: 400 });
  });

  it('is idempotent: a redelivered message after success sends nothing more', async () => {
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(acme, 'organization', r.url);
    await receiverFor({ secrets: [e.secret] }, r.key);
    const d = await deliveryFor(e.id);
    expect(await deliver(d.id, 1)).toMatchObject({ acked: true });
    expect(await deliver(d.id, 1)).toMatchObject({ acked: true });
    expect(await deliver(d.id, 2)).toMatchObject({ acked: true });
    expect(await receivedOn(r.key)).toHaveLength(1);
    const attempts = await db.select().from(s.webhookAttempts).where(eq(s.webhookAttempts.deliveryId, d.id));
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ outcome: 'success', statusCode: 200, responseSnippet: 'ok' });
  });
});

describe('rotation', () => {
  it('signs with both secrets during the overlap, and only the new one after it', async () => {
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(acme, 'organization', r.url);
    const rotated = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/webhooks/${e.id}/rotate-secret`);
    expectStatus(rotated, 200);
    const fresh = rotated.body.secret as string;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(e.secret);
    const overlapEnd = Date.parse(rotated.body.previousSecretExpiresAt);
    expect(overlapEnd - Date.now()).toBeGreaterThan(23 * 3600_000);
    expect(overlapEnd - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    // A receiver still on the old secret, and one already on the new one, both accept.
    await receiverFor({ secrets: [e.secret] }, r.key);
    expect(await deliver((await deliveryFor(e.id)).id, 1)).toMatchObject({ acked: true });
    await receiverFor({ secrets: [fresh] }, r.key);
    expect(await deliver((await deliveryFor(e.id)).id, 1)).toMatchObject({ acked: true });
    const hits = await receivedOn(r.key);
    expect(hits.map((h) => h.verdict)).toEqual(['accepted', 'accepted']);
    expect((hits[0]!.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);

    // The overlap ends: the old secret no longer signs.
    await db
      .update(s.webhookEndpoints)
      .set({ previousSecretExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.webhookEndpoints.id, e.id));
    await receiverFor({ secrets: [e.secret] }, r.key);
    const refused = await deliveryFor(e.id);
    expect(await deliver(refused.id, 1)).toMatchObject({ retried: true });
    expect((await receivedOn(r.key)).at(-1)).toMatchObject({ verdict: 'bad_signature', status: 401 });
    await receiverFor({ secrets: [fresh] }, r.key);
    expect(await deliver(refused.id, 2)).toMatchObject({ acked: true });
    const last = (await receivedOn(r.key)).at(-1)!;
    expect(last.verdict).toBe('accepted');
    expect((last.headers['webhook-signature'] as string).split(' ')).toHaveLength(1);

    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, e.id), eq(s.auditLog.action, 'webhook_endpoint.secret_rotated')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(fresh.slice(6, 30));
  });
});

describe('retries and disabling', () => {
  it('retries with growing delays, logs every attempt, and fails the delivery after the last', async () => {
    const t = await createAdvertiser(db);
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(t, 'organization', r.url);
    await receiverFor({ secrets: [e.secret], mode: 'fail' }, r.key);
    const d = await deliveryFor(e.id);
    const delays: (number | undefined)[] = [];
    for (let attempt = 1; attempt < WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const outcome = await deliver(d.id, attempt);
      expect(outcome, `attempt ${attempt}: ${JSON.stringify(await deliveryRow(d.id))}`).toMatchObject({ acked: false });
      delays.push(outcome.delaySeconds);
    }
    // The postbacks' schedule, 5 s … 10 h, each jittered by ±20 % and within the queue's 12 h limit.
    [5, 300, 1800, 7200, 18_000, 36_000, 36_000].forEach((nominal, i) => {
      expect(delays[i]).toBeGreaterThanOrEqual(Math.round(nominal * 0.8));
      expect(delays[i]).toBeLessThanOrEqual(Math.min(43_200, Math.round(nominal * 1.2)));
    });
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'retrying', attempts: WEBHOOK_MAX_ATTEMPTS - 1 });
    expect(await deliver(d.id, WEBHOOK_MAX_ATTEMPTS)).toMatchObject({ acked: true, retried: false });
    expect(await deliveryRow(d.id)).toMatchObject({
      status: 'failed',
      attempts: WEBHOOK_MAX_ATTEMPTS,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
    });
    const attempts = await db
      .select()
      .from(s.webhookAttempts)
      .where(eq(s.webhookAttempts.deliveryId, d.id))
      .orderBy(asc(s.webhookAttempts.attempt));
    expect(attempts.map((a) => a.outcome)).toEqual([...Array(WEBHOOK_MAX_ATTEMPTS - 1).fill('retrying'), 'failed']);
    expect(
      attempts.every((a) => a.statusCode === 500 && a.responseSnippet === 'receiver down' && a.durationMs !== null),
    ).toBe(true);
    // Every attempt carried the same webhook-id, so the receiver could dedupe them.
    expect(new Set((await receivedOn(r.key)).map((h) => h.headers['webhook-id'])).size).toBe(1);
    expect((await endpointRow(e.id)).consecutiveFailures).toBe(1);
  });

  it('a refused target and a closed port fail without harming anyone else', async () => {
    const e = await createEndpoint(
      await createAdvertiser(db),
      'organization',
      'https://hooks-down.receiver-example.com/x',
    );
    const d = await deliveryFor(e.id);
    const outcome = await deliver(d.id, 1);
    expect(outcome).toMatchObject({ retried: true });
    expect(outcome.delaySeconds).toBeGreaterThanOrEqual(4);
    expect(outcome.delaySeconds).toBeLessThanOrEqual(6);
    expect((await deliveryRow(d.id)).lastError).toMatch(/network error/);
    // A URL stored before the rules tightened (written directly here) is refused at send time.
    await db.update(s.webhookEndpoints).set({ url: 'https://127.0.0.1/x' }).where(eq(s.webhookEndpoints.id, e.id));
    const refused = await deliveryFor(e.id);
    expect(await deliver(refused.id, 1)).toMatchObject({ acked: true, retried: false });
    expect(await deliveryRow(refused.id)).toMatchObject({ status: 'failed' });
    expect((await deliveryRow(refused.id)).lastError).toMatch(/^refused: /);
  });

  it(`turns the endpoint off after ${WEBHOOK_DISABLE_AFTER} failed deliveries in a row, tells the owners, and can be turned back on`, async () => {
    const t = await createAdvertiser(db);
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(t, 'organization', r.url);
    await receiverFor({ secrets: [e.secret], mode: 'fail' }, r.key);
    // A success in between resets the count.
    await db
      .update(s.webhookEndpoints)
      .set({ consecutiveFailures: WEBHOOK_DISABLE_AFTER - 2 })
      .where(eq(s.webhookEndpoints.id, e.id));
    await deliver((await deliveryFor(e.id)).id, WEBHOOK_MAX_ATTEMPTS);
    expect(await endpointRow(e.id)).toMatchObject({ consecutiveFailures: WEBHOOK_DISABLE_AFTER - 1, active: true });
    await receiverFor({ secrets: [e.secret] }, r.key);
    await deliver((await deliveryFor(e.id)).id, 1);
    expect((await endpointRow(e.id)).consecutiveFailures).toBe(0);

    await receiverFor({ secrets: [e.secret], mode: 'fail' }, r.key);
    for (let i = 0; i < WEBHOOK_DISABLE_AFTER; i++) {
      expect((await endpointRow(e.id)).active).toBe(true);
      await deliver((await deliveryFor(e.id)).id, WEBHOOK_MAX_ATTEMPTS);
    }
    const off = await endpointRow(e.id);
    expect(off).toMatchObject({ active: false, consecutiveFailures: WEBHOOK_DISABLE_AFTER });
    expect(off.disabledAt).not.toBeNull();
    expect(off.disabledReason).toMatch(/HTTP 500/);

    // Owner and admin are told in-app (through the notifications queue); finance is not.
    // Rows are per channel now (email is on by default too), so read the in-app ones.
    const told = await eventually(async () => {
      const rows = await db
        .select()
        .from(s.notifications)
        .where(and(eq(s.notifications.event, 'webhook_disabled'), eq(s.notifications.channel, 'in_app')));
      const mine = rows.filter((n) => (n.data as { endpointId?: string }).endpointId === e.id);
      return mine.length >= 2 ? mine : undefined;
    });
    expect(told.map((n) => n.userId).sort()).toEqual([t.owner.userId, t.admin.userId].sort());
    expect(told.every((n) => n.channel === 'in_app')).toBe(true);

    // Deliveries while off are dropped, not attempted.
    const dropped = await deliveryFor(e.id);
    const before = (await receivedOn(r.key)).length;
    expect(await deliver(dropped.id, 1)).toMatchObject({ acked: true });
    expect(await deliveryRow(dropped.id)).toMatchObject({ status: 'failed', lastError: 'endpoint disabled' });
    expect(await receivedOn(r.key)).toHaveLength(before);

    const listed = await call(t.owner, 'GET', `/orgs/${t.org.id}/webhooks`);
    expect(listed.body.items[0]).toMatchObject({ active: false, consecutiveFailures: WEBHOOK_DISABLE_AFTER });
    const on = await call(t.owner, 'PATCH', `/orgs/${t.org.id}/webhooks/${e.id}`, { active: true });
    expectStatus(on, 200);
    expect(on.body).toMatchObject({ active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
  });

  it('an affiliate endpoint turned off tells the affiliate', async () => {
    const t = await createAdvertiser(db);
    const e = await createEndpoint(t, 'affiliate', 'https://hooks-down.receiver-example.com/gone');
    await db
      .update(s.webhookEndpoints)
      .set({ consecutiveFailures: WEBHOOK_DISABLE_AFTER - 1 })
      .where(eq(s.webhookEndpoints.id, e.id));
    await deliver((await deliveryFor(e.id)).id, WEBHOOK_MAX_ATTEMPTS);
    expect((await endpointRow(e.id)).active).toBe(false);
    const told = await eventually(async () => {
      const rows = await db.select().from(s.notifications).where(eq(s.notifications.userId, t.affiliate.id));
      return rows.find((n) => n.event === 'webhook_disabled');
    });
    expect(told.organizationId).toBeNull();
  });
});

describe('test event and log', () => {
  it('sends a signed webhook.test now and shows it in the delivery log', async () => {
    const t = await createAdvertiser(db);
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(t, 'affiliate', r.url);
    await receiverFor({ secrets: [e.secret] }, r.key);
    const sent = await call(t.affiliateSession, 'POST', `/affiliate/webhooks/${e.id}/test`);
    expectStatus(sent, 200);
    expect(sent.body).toMatchObject({ eventType: 'webhook.test', outcome: 'success', statusCode: 200, attempt: 1 });
    const [hit] = await receivedOn(r.key);
    expect(hit!.verdict).toBe('accepted');
    expect(JSON.parse(hit!.body)).toMatchObject({ type: 'webhook.test', data: { endpointId: e.id } });
    expect(hit!.headers['webhook-id']).toBe(sent.body.webhookId);

    await receiverFor({ secrets: [e.secret], mode: 'fail' }, r.key);
    const failed = await call(t.affiliateSession, 'POST', `/affiliate/webhooks/${e.id}/test`);
    expect(failed.body).toMatchObject({ outcome: 'failed', statusCode: 500, error: 'HTTP 500' });
    // A test never counts toward turning the endpoint off.
    expect((await endpointRow(e.id)).consecutiveFailures).toBe(0);

    const log = await call(t.affiliateSession, 'GET', `/affiliate/webhooks/${e.id}/attempts?limit=1`);
    expectStatus(log, 200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ outcome: 'failed', statusCode: 500 });
    expect(log.body.nextCursor).not.toBeNull();
    const next = await call(
      t.affiliateSession,
      'GET',
      `/affiliate/webhooks/${e.id}/attempts?limit=5&cursor=${log.body.nextCursor}`,
    );
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0]).toMatchObject({ outcome: 'success', statusCode: 200 });
  });

  it('deleting an endpoint drops its queued deliveries and is audited', async () => {
    const t = await createAdvertiser(db);
    const r = await receiverFor({ secrets: [] });
    const e = await createEndpoint(t, 'organization', r.url);
    const d = await deliveryFor(e.id);
    expectStatus(await call(t.admin, 'DELETE', `/orgs/${t.org.id}/webhooks/${e.id}`), 204);
    expect(await deliver(d.id, 1)).toMatchObject({ acked: true });
    expect(await deliveryRow(d.id)).toMatchObject({ status: 'failed', lastError: 'endpoint deleted' });
    expect(await receivedOn(r.key)).toEqual([]);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, e.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['webhook_endpoint.created', 'webhook_endpoint.deleted']);
  });
});
