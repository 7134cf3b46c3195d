import { createHmac } from 'node:crypto';
import type { ConnectPlatform } from './connect';
import { newId } from './http';

export interface StripeServerOptions {
  port?: number;
  /**
   * The platform's secret key (sk_test_…) requests present as a Bearer token. Restricted keys
   * (rk_test_ and 24 or more letters and digits) are accepted too, each as its own account with
   * coupons and promotion codes (write) as its only permissions, as the platform's docs ask apps for.
   */
  secretKey: string;
  /** The webhook endpoint's signing secret (whsec_…). */
  webhookSecret: string;
  /** Where events are POSTed; without it they are only kept for /__control/events. */
  webhookUrl?: string;
  /**
   * Where Connect events (accounts, transfers, connected payouts) are POSTed instead: `{orgId}` is
   * replaced by the connected account's metadata.organization_id, as each advertiser has its own endpoint.
   */
  connectWebhookUrl?: string;
}

export type Obj = Record<string, unknown> & { id: string };

export interface StoredEvent {
  id: string;
  type: string;
  created: number;
  /** The event exactly as delivered, so a re-delivery sends the same bytes. */
  payload: string;
  deliveries: { at: number; status: number | 'error' }[];
  /** A Connect event's endpoint (the advertiser's); undefined: the billing webhook URL. */
  url?: string;
}

/** One Stripe account's coupons and promotion codes; each API key that calls is one account here. */
export interface Account {
  coupons: Map<string, Obj>;
  promotionCodes: Map<string, Obj>;
}

/** A fault a test asks for: the next matching POST fails with a 500, before or after doing its work. */
export interface Fault {
  method: string;
  /** The path's start, e.g. /v1/promotion_codes. */
  path: string;
  /** before: nothing happens; after: the object is made and its idempotent reply kept, but the caller gets a 500. */
  when: 'before' | 'after';
  /** Only calls with this API key (the shared server serves many test files at once). */
  key?: string;
}

export interface ServerState {
  /** Coupons and promotion codes by API key (the secret key and every restricted key). */
  accounts: Map<string, Account>;
  faults: Fault[];
  customers: Map<string, Obj>;
  sessions: Map<string, Obj>;
  subscriptions: Map<string, Obj>;
  invoices: Map<string, Obj>;
  prices: Map<string, Obj>;
  portals: Map<string, Obj>;
  events: StoredEvent[];
  /** Subscriptions whose next invoice fails (set through /__control/fail-next-invoice). */
  failNext: Set<string>;
  /** Idempotency-Key → the first reply, as Stripe replays it for 24 hours. */
  idempotent: Map<string, { request: string; reply: { status: number; body: unknown } }>;
  webhookUrl?: string;
  connectWebhookUrl?: string;
  /** Connect accounts and transfers by platform secret key. */
  connect: Map<string, ConnectPlatform>;
  /** Account link tokens of the hosted onboarding page. */
  accountLinks: Map<
    string,
    { key: string; account: string; refreshUrl: string; returnUrl: string; expiresAt: number; used: boolean }
  >;
}

export const emptyState = (opts: StripeServerOptions): ServerState => ({
  accounts: new Map(),
  faults: [],
  customers: new Map(),
  sessions: new Map(),
  subscriptions: new Map(),
  invoices: new Map(),
  prices: new Map(),
  portals: new Map(),
  events: [],
  failNext: new Set(),
  idempotent: new Map(),
  connect: new Map(),
  accountLinks: new Map(),
  ...(opts.webhookUrl ? { webhookUrl: opts.webhookUrl } : {}),
  ...(opts.connectWebhookUrl ? { connectWebhookUrl: opts.connectWebhookUrl } : {}),
});

export function accountOf(state: ServerState, key: string): Account {
  let account = state.accounts.get(key);
  if (!account) {
    account = { coupons: new Map(), promotionCodes: new Map() };
    state.accounts.set(key, account);
  }
  return account;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Stripe-Signature for `payload` at `t`: HMAC-SHA256 of `t.payload` keyed with the whole whsec_ string. */
export function signatureHeader(secret: string, payload: string, t: number): string {
  const v1 = createHmac('sha256', secret).update(`${t}.${payload}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}

/** Records an event around a snapshot of `object` and delivers it when a webhook URL is set. */
export async function emit(
  state: ServerState,
  opts: StripeServerOptions,
  type: string,
  object: Obj,
  previous?: Record<string, unknown>,
  account?: string,
): Promise<StoredEvent> {
  const created = nowSeconds();
  const event = {
    id: newId('evt'),
    object: 'event',
    ...(account ? { account } : {}),
    api_version: '2025-03-31.basil',
    created,
    livemode: false,
    pending_webhooks: state.webhookUrl ? 1 : 0,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
  };
  const url = connectUrl(state, type, object, account);
  const stored: StoredEvent = {
    id: event.id,
    type,
    created,
    payload: JSON.stringify(event, null, 2),
    deliveries: [],
    ...(url ? { url } : {}),
  };
  state.events.push(stored);
  await deliver(state, opts, stored);
  return stored;
}

const CONNECT_TYPES = /^(account|transfer|payout)\./;

/** The advertiser's Connect endpoint for an event about one of its affiliates' accounts or transfers. */
function connectUrl(state: ServerState, type: string, object: Obj, account: string | undefined): string | undefined {
  if (!state.connectWebhookUrl || !CONNECT_TYPES.test(type)) return undefined;
  const accountId = account ?? (typeof object.destination === 'string' ? object.destination : undefined);
  for (const platform of state.connect.values()) {
    const owner = accountId ? platform.accounts.get(accountId) : undefined;
    const orgId = (owner?.metadata as Record<string, string> | undefined)?.organization_id;
    if (orgId) return state.connectWebhookUrl.replace('{orgId}', encodeURIComponent(orgId));
  }
  return undefined;
}

/** POSTs one event to the webhook URL, signed now; the outcome is kept on the event. */
export async function deliver(
  state: ServerState,
  opts: StripeServerOptions,
  event: StoredEvent,
): Promise<number | 'error' | null> {
  const url = event.url ?? (CONNECT_TYPES.test(event.type) ? undefined : state.webhookUrl);
  if (!url) return null;
  const t = Math.floor(Date.now() / 1000);
  let status: number | 'error';
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signatureHeader(opts.webhookSecret, event.payload, t),
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
      body: event.payload,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    status = res.status;
  } catch {
    status = 'error';
  }
  event.deliveries.push({ at: t, status });
  return status;
}
