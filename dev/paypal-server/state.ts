import { randomBytes } from 'node:crypto';
import type { PayPalErrorBody } from './http';

export interface PayPalServerOptions {
  /** 0 or unset: any free port. */
  port?: number;
  clientId: string;
  clientSecret: string;
  /** The id verify-webhook-signature accepts (alphanumeric, like PayPal's). */
  webhookId: string;
  /** Where batch and item events are POSTed; unset: they are only kept in the outbox. */
  webhookUrl?: string;
  /** Time from create to final item results; the batch is PROCESSING from halfway. Default 2000. */
  processingDelayMs?: number;
  /** Lifetime of issued tokens (PayPal: 32400). */
  tokenTtlSeconds?: number;
}

/** One PayPal REST app: its credentials, and where its webhook points. */
export type Account = Pick<PayPalServerOptions, 'clientId' | 'clientSecret' | 'webhookId' | 'webhookUrl'>;

export const TRANSACTION_STATUSES = [
  'SUCCESS',
  'FAILED',
  'PENDING',
  'UNCLAIMED',
  'RETURNED',
  'ONHOLD',
  'BLOCKED',
  'REFUNDED',
  'REVERSED',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];
export type BatchStatus = 'PENDING' | 'PROCESSING' | 'SUCCESS' | 'DENIED' | 'CANCELED';

export interface Money {
  currency: string;
  value: string;
}

export interface PayoutItem {
  payoutItemId: string;
  payoutBatchId: string;
  senderBatchId: string | undefined;
  senderItemId: string | undefined;
  receiver: string;
  amount: Money;
  note: string | undefined;
  status: TransactionStatus;
  transactionId: string | null;
  timeProcessed: string | null;
  /** PayPal's `error` object for items that did not reach the receiver. */
  errors: PayPalErrorBody | null;
}

export interface PayoutBatch {
  payoutBatchId: string;
  /** The client id of the app whose token created it: only that app may read it, its webhook hears about it. */
  account: string;
  senderBatchId: string | undefined;
  emailSubject: string | undefined;
  emailMessage: string | undefined;
  status: BatchStatus;
  timeCreated: string;
  timeCompleted: string | null;
  items: PayoutItem[];
}

/** A fault armed through POST /__control/faults; applies to the next `times` matching requests. */
export interface Fault {
  /** Exact request path, or a prefix when it ends with `*`. */
  path: string;
  method?: string;
  /** An HTTP status to answer, 'timeout' (never answer), or 'accept_then_500' (do the work, answer 500). */
  status: number | 'timeout' | 'accept_then_500';
  times: number;
  /** Only create-payout requests for this sender_batch_id: tests sharing one server stay apart. */
  senderBatchId?: string;
}

/** One webhook the server sent (or would have sent, without a webhook URL). */
export interface Transmission {
  id: string;
  time: string;
  eventType: string;
  payoutBatchId: string;
  senderBatchId: string | undefined;
  webhookId: string;
  authAlgo: string;
  certUrl: string;
  signature: string;
  /** The exact bytes delivered. */
  body: string;
  deliveries: { at: string; status: number | null; error: string | null }[];
}

export interface ServerState {
  /** Access token → expiry (ms epoch) and the client id it was issued to. */
  tokens: Map<string, { expiresAt: number; clientId: string }>;
  /** Apps registered through POST /__control/accounts, by client id, beside the one in the options. */
  accounts: Map<string, Account>;
  batches: Map<string, PayoutBatch>;
  batchIdBySenderBatchId: Map<string, string>;
  items: Map<string, PayoutItem>;
  faults: Fault[];
  /** sender_batch_ids PayPal will deny as a whole (armed by POST /__control/deny). */
  deniedSenderBatchIds: Set<string>;
  /** sender_batch_id (or '') of every create-payout request received, faulted ones included. */
  createCalls: string[];
  /** Access tokens issued so far (token caching is observable by tests). */
  tokensIssued: number;
  outbox: Transmission[];
  /** Pending processing and redelivery timers; cleared on reset and close. */
  timers: Set<NodeJS.Timeout>;
}

export function emptyState(): ServerState {
  return {
    tokens: new Map(),
    accounts: new Map(),
    batches: new Map(),
    batchIdBySenderBatchId: new Map(),
    items: new Map(),
    faults: [],
    deniedSenderBatchIds: new Set(),
    createCalls: [],
    tokensIssued: 0,
    outbox: [],
    timers: new Set(),
  };
}

/** Clears everything except the timers' owner; pending timers are cancelled. */
/** The app with this client id: the server's own (from its options) or a registered one. */
export function accountOf(state: ServerState, opts: PayPalServerOptions, clientId: string): Account | undefined {
  return clientId === opts.clientId ? opts : state.accounts.get(clientId);
}

/** Batches are keyed by sender_batch_id per app: PayPal's "already used" check is per account. */
export const senderKey = (account: string, senderBatchId: string) => `${account}\n${senderBatchId}`;

export function resetState(state: ServerState): void {
  for (const timer of state.timers) clearTimeout(timer);
  Object.assign(state, emptyState());
}

/** A timer that reset/close can cancel. */
export function later(state: ServerState, ms: number, run: () => void): void {
  const timer = setTimeout(() => {
    state.timers.delete(timer);
    run();
  }, ms);
  state.timers.add(timer);
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** An id in PayPal's style: uppercase alphanumerics. */
export function paypalId(length: number): string {
  return Array.from(randomBytes(length), (b) => ALPHABET[b % ALPHABET.length]).join('');
}
