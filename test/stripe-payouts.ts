import { env } from 'cloudflare:workers';
import type { Db } from '../workers/db/client';
import { call, expectStatus } from './api-client';
import { sendRaw } from './inbound';
import { addPayee } from './payouts';
import { signInAs, type TestSession } from './sessions';
import { STRIPE_BILLING_TEST_WEBHOOK_SECRET } from './stripe-billing-server';
import type { createTenant } from './tenant';

/** Helpers for the Stripe Connect payout rail against the shared local Stripe server. */
type Tenant = Awaited<ReturnType<typeof createTenant>>;

const stripeBase = () => (env as unknown as { STRIPE_API_BASE_URL: string }).STRIPE_API_BASE_URL;

/** A fresh secret key: on the local server each key is its own Stripe platform, so tests never share transfers. */
export const newStripeKey = () => `sk_test_${crypto.randomUUID().replaceAll('-', '')}`;

/** The local server signs every event with this secret; advertisers in tests give it as their Connect webhook secret. */
export const CONNECT_WEBHOOK_SECRET = STRIPE_BILLING_TEST_WEBHOOK_SECRET;

/** An owner connects the organization's Stripe payout account with a fresh key; returns the key. */
export async function connectStripe(owner: TestSession, orgId: string, key = newStripeKey()): Promise<string> {
  const res = await call(owner, 'PUT', `/orgs/${orgId}/stripe-payouts`, {
    secretKey: key,
    webhookSecret: CONNECT_WEBHOOK_SECRET,
  });
  expectStatus(res, 200);
  return key;
}

export interface SignedEvent {
  id: string;
  type: string;
  payload: string;
  signature: string;
}

/** Every event the local server sent that mentions this id (an account or transfer), oldest first, freshly signed. */
export async function stripeEventsOf(id: string): Promise<SignedEvent[]> {
  const res = await fetch(`${stripeBase()}/__control/events?customer=${encodeURIComponent(id)}`);
  return ((await res.json()) as { data: SignedEvent[] }).data;
}

/** Delivers an event to the organization's Connect webhook endpoint as Stripe would. */
export const deliverConnect = (orgId: string, e: Pick<SignedEvent, 'payload' | 'signature'>) =>
  sendRaw(`/api/v1/stripe/payout-webhooks/orgs/${orgId}`, {
    body: e.payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': e.signature },
  });

/** A Stripe API call with the advertiser's key (e.g. a reversal finance makes in Stripe's dashboard). */
export async function stripeAs<T = Record<string, unknown>>(key: string, method: string, path: string, form?: string) {
  const res = await fetch(`${stripeBase()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form !== undefined ? { body: form } : {}),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export async function stripeConnectControl<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${stripeBase()}/__control/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return (await res.json()) as T;
}

/** The transfers the platform of `key` made. */
export const transfersOf = async (key: string) =>
  (
    await stripeConnectControl<{ data: { id: string; amount: number; metadata: Record<string, string> }[] }>(
      'GET',
      `connect/transfers?key=${encodeURIComponent(key)}`,
    )
  ).data;

/**
 * A payee who chose Stripe in `country` and finished the hosted onboarding (`outcome` complete),
 * with the account.updated event delivered. Returns the payee, its session and its account id.
 */
export async function stripePayee(
  db: Db,
  org: Tenant,
  opts: { country?: string; outcome?: 'complete' | 'verification' | 'later'; deliver?: boolean } = {},
) {
  const payee = await addPayee(db, org);
  const session = await signInAs(db, payee.affiliate.id);
  const set = await call(session, 'PUT', `/affiliate/orgs/${org.org.id}/payout-methods`, {
    country: opts.country ?? 'US',
    rail: 'stripe',
  });
  expectStatus(set, 200);
  const accountId = set.body.method.stripeAccountId as string;
  const link = await call(session, 'POST', `/affiliate/orgs/${org.org.id}/payout-methods/stripe/onboarding`);
  expectStatus(link, 200);
  const done = await fetch(link.body.url, {
    method: 'POST',
    body: new URLSearchParams({ outcome: opts.outcome ?? 'complete' }),
    redirect: 'manual',
  });
  await done.arrayBuffer();
  if (done.status !== 303) throw new Error(`onboarding answered ${done.status}`);
  if (opts.deliver !== false)
    for (const e of await stripeEventsOf(accountId)) expectStatus(await deliverConnect(org.org.id, e), 200);
  return { payee, session, accountId, returnUrl: done.headers.get('location') ?? '' };
}
