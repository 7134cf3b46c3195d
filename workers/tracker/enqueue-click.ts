import type { ClickMessage } from './click-message';

export type EnqueueResult = 'queued' | 'spooled' | 'failed';

const ATTEMPTS = 3;
/** How long a spooled click may wait for the queue to come back (the drain cron runs each minute). */
const SPOOL_TTL_SECONDS = 7 * 86_400;
/** sendBatch takes at most 100 messages and 256 KB; stay clear of the byte limit. */
const MAX_MESSAGES = 100;
const MAX_BYTES = 200_000;
/** Long enough to gather the clicks of a busy isolate, short enough to be invisible. */
const GATHER_MS = 20;
const POLL_MS = 10;
/** A waiter whose batch never settles (its sender's request died) sends its click itself. */
const SETTLE_DEADLINE_MS = 10_000;

export const spoolKey = (clickId: string) => `spool:${clickId}`;

interface Batch {
  /** When the first request sends it, unless it fills up before. */
  dueAt: number;
  messages: ClickMessage[];
  bytes: number;
  state: 'open' | 'sending' | 'sent' | 'failed';
  error?: unknown;
}

// The open batch per queue binding: requests of one isolate share it; other bindings (tests) do not.
const openBatches = new WeakMap<Queue<unknown>, Batch>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cheap upper bound of the JSON size, without serialising twice. */
function approximateBytes(m: ClickMessage): number {
  let bytes = 600;
  for (const value of [m.code, m.landingUrl, m.userAgent, m.referrer, m.region, m.city, ...m.sub]) bytes += value ? value.length * 3 : 0;
  return bytes;
}

async function sendWithRetries(queue: Queue<unknown>, messages: ClickMessage[]): Promise<unknown> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await queue.sendBatch(messages.map((body) => ({ body, contentType: 'json' as const })));
      return undefined;
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await sleep(25 * 2 ** attempt);
    }
  }
  return lastError ?? new Error('send failed');
}

async function spool(kv: KVNamespace, message: ClickMessage, error: unknown): Promise<EnqueueResult> {
  try {
    await kv.put(spoolKey(message.id), JSON.stringify(message), { expirationTtl: SPOOL_TTL_SECONDS });
    console.error(JSON.stringify({ level: 'warn', event: 'click_spooled', clickId: message.id, error: String(error) }));
    return 'spooled';
  } catch (spoolError) {
    console.error(JSON.stringify({ level: 'error', event: 'click_enqueue_failed', error: String(error), spoolError: String(spoolError), click: message }));
    return 'failed';
  }
}

/** Closes the batch (if still open) and sends it from the calling request. */
async function send(queue: Queue<unknown>, batch: Batch): Promise<void> {
  if (batch.state !== 'open') return;
  batch.state = 'sending';
  if (openBatches.get(queue) === batch) openBatches.delete(queue);
  batch.error = await sendWithRetries(queue, batch.messages);
  batch.state = batch.error === undefined ? 'sent' : 'failed';
}

/**
 * Queues one click. The clicks of a busy isolate are gathered for a few milliseconds and sent
 * with one sendBatch: far less work per click than a send each. workerd lets a request do I/O and
 * settle promises only in its own context, so whichever request closes the batch (the first one,
 * after the gathering delay, or the one that fills it) sends it, and every other request waits on
 * the batch's state with its own timers. The returned promise settles only once this click was
 * accepted by the queue, or spooled to KV for the drain cron, so the caller's waitUntil keeps the
 * request alive until then and no click is left behind in memory. Never throws.
 */
export async function enqueueClick(queue: Queue<unknown>, kv: KVNamespace, message: ClickMessage): Promise<EnqueueResult> {
  const bytes = approximateBytes(message);
  let batch = openBatches.get(queue);
  if (batch && batch.bytes + bytes > MAX_BYTES) await send(queue, batch);
  batch = openBatches.get(queue);
  if (!batch) {
    batch = { dueAt: Date.now() + GATHER_MS, messages: [], bytes: 0, state: 'open' };
    openBatches.set(queue, batch);
  }
  const first = batch.messages.length === 0;
  batch.messages.push(message);
  batch.bytes += bytes;

  if (batch.messages.length >= MAX_MESSAGES) await send(queue, batch);
  else if (first) {
    await sleep(GATHER_MS);
    await send(queue, batch);
  }
  // Waiters sleep until the batch is due rather than wake on every poll: timer wake-ups are
  // most of what waiting costs.
  if (batch.state === 'open') await sleep(Math.max(1, batch.dueAt - Date.now() + 2));
  const deadline = Date.now() + SETTLE_DEADLINE_MS;
  while (batch.state === 'open' || batch.state === 'sending') {
    if (Date.now() > deadline) {
      // The request sending this batch is gone; a duplicate is harmless (the click id is the key).
      const error = await sendWithRetries(queue, [message]);
      return error === undefined ? 'queued' : spool(kv, message, error);
    }
    await sleep(POLL_MS);
  }
  return batch.state === 'sent' ? 'queued' : spool(kv, message, batch.error);
}
