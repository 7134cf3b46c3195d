import { z } from 'zod';
import type { Reply } from './http';
import { type PayPalServerOptions, resetState, type Fault, type ServerState } from './state';
import { transmissionHeaders } from './webhooks';

const faultSchema = z.object({
  path: z.string().startsWith('/'),
  method: z.string().toUpperCase().optional(),
  status: z.union([z.number().int().min(400).max(599), z.literal('timeout'), z.literal('accept_then_500')]),
  times: z.number().int().min(1).default(1),
  senderBatchId: z.string().optional(),
});

const accountSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  webhookId: z.string().regex(/^[A-Za-z0-9-]+$/),
  webhookUrl: z.url().optional(),
});

/**
 * The test-only API under /__control:
 *   POST /faults {path, method?, status: 4xx|5xx|'timeout'|'accept_then_500', times?, senderBatchId?}
 *   GET  /calls?senderBatchId=        create-payout requests received, batches created, tokens issued
 *   GET  /webhooks?senderBatchId=&payoutBatchId=   the outbox: headers and exact body of each event
 *   GET  /batches?account=        every batch created: ids, the app (client id) that created it, status, and each item's sender_item_id, amount, status
 *   POST /accounts {clientId, clientSecret, webhookId, webhookUrl?}   another app this server accepts (an organization's own)
 *   POST /expire-tokens               every issued token stops working (the client must re-auth)
 *   POST /deny?senderBatchId=         PayPal will deny that batch as a whole (arm before sending)
 *   POST /reset                       forget everything (only on a server no other test shares)
 */
export function control(
  state: ServerState,
  opts: PayPalServerOptions,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): Reply {
  const senderBatchId = query.get('senderBatchId');
  if (method === 'POST' && path === '/__control/faults') {
    const fault = faultSchema.safeParse(body);
    if (!fault.success)
      return {
        status: 400,
        body: { error: fault.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') },
      };
    state.faults.push(fault.data satisfies Fault);
    return { status: 201, body: { faults: state.faults } };
  }
  if (method === 'GET' && path === '/__control/calls') {
    const calls = state.createCalls.filter((id) => senderBatchId === null || id === senderBatchId);
    const batches = [...state.batches.values()].filter(
      (b) => senderBatchId === null || b.senderBatchId === senderBatchId,
    );
    return {
      status: 200,
      body: { createPayoutCalls: calls.length, batches: batches.length, tokensIssued: state.tokensIssued },
    };
  }
  if (method === 'GET' && path === '/__control/webhooks') {
    const payoutBatchId = query.get('payoutBatchId');
    const webhooks = state.outbox
      .filter(
        (t) =>
          (senderBatchId === null || t.senderBatchId === senderBatchId) &&
          (payoutBatchId === null || t.payoutBatchId === payoutBatchId),
      )
      .map((t) => ({
        id: t.id,
        eventType: t.eventType,
        payoutBatchId: t.payoutBatchId,
        senderBatchId: t.senderBatchId ?? null,
        headers: transmissionHeaders(t),
        body: t.body,
        deliveries: t.deliveries,
      }));
    return { status: 200, body: { webhooks } };
  }
  if (method === 'POST' && path === '/__control/accounts') {
    const account = accountSchema.safeParse(body);
    if (!account.success || account.data.clientId === opts.clientId)
      return {
        status: 400,
        body: { error: 'clientId, clientSecret and webhookId are required; clientId must be new' },
      };
    const { webhookUrl, ...rest } = account.data;
    state.accounts.set(rest.clientId, { ...rest, ...(webhookUrl ? { webhookUrl } : {}) });
    return { status: 201, body: { clientId: rest.clientId } };
  }
  if (method === 'GET' && path === '/__control/batches') {
    const account = query.get('account');
    const batches = [...state.batches.values()]
      .filter((b) => account === null || b.account === account)
      .map((b) => ({
        payoutBatchId: b.payoutBatchId,
        account: b.account,
        senderBatchId: b.senderBatchId ?? null,
        status: b.status,
        items: b.items.map((i) => ({
          senderItemId: i.senderItemId ?? null,
          receiver: i.receiver,
          amount: i.amount,
          status: i.status,
        })),
      }));
    return { status: 200, body: { batches } };
  }
  if (method === 'POST' && path === '/__control/deny') {
    if (!senderBatchId) return { status: 400, body: { error: 'senderBatchId is required' } };
    state.deniedSenderBatchIds.add(senderBatchId);
    return { status: 204 };
  }
  if (method === 'POST' && path === '/__control/expire-tokens') {
    state.tokens.clear();
    return { status: 204 };
  }
  if (method === 'POST' && path === '/__control/reset') {
    resetState(state);
    return { status: 204 };
  }
  return { status: 404, body: { error: `no control route ${method} ${path}` } };
}

/** Takes one use of the first armed fault matching this request, if any. */
export function takeFault(
  state: ServerState,
  method: string,
  path: string,
  senderBatchId: string | undefined,
): Fault | null {
  const fault = state.faults.find(
    (f) =>
      (f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : path === f.path) &&
      (f.method === undefined || f.method === method) &&
      (f.senderBatchId === undefined || f.senderBatchId === senderBatchId),
  );
  if (!fault) return null;
  fault.times -= 1;
  if (fault.times <= 0) state.faults.splice(state.faults.indexOf(fault), 1);
  return fault;
}
