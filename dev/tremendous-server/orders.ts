import { productsFor, PRODUCTS } from './catalog';
import {
  type Account,
  emit,
  INITIAL_BALANCE_CENTS,
  newId,
  type Order,
  type ServerState,
  type TremendousServerOptions,
} from './state';

export interface Reply {
  status: number;
  body: unknown;
}

/** Tremendous's ErrorModel: `{ errors: { message, payload } }`. */
export const error = (status: number, message: string, payload: Record<string, unknown> = {}): Reply => ({
  status,
  body: { errors: { message, payload } },
});

const render = (o: Order) => ({
  id: o.id,
  external_id: o.external_id,
  created_at: o.created_at,
  status: o.status,
  payment: o.payment,
  rewards: [o.reward],
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * POST /orders, checked against Tremendous's CreateOrder request schema: `payment.funding_source_id`,
 * one `reward` with `value.denomination` (> 0) and `value.currency_code`, `delivery.method`, a
 * recipient with a name and (for EMAIL) an email, and `products` or `campaign_id`. An `external_id`
 * already used answers the first order with 201 and creates nothing (Tremendous's idempotency).
 */
export function createOrder(state: ServerState, opts: TremendousServerOptions, account: Account, body: unknown): Reply {
  if (!isObject(body)) return error(400, 'Body must be a JSON object');
  const externalId = body.external_id;
  if (externalId !== undefined && (typeof externalId !== 'string' || externalId.length === 0))
    return error(400, 'external_id must be a non-empty string', { external_id: externalId });
  if (typeof externalId === 'string') {
    const first = account.orders.find((o) => o.external_id === externalId);
    if (first) return { status: 201, body: { order: render(first) } };
  }
  const payment = body.payment;
  if (!isObject(payment) || typeof payment.funding_source_id !== 'string')
    return error(400, 'payment.funding_source_id is required');
  if (payment.funding_source_id !== 'balance' && payment.funding_source_id !== `BALANCE-${account.key.slice(-6)}`)
    return error(400, 'Funding source not found', { funding_source_id: payment.funding_source_id });
  const reward = body.reward;
  if (!isObject(reward)) return error(400, 'reward is required');
  const value = reward.value;
  if (!isObject(value) || typeof value.denomination !== 'number' || !(value.denomination > 0))
    return error(400, 'reward.value.denomination must be a positive number');
  if (typeof value.currency_code !== 'string' || !/^[A-Z]{3}$/.test(value.currency_code))
    return error(400, 'reward.value.currency_code must be an ISO 4217 code');
  const delivery = reward.delivery;
  if (!isObject(delivery) || !['EMAIL', 'LINK', 'PHONE'].includes(String(delivery.method)))
    return error(400, 'reward.delivery.method must be EMAIL, LINK or PHONE');
  if (delivery.method !== 'EMAIL') return error(400, 'This local server delivers by EMAIL only');
  const recipient = reward.recipient;
  if (!isObject(recipient) || typeof recipient.name !== 'string' || recipient.name.length === 0)
    return error(400, 'reward.recipient.name is required');
  if (typeof recipient.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(recipient.email))
    return error(400, 'reward.recipient.email must be an email address for EMAIL delivery');
  const products = reward.products;
  if (reward.campaign_id === undefined && (!Array.isArray(products) || products.length === 0))
    return error(400, 'Either products or campaign_id must be specified');
  const ids = (products ?? []) as unknown[];
  const known = new Set(productsFor(null, value.currency_code).map((p) => p.id));
  const unknown = ids.filter((id) => typeof id !== 'string' || !PRODUCTS.some((p) => p.id === id));
  if (unknown.length > 0) return error(400, 'Unknown products', { products: unknown });
  if (!ids.some((id) => known.has(id as string)))
    return error(400, `None of the products is sold in ${value.currency_code}`);
  const cents = Math.round(value.denomination * 100);
  const balance = account.balanceCents.get(value.currency_code) ?? INITIAL_BALANCE_CENTS;
  if (cents > balance) return error(402, 'Insufficient funds in the funding source');
  account.balanceCents.set(value.currency_code, balance - cents);
  const now = new Date().toISOString();
  const id = newId();
  const order: Order = {
    id,
    external_id: typeof externalId === 'string' ? externalId : null,
    created_at: now,
    status: account.approvals ? 'PENDING APPROVAL' : 'EXECUTED',
    payment: { subtotal: value.denomination, total: value.denomination, fees: 0 },
    reward: {
      id: newId(),
      order_id: id,
      created_at: now,
      value: { denomination: value.denomination, currency_code: value.currency_code },
      recipient: { name: recipient.name, email: recipient.email },
      products: ids as string[],
      delivery: { method: 'EMAIL', status: account.approvals ? 'PENDING' : 'SCHEDULED' },
    },
  };
  account.orders.push(order);
  emit(state, opts, account.key, 'ORDERS.CREATED', { id, type: 'orders' });
  return { status: 201, body: { order: render(order) } };
}

/** GET /orders/{id}: by Tremendous's id or by the external_id given at creation. */
export function getOrder(account: Account, id: string): Reply {
  const order = account.orders.find((o) => o.id === id || o.external_id === id);
  return order ? { status: 200, body: { order: render(order) } } : error(404, 'Order not found');
}

/** GET /rewards/{id}. */
export function getReward(account: Account, id: string): Reply {
  const order = account.orders.find((o) => o.reward.id === id);
  return order ? { status: 200, body: { reward: order.reward } } : error(404, 'Reward not found');
}

/** POST /order_approvals/{id}/approve and /reject: an order waiting for approval is executed or canceled. */
export function decideOrder(
  state: ServerState,
  opts: TremendousServerOptions,
  account: Account,
  id: string,
  approve: boolean,
): Reply {
  const order = account.orders.find((o) => o.id === id || o.external_id === id);
  if (!order) return error(404, 'Order not found');
  if (order.status !== 'PENDING APPROVAL') return error(422, `Order is ${order.status}, not pending approval`);
  order.status = approve ? 'EXECUTED' : 'CANCELED';
  if (!approve) {
    const c = order.reward.value.currency_code;
    account.balanceCents.set(
      c,
      (account.balanceCents.get(c) ?? INITIAL_BALANCE_CENTS) + Math.round(order.payment.total * 100),
    );
  } else order.reward.delivery.status = 'SCHEDULED';
  emit(state, opts, account.key, approve ? 'ORDERS.APPROVED' : 'ORDERS.REJECTED', { id: order.id, type: 'orders' });
  return { status: 200, body: { order: render(order) } };
}
