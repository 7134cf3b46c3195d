import { connectedPayout, connectOf } from './connect';
import type { Reply } from './http';
import { noSuch } from './http';
import { endPeriod, payOpenInvoice, renew } from './lifecycle';
import {
  accountOf,
  deliver,
  type ServerState,
  signatureHeader,
  type StoredEvent,
  type StripeServerOptions,
} from './state';

/** An event as tests read it: the exact payload and a Stripe-Signature made now, ready to replay. */
const signed = (opts: StripeServerOptions, e: StoredEvent) => ({
  id: e.id,
  type: e.type,
  created: e.created,
  payload: e.payload,
  signature: signatureHeader(opts.webhookSecret, e.payload, Math.floor(Date.now() / 1000)),
  deliveries: e.deliveries,
});

/**
 * Test controls, not part of Stripe's API:
 *   GET  /__control/events?customer=cus_…   the events sent (for that customer), oldest first
 *   POST /__control/events/{id}/deliver      send one event again to the webhook URL
 *   POST /__control/deliver {ids}            send these events, in this order
 *   POST /__control/fail-next-invoice {subscription}  its next renewal fails (invoice.payment_failed)
 *   POST /__control/subscriptions/{id}/renew | /end-period | /pay   move a subscription's clock
 *   POST /__control/webhook {url}            set or clear the webhook URL
 *   POST /__control/faults {method, path, when, key}  the next matching call answers 500 (before|after its work)
 *   GET  /__control/promotion-codes?key=rk_…&code=…  an account's promotion codes, without its key's auth
 *   POST /__control/connect/insufficient-funds {key, on}  the platform's next transfers fail (balance_insufficient)
 *   GET  /__control/connect/transfers?key=sk_…  every transfer the platform of that key made
 *   POST /__control/connect/payouts {account, status: paid|failed, failure_code, amount, currency}  a connected payout's event
 */
export async function control(
  state: ServerState,
  opts: StripeServerOptions,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Promise<Reply> {
  if (method === 'GET' && path === '/__control/events') {
    const customer = query.get('customer');
    const events = customer ? state.events.filter((e) => e.payload.includes(`"${customer}"`)) : state.events;
    return { status: 200, body: { data: events.map((e) => signed(opts, e)) } };
  }
  const one = /^\/__control\/events\/([^/]+)\/deliver$/.exec(path);
  if (method === 'POST' && one) {
    const event = state.events.find((e) => e.id === one[1]);
    if (!event) return noSuch('event', one[1]!);
    return { status: 200, body: { id: event.id, status: await deliver(state, opts, event) } };
  }
  if (method === 'POST' && path === '/__control/deliver') {
    const ids = Array.isArray(body.ids) ? body.ids.map(String) : [];
    const results = [];
    for (const id of ids) {
      const event = state.events.find((e) => e.id === id);
      if (!event) return noSuch('event', id);
      results.push({ id, status: await deliver(state, opts, event) });
    }
    return { status: 200, body: { data: results } };
  }
  if (method === 'POST' && path === '/__control/fail-next-invoice') {
    const id = String(body.subscription ?? '');
    if (!state.subscriptions.has(id)) return noSuch('subscription', id);
    state.failNext.add(id);
    return { status: 200, body: { subscription: id, failNext: true } };
  }
  const move = /^\/__control\/subscriptions\/([^/]+)\/(renew|end-period|pay)$/.exec(path);
  if (method === 'POST' && move) {
    const sub = state.subscriptions.get(move[1]!);
    if (!sub) return noSuch('subscription', move[1]!);
    if (move[2] === 'renew') await renew(state, opts, sub);
    else if (move[2] === 'pay') await payOpenInvoice(state, opts, sub);
    else await endPeriod(state, opts, sub);
    return { status: 200, body: sub };
  }
  if (method === 'POST' && path === '/__control/faults') {
    const when = body.when === 'after' ? 'after' : 'before';
    state.faults.push({
      method: String(body.method ?? 'POST'),
      path: String(body.path ?? ''),
      when,
      ...(typeof body.key === 'string' ? { key: body.key } : {}),
    });
    return { status: 200, body: { faults: state.faults.length } };
  }
  if (method === 'GET' && path === '/__control/promotion-codes') {
    const account = accountOf(state, query.get('key') ?? '');
    const code = query.get('code');
    const data = [...account.promotionCodes.values()].filter((p) => code === null || p.code === code);
    return { status: 200, body: { data, coupons: [...account.coupons.values()] } };
  }
  if (method === 'POST' && path === '/__control/connect/insufficient-funds') {
    const platform = connectOf(state, String(body.key ?? ''));
    platform.insufficientFunds = body.on !== false;
    return { status: 200, body: { insufficientFunds: platform.insufficientFunds } };
  }
  if (method === 'POST' && path === '/__control/connect/payouts') return connectedPayout(state, opts, body);
  if (method === 'GET' && path === '/__control/connect/transfers') {
    const platform = connectOf(state, query.get('key') ?? '');
    return { status: 200, body: { data: [...platform.transfers.values()] } };
  }
  if (method === 'POST' && path === '/__control/webhook') {
    if (typeof body.url === 'string' && body.url) state.webhookUrl = body.url;
    else delete state.webhookUrl;
    return { status: 200, body: { url: state.webhookUrl ?? null } };
  }
  return { status: 404, body: { error: { type: 'invalid_request_error', message: `No control ${method} ${path}` } } };
}
