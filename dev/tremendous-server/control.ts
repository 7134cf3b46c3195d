import { accountOf, emit, INITIAL_BALANCE_CENTS, type ServerState, type TremendousServerOptions } from './state';
import type { Reply } from './orders';

/**
 * Test controls (not Tremendous's API):
 *   GET  /__control/orders?key=                     the orders of a key's organization
 *   GET  /__control/webhooks?key=                   its signed deliveries, oldest first (tests replay them)
 *   POST /__control/accounts {key, approvals?, balanceCents?: {USD: n}}  orders wait for approval; set a balance
 *   POST /__control/rewards/{id}/delivery {status}  the email delivery SUCCEEDED or FAILED (a REWARDS.DELIVERY.* event)
 *   POST /__control/rewards/{id}/cancel             the reward canceled and its value refunded (REWARDS.CANCELED)
 *   POST /__control/faults {method, path, when, key}  the next matching call answers 500 (before|after its work)
 */
export function control(
  state: ServerState,
  opts: TremendousServerOptions,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Reply {
  const key = query.get('key') ?? (typeof body.key === 'string' ? body.key : '');
  if (method === 'GET' && path === '/__control/orders')
    return { status: 200, body: { data: accountOf(state, key).orders } };
  if (method === 'GET' && path === '/__control/webhooks')
    return { status: 200, body: { data: state.outbox.filter((d) => d.key === key) } };
  if (method === 'POST' && path === '/__control/accounts') {
    const account = accountOf(state, key);
    if (typeof body.approvals === 'boolean') account.approvals = body.approvals;
    if (typeof body.balanceCents === 'object' && body.balanceCents)
      for (const [c, v] of Object.entries(body.balanceCents)) account.balanceCents.set(c, Number(v));
    return { status: 200, body: { key, approvals: account.approvals } };
  }
  const reward = /^\/__control\/rewards\/([^/]+)\/(delivery|cancel)$/.exec(path);
  if (method === 'POST' && reward) {
    for (const account of state.accounts.values()) {
      const order = account.orders.find((o) => o.reward.id === reward[1]);
      if (!order) continue;
      if (reward[2] === 'cancel') {
        order.status = 'CANCELED';
        const c = order.reward.value.currency_code;
        account.balanceCents.set(
          c,
          (account.balanceCents.get(c) ?? INITIAL_BALANCE_CENTS) + Math.round(order.payment.total * 100),
        );
        emit(state, opts, account.key, 'REWARDS.CANCELED', { id: order.reward.id, type: 'rewards' });
      } else {
        const status = body.status === 'FAILED' ? 'FAILED' : 'SUCCEEDED';
        order.reward.delivery.status = status;
        emit(state, opts, account.key, `REWARDS.DELIVERY.${status}`, { id: order.reward.id, type: 'rewards' });
      }
      return { status: 200, body: { order } };
    }
    return { status: 404, body: { errors: { message: 'No such reward', payload: {} } } };
  }
  if (method === 'POST' && path === '/__control/faults') {
    state.faults.push({
      method: String(body.method ?? 'POST'),
      path: String(body.path ?? ''),
      when: body.when === 'after' ? 'after' : 'before',
      key: typeof body.key === 'string' ? body.key : null,
    });
    return { status: 200, body: { faults: state.faults.length } };
  }
  return { status: 404, body: { errors: { message: `No control ${method} ${path}`, payload: {} } } };
}

/** The first fault matching this call, removed (each fires once). */
export function takeFault(state: ServerState, method: string, path: string, key: string) {
  const i = state.faults.findIndex((f) => f.method === method && f.path === path && (f.key === null || f.key === key));
  return i < 0 ? null : state.faults.splice(i, 1)[0]!;
}
