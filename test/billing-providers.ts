import { inject } from 'vitest';
import type { Advertiser } from './actors';
import { call, expectStatus, type ApiResult } from './api-client';
import { sendRaw } from './inbound';

/** A signed request as the local provider servers return it (dev/billing-provider-server/http.ts). */
export interface Delivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function post(url: string, body: unknown, auth = true): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: 'Bearer local-test-key' } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

export const endpointPath = (segment: 'paddle' | 'lemon-squeezy' | 'billing', appId: string) =>
  `/api/v1/${segment}/${appId}/webhooks`;

/** Stores a provider secret on the advertiser's app, as an admin would. */
export async function setBillingSecret(a: Advertiser, provider: string, secret: string, appId = a.app.id) {
  const res = await call(a.admin, 'PUT', `/orgs/${a.org.id}/apps/${appId}/billing-webhooks/${provider}`, { secret });
  expectStatus(res, 200);
  return res;
}

/** Sends a delivery to the Worker, with headers changed or removed (null) when a test needs it. */
export function send(delivery: Delivery, opts: { body?: string; headers?: Record<string, string | null> } = {}) {
  const headers: Record<string, string> = { ...delivery.headers };
  for (const [k, v] of Object.entries(opts.headers ?? {})) {
    if (v === null) delete headers[k];
    else headers[k] = v;
  }
  return sendRaw(new URL(delivery.url).pathname, { body: opts.body ?? delivery.body, headers });
}

/** A notification destination on the local Paddle server pointing at the app's endpoint; its secret key. */
export async function paddleDestination(appId: string, events: string[]): Promise<{ id: string; secret: string }> {
  const res = await post(`${inject('paddleBaseUrl')}/notification-settings`, {
    description: 'Affiliate Edge',
    type: 'url',
    destination: `https://api.test${endpointPath('paddle', appId)}`,
    subscribed_events: events,
  });
  return { id: res.data.id, secret: res.data.endpoint_secret_key };
}

/** Rotates the destination's secret key: both keys sign until the old one expires. */
export async function rotatePaddleSecret(destinationId: string): Promise<string> {
  const res = await post(`${inject('paddleBaseUrl')}/__control/notification-settings/${destinationId}/rotate`, {});
  return res.data.endpoint_secret_key;
}

/** One notification as the local Paddle server signs it (not delivered: the test sends it). */
export async function paddleNotification(
  destinationId: string,
  eventType: string,
  data: unknown,
  opts: { ts?: number; eventId?: string; occurredAt?: string } = {},
): Promise<Delivery> {
  const res = await post(`${inject('paddleBaseUrl')}/__control/notifications`, {
    notification_setting_id: destinationId,
    event_type: eventType,
    data,
    deliver: false,
    ...(opts.ts ? { ts: opts.ts } : {}),
    ...(opts.eventId ? { event_id: opts.eventId } : {}),
    ...(opts.occurredAt ? { occurred_at: opts.occurredAt } : {}),
  });
  return res.delivery;
}

/** A webhook on the local Lemon Squeezy server pointing at the app's endpoint, with this signing secret. */
export async function lemonSqueezyWebhook(appId: string, secret: string, events: string[]): Promise<string> {
  const res = await post(`${inject('lemonSqueezyBaseUrl')}/v1/webhooks`, {
    data: {
      type: 'webhooks',
      attributes: { url: `https://api.test${endpointPath('lemon-squeezy', appId)}`, events, secret },
      relationships: { store: { data: { type: 'stores', id: '1' } } },
    },
  });
  return res.data.id;
}

/** One event as the local Lemon Squeezy server signs it (not delivered: the test sends it). */
export async function lemonSqueezyDelivery(
  webhookId: string,
  eventName: string,
  data: unknown,
  customData?: Record<string, unknown>,
): Promise<Delivery> {
  const res = await post(`${inject('lemonSqueezyBaseUrl')}/__control/deliveries`, {
    webhook_id: webhookId,
    event_name: eventName,
    data,
    deliver: false,
    ...(customData ? { custom_data: customData } : {}),
  });
  return res.delivery;
}

export type { ApiResult };
