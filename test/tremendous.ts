import { env } from 'cloudflare:workers';
import type { Db } from '../workers/db/client';
import { call, expectStatus } from './api-client';
import { sendRaw } from './inbound';
import { addPayee } from './payouts';
import { signInAs, type TestSession } from './sessions';
import type { createTenant } from './tenant';
import { TREMENDOUS_TEST_WEBHOOK_KEY } from './tremendous-server';

/** Helpers for the gift-card rail against the shared local Tremendous server. */
type Tenant = Awaited<ReturnType<typeof createTenant>>;

const apiBase = () => (env as unknown as { TREMENDOUS_API_BASE_URL: string }).TREMENDOUS_API_BASE_URL;
const origin = () => apiBase().replace(/\/api\/v2$/, '');

/** A fresh sandbox key: on the local server each key is its own Tremendous organization. */
export const newTremendousKey = () => `TEST_${crypto.randomUUID().replaceAll('-', '')}`;

/** An owner connects the organization's Tremendous account with a fresh key; returns the key. */
export async function connectTremendous(
  owner: TestSession,
  orgId: string,
  opts: { key?: string; allowBelowMinimum?: boolean } = {},
): Promise<string> {
  const key = opts.key ?? newTremendousKey();
  const res = await call(owner, 'PUT', `/orgs/${orgId}/tremendous`, {
    apiKey: key,
    webhookKey: TREMENDOUS_TEST_WEBHOOK_KEY,
    allowBelowMinimum: opts.allowBelowMinimum ?? false,
  });
  expectStatus(res, 200);
  return key;
}

export async function tremendousControl<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${origin()}/__control/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  return (await res.json()) as T;
}

export interface TremendousDelivery {
  event: string;
  resourceId: string;
  payload: string;
  signature: string;
}

export const tremendousOrdersOf = async (key: string) =>
  (
    await tremendousControl<{
      data: {
        id: string;
        external_id: string;
        status: string;
        reward: {
          id: string;
          value: { denomination: number; currency_code: string };
          recipient: { email: string };
          products: string[];
        };
      }[];
    }>('GET', `orders?key=${encodeURIComponent(key)}`)
  ).data;

export const tremendousWebhooksOf = async (key: string) =>
  (await tremendousControl<{ data: TremendousDelivery[] }>('GET', `webhooks?key=${encodeURIComponent(key)}`)).data;

/** Delivers a webhook to the organization's endpoint as Tremendous would. */
export const deliverTremendous = (orgId: string, d: Pick<TremendousDelivery, 'payload' | 'signature'>) =>
  sendRaw(`/api/v1/tremendous/webhooks/orgs/${orgId}`, {
    body: d.payload,
    headers: { 'content-type': 'application/json', 'tremendous-webhook-signature': d.signature },
  });

/** An affiliate of the tenant who chose gift cards in `country`. */
export async function giftCardPayee(db: Db, org: Tenant, country = 'US') {
  const payee = await addPayee(db, org);
  const session = await signInAs(db, payee.affiliate.id);
  expectStatus(
    await call(session, 'PUT', `/affiliate/orgs/${org.org.id}/payout-methods`, { country, rail: 'tremendous' }),
    200,
  );
  return { payee, session };
}
