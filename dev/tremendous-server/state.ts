import { createHmac, randomBytes } from 'node:crypto';

/** An order as the server keeps it; rendered in Tremendous's Order shape by orders.ts. */
export interface Order {
  id: string;
  external_id: string | null;
  created_at: string;
  status: 'CART' | 'EXECUTED' | 'FAILED' | 'CANCELED' | 'PENDING APPROVAL';
  payment: { subtotal: number; total: number; fees: number };
  reward: {
    id: string;
    order_id: string;
    created_at: string;
    value: { denomination: number; currency_code: string };
    recipient: { name: string; email: string };
    products: string[];
    delivery: { method: 'EMAIL'; status: 'SCHEDULED' | 'PENDING' | 'SUCCEEDED' | 'FAILED' };
  };
}

/** One API key's organization: its balance, orders and whether orders wait for an approval. */
export interface Account {
  key: string;
  /** Available balance per currency, in cents; a key starts with 1,000,000.00 of each currency it is asked for. */
  balanceCents: Map<string, number>;
  orders: Order[];
  approvals: boolean;
}

/** A delivered (or to-be-delivered) webhook: the body and its Tremendous-Webhook-Signature. */
export interface Delivery {
  key: string;
  event: string;
  resourceId: string;
  payload: string;
  signature: string;
}

/** A fault a test asks for: the next matching call answers 500, before or after doing its work. */
export interface Fault {
  method: string;
  path: string;
  when: 'before' | 'after';
  key: string | null;
}

export interface TremendousServerOptions {
  port?: number;
  /** The webhook private key every delivery is signed with (HMAC-SHA256 of the body). */
  webhookKey: string;
  /** Where deliveries are POSTed as they happen; unset: kept in the outbox for tests to replay. */
  webhookUrl?: string;
}

export interface ServerState {
  accounts: Map<string, Account>;
  outbox: Delivery[];
  faults: Fault[];
}

export const emptyState = (): ServerState => ({ accounts: new Map(), outbox: [], faults: [] });

export const newId = () => randomBytes(6).toString('hex').toUpperCase();

export const INITIAL_BALANCE_CENTS = 100_000_000;

/** The account of an API key; every well-formed key is its own organization (tests never share orders). */
export function accountOf(state: ServerState, key: string): Account {
  let account = state.accounts.get(key);
  if (!account) {
    account = { key, balanceCents: new Map(), orders: [], approvals: false };
    state.accounts.set(key, account);
  }
  return account;
}

export const sign = (payload: string, webhookKey: string) =>
  `sha256=${createHmac('sha256', webhookKey).update(payload).digest('hex')}`;

/** Records a webhook event about a resource (Tremendous's envelope) and posts it when a URL is set. */
export function emit(
  state: ServerState,
  opts: TremendousServerOptions,
  key: string,
  event: string,
  resource: { id: string; type: 'orders' | 'rewards' },
): void {
  const payload = JSON.stringify({
    event,
    uuid: crypto.randomUUID(),
    created_utc: new Date().toISOString(),
    payload: { resource, meta: {} },
  });
  const delivery = { key, event, resourceId: resource.id, payload, signature: sign(payload, opts.webhookKey) };
  state.outbox.push(delivery);
  if (opts.webhookUrl)
    void fetch(opts.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'tremendous-webhook-signature': delivery.signature },
      body: payload,
    }).catch((err: unknown) => console.error('tremendous-server: webhook delivery failed', err));
}
