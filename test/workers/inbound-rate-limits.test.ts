import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import { insertClick, nextEventId } from '../conversions';
import { type AppKey, issueAppKey, postConversion, sendRaw } from '../inbound';
import { deliverStripe, setStripeSecret, stripeEvent } from '../stripe';
import { useTestDatabase } from '../worker-env';
import { freshRateLimitWindow } from '../rate-limit-window';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

/** Spends what is left of `key`'s budget on the binding, as a burst of other requests would. */
async function useUp(limiter: RateLimit, key: string): Promise<number> {
  for (let spent = 0; spent < 10_000; spent++) if (!(await limiter.limit({ key })).success) return spent;
  throw new Error('the limiter never refused');
}

/** A 429 with Retry-After and the RateLimit fields of the policy that refused it (draft-ietf-httpapi-ratelimit-headers-11). */
function expectLimited(res: ApiResult, policy: string, quota: number): void {
  expectStatus(res, 429, 'rate_limited');
  expect(res.headers.get('retry-after')).toBe('60');
  expect(res.body.error.details).toEqual({ retryAfterSeconds: 60 });
  expect(res.headers.get('ratelimit')).toBe(`"${policy}";r=0;t=60`);
  expect(res.headers.get('ratelimit-policy')).toBe(`"${policy}";q=${quota};w=60`);
}

const conversionsWithEvent = async (eventId: string) =>
  db.select().from(s.conversions).where(eq(s.conversions.eventId, eventId));

const HOUR = 3_600_000;
const clickOf = async (a: Advertiser) => (await insertClick(db, a, { at: new Date(Date.now() - HOUR) })).id;

describe('POST /api/v1/conversions: per API key', () => {
  let key: AppKey;
  let secondKey: AppKey;
  let otherKey: AppKey;
  beforeAll(async () => {
    [key, secondKey, otherKey] = await Promise.all([issueAppKey(acme), issueAppKey(acme), issueAppKey(other)]);
  });

  const sale = async (k: AppKey, a: Advertiser, eventId = nextEventId('sale')) =>
    postConversion(k, { event_id: eventId, type: 'sale', click_id: await clickOf(a), amount: 1000, currency: 'USD' });

  it('passes under the limit, answers 429 with Retry-After over it and stores nothing; other keys are unaffected', async () => {
    await freshRateLimitWindow();
    expectStatus(await sale(key, acme), 201);
    const second = await sale(key, acme);
    expectStatus(second, 201);
    // Let through: where the key stands (two spent in this window, as this isolate counted them).
    expect(second.headers.get('ratelimit')).toMatch(/^"conversions\.api_key";r=1198;t=\d+$/);
    expect(second.headers.get('ratelimit-policy')).toBe('"conversions.api_key";q=1200;w=60');
    expect(await useUp(env.CONVERSIONS_LIMITER, key.id)).toBeGreaterThan(100);

    const refused = nextEventId('refused');
    expectLimited(await sale(key, acme, refused), 'conversions.api_key', 1200);
    expect(await conversionsWithEvent(refused)).toEqual([]);
    // Counted per key: the same app's other key and another advertiser's key go on.
    expectStatus(await sale(secondKey, acme), 201);
    expectStatus(await sale(otherKey, other), 201);
  });
});

describe('GET /postback: per program', () => {
  let secret: string;
  let otherSecret: string;
  const issueSecret = async (a: Advertiser) => {
    const res = await call(a.owner, 'POST', `/orgs/${a.org.id}/programs/${a.program.id}/postback-secret`);
    expectStatus(res, 201);
    return res.body.postbackSecret as string;
  };
  beforeAll(async () => {
    [secret, otherSecret] = await Promise.all([issueSecret(acme), issueSecret(other)]);
  });

  const postback = async (a: Advertiser, programSecret: string, eventId = nextEventId('pb')) =>
    sendRaw(
      `/postback?${new URLSearchParams({ cid: await clickOf(a), status: 'lead', event_id: eventId, secret: programSecret })}`,
      { method: 'GET' },
    );

  it('passes under the limit, answers 429 with Retry-After over it and stores nothing; another program goes on', async () => {
    await freshRateLimitWindow();
    expectStatus(await postback(acme, secret), 201);
    expect(await useUp(env.POSTBACK_LIMITER, acme.program.id)).toBeGreaterThan(100);

    const refused = nextEventId('refused');
    expectLimited(await postback(acme, secret, refused), 'postback.program', 1200);
    expect(await conversionsWithEvent(refused)).toEqual([]);
    expectStatus(await postback(other, otherSecret), 201);
  });
});

describe('POST /api/v1/stripe/{appId}/webhooks: per app', () => {
  beforeAll(async () => {
    await Promise.all([setStripeSecret(acme), setStripeSecret(other)]);
  });

  const invoicePaid = async (a: Advertiser) => {
    const invoiceId = nextEventId('in');
    const res = await deliverStripe(
      a.app.id,
      stripeEvent('invoice.paid', {
        id: invoiceId,
        object: 'invoice',
        amount_paid: 2900,
        currency: 'usd',
        customer: nextEventId('cus'),
        billing_reason: 'subscription_create',
        metadata: { aff_click_id: await clickOf(a) },
      }),
    );
    return { res, invoiceId };
  };

  it('passes under the limit, answers 429 with Retry-After over it and stores nothing; another app goes on', async () => {
    await freshRateLimitWindow();
    expectStatus((await invoicePaid(acme)).res, 201);
    expect(await useUp(env.STRIPE_WEBHOOK_LIMITER, acme.app.id)).toBeGreaterThan(100);

    const before = await db.select().from(s.conversions).where(eq(s.conversions.appId, acme.app.id));
    const { res } = await invoicePaid(acme);
    expectLimited(res, 'stripe_webhook.app', 600);
    const after = await db.select().from(s.conversions).where(eq(s.conversions.appId, acme.app.id));
    expect(after).toHaveLength(before.length);
    expectStatus((await invoicePaid(other)).res, 201);
  });

  it('checks the signature before the budget: a forged delivery to the used-up app is 400, not 429', async () => {
    const res = await sendRaw(`/api/v1/stripe/${acme.app.id}/webhooks`, {
      body: '{}',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' },
    });
    expectStatus(res, 400, 'invalid_signature');
  });
});
