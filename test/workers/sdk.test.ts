import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { AffiliateEdgeError, createClient, type ClientOptions, verifyWebhook } from '../../sdk/typescript/src/index';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId } from '../conversions';
import { eventually } from '../eventually';
import { issueAppKey, sendRaw, type AppKey } from '../inbound';
import { type Received, WEBHOOK_TEST_HOST } from '../webhook-receiver';
import { workerFetch } from '../worker-fetch';
import { useTestDatabase } from '../worker-env';

// The TypeScript SDK (sdk/typescript) against the real Worker: its signature, retries and webhook verification
// meet the code that checks and sends them, not a copy of it.
useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const HOUR = 3_600_000;
const noWait = async () => {};

function clientFor(key: AppKey, options: Partial<ClientOptions> = {}) {
  return createClient({
    apiKey: key.key,
    signingSecret: key.signingSecret,
    baseUrl: 'https://api.test',
    fetch: workerFetch as typeof fetch,
    sleep: noWait,
    ...options,
  });
}

const conversionsOf = (eventId: string) => db.select().from(s.conversions).where(eq(s.conversions.eventId, eventId));

describe('the SDK against the Worker', () => {
  it('records a lead and an attributed sale, and a repeat is a duplicate', async () => {
    const sdk = clientFor(await issueAppKey(acme));
    const lead = await sdk.trackLead({ event_id: nextEventId('sdk-lead'), customer_id: 'cus-sdk-1' });
    expect(lead).toMatchObject({ duplicate: false, conversion: { type: 'lead', source: 'api' } });

    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const sale = { event_id: nextEventId('sdk-sale'), click_id: click.id, amount: 4900, currency: 'USD' };
    const outcome = await sdk.trackSale(sale);
    expect(outcome).toMatchObject({
      duplicate: false,
      conversion: { eventId: sale.event_id, type: 'sale', amountMinor: 4900, currency: 'USD' },
      attribution: { method: 'click_id', clickId: click.id, affiliateId: acme.affiliate.id },
    });
    expect(outcome.commissions).toEqual([expect.objectContaining({ amountMinor: 1470, currency: 'USD' })]);
    const [row] = await conversionsOf(sale.event_id);
    expect(row).toMatchObject({ id: outcome.conversion.id, appId: acme.app.id, organizationId: acme.org.id });

    const again = await sdk.trackSale(sale);
    expect(again).toMatchObject({ duplicate: true, conversion: { id: outcome.conversion.id } });
    expect(await conversionsOf(sale.event_id)).toHaveLength(1);
  });

  it('retries after an answer lost to a 5xx with the same event_id: recorded once, the retry is the duplicate', async () => {
    const key = await issueAppKey(acme);
    const statuses: number[] = [];
    // The Worker records the event, but its answer is lost on the way back (a proxy's 502).
    const lossy = (async (input: string, init: RequestInit) => {
      const res = await workerFetch(input, init);
      statuses.push(res.status);
      return statuses.length === 1 ? new Response('bad gateway', { status: 502 }) : res;
    }) as typeof fetch;
    const eventId = nextEventId('sdk-retry');
    const outcome = await clientFor(key, { fetch: lossy }).trackLead({ event_id: eventId });
    expect(statuses).toEqual([201, 200]);
    expect(outcome).toMatchObject({ duplicate: true, conversion: { eventId } });
    expect(await conversionsOf(eventId)).toHaveLength(1);
  });

  it('fails at once, without retrying, on a wrong secret and on an invalid event', async () => {
    const key = await issueAppKey(acme);
    const sent: string[] = [];
    const counting = (async (input: string, init: RequestInit) => {
      sent.push(input);
      return workerFetch(input, init);
    }) as typeof fetch;
    const wrong = clientFor({ ...key, signingSecret: 'ae_sig_not_the_secret' }, { fetch: counting });
    await expect(wrong.trackLead({ event_id: nextEventId() })).rejects.toMatchObject({
      code: 'invalid_signature',
      status: 401,
      attempts: 1,
      retryable: false,
    });
    // currency without amount: the API's own validation answers, the SDK passes its details on.
    const invalid = await clientFor(key, { fetch: counting })
      .trackRefund({ event_id: nextEventId(), currency: 'USD' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(AffiliateEdgeError);
    expect(invalid).toMatchObject({ code: 'validation_failed', status: 400, attempts: 1 });
    expect(sent).toHaveLength(2);
  });

  it('another advertiser’s key cannot credit this advertiser’s click', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const outcome = await clientFor(await issueAppKey(other)).trackSale({
      event_id: nextEventId('sdk-cross'),
      click_id: click.id,
      amount: 1000,
      currency: 'USD',
    });
    expect(outcome.attribution).toBeNull();
    expect(outcome.commissions).toEqual([]);
    const [row] = await conversionsOf(outcome.conversion.eventId);
    expect(row).toMatchObject({ organizationId: other.org.id, appId: other.app.id });
  });
});

describe('createEmbedToken against the Worker', () => {
  const openDashboard = (appId: string, token: string) =>
    sendRaw(`/api/embed/${appId}/dashboard`, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
  const user = () => {
    const id = `sdk-user-${crypto.randomUUID()}`;
    return { id, email: `${id}@users.test`, name: 'Алиса' };
  };

  it('issues a token that opens this app’s dashboard with the theme asked for, and no other app’s', async () => {
    const issued = await clientFor(await issueAppKey(acme)).createEmbedToken({
      program_id: acme.program.id,
      user: user(),
      theme: { primaryColor: '#d6336c', mode: 'dark', locale: 'ru' },
    });
    expect(issued.url).toBe(`${new URL(issued.url).origin}/embed/${acme.app.id}#token=${issued.token}`);
    const opened = await openDashboard(acme.app.id, issued.token);
    expectStatus(opened, 200);
    expect(opened.body).toMatchObject({
      program: { id: acme.program.id },
      theme: { primaryColor: '#d6336c', mode: 'dark', locale: 'ru' },
      account: null,
    });
    expectStatus(await openDashboard(other.app.id, issued.token), 401);
  });

  it('two identical requests in the same second both get a token (the second re-signed after signature_replayed)', async () => {
    const statuses: number[] = [];
    const counting = (async (input: string, init: RequestInit) => {
      const res = await workerFetch(input, init);
      statuses.push(res.status);
      return res;
    }) as typeof fetch;
    // A clock that stands still: both calls sign their first attempt at the same second.
    const frozen = Date.now();
    const sdk = clientFor(await issueAppKey(acme), { fetch: counting, now: () => frozen });
    const request = { program_id: acme.program.id, user: user() };
    const [first, second] = [await sdk.createEmbedToken(request), await sdk.createEmbedToken(request)];
    expect(first.token).not.toBe(second.token);
    expect(statuses).toEqual([201, 401, 201]);
    expectStatus(await openDashboard(acme.app.id, second.token), 200);
  });

  it('another advertiser’s program is not found, at once', async () => {
    const error = await clientFor(await issueAppKey(acme))
      .createEmbedToken({ program_id: other.program.id, user: user() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AffiliateEdgeError);
    expect(error).toMatchObject({ code: 'not_found', status: 404, attempts: 1, retryable: false, eventId: null });
  });
});

describe('verifyWebhook on a real delivery', () => {
  const receiver = `http://127.0.0.1:${inject('webhookReceiverPort')}`;

  it('accepts what the Worker sends for a sale tracked with the SDK, and refuses it with another secret', async () => {
    const key = `sdk${crypto.randomUUID()}`;
    await fetch(`${receiver}/__control/${key}`, { method: 'PUT', body: JSON.stringify({ secrets: [] }) });
    const created = await call(acme.affiliateSession, 'POST', '/affiliate/webhooks', {
      url: `https://${WEBHOOK_TEST_HOST}/${key}`,
      events: ['conversion'],
    });
    expectStatus(created, 201);
    const secret = created.body.secret as string;
    await fetch(`${receiver}/__control/${key}`, { method: 'PUT', body: JSON.stringify({ secrets: [secret] }) });

    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const sale = await clientFor(await issueAppKey(acme)).trackSale({
      event_id: nextEventId('sdk-hook'),
      click_id: click.id,
      amount: 2000,
      currency: 'USD',
    });
    const [hit] = await eventually(
      async () => {
        // Earlier tests' sales may reach the new endpoint too (their notifications are still queued): wait for this one.
        const hits = (await (await fetch(`${receiver}/__control/${key}`)).json()) as Received[];
        const ours = hits.filter((h) => h.body.includes(sale.conversion.id));
        return ours.length > 0 ? ours : undefined;
      },
      30_000,
      'the conversion webhook',
    );
    const headers = hit!.headers as Record<string, string>;
    const event = await verifyWebhook({ payload: hit!.body, headers, secret });
    expect(event).toMatchObject({
      type: 'conversion',
      data: { conversionId: sale.conversion.id, amountMinor: 600, currency: 'USD' },
    });

    const otherSecret = `whsec_${btoa('another endpoint secret, 32 byte')}`;
    await expect(verifyWebhook({ payload: hit!.body, headers, secret: otherSecret })).rejects.toMatchObject({
      reason: 'mismatch',
    });
  });
});
