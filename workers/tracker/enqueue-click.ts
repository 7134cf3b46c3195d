import { CLICKS_PER_BUNDLE, type ClickBundle, type ClickMessage } from '../contracts/click-message';
import { createLogger } from '../logging';
import { appendToChain, type HolderState, newHolderState } from './holder-chain';

/** What one chain did with the clicks it sent: accepted by the queue, spooled to KV, or lost (logged). */
export interface ChainResult {
  queued: number;
  spooled: number;
  failed: number;
}

const ATTEMPTS = 3;
/** How long a spooled click may wait for the queue to come back (the drain cron runs each minute). */
const SPOOL_TTL_SECONDS = 7 * 86_400;
/** A queue message holds at most 128 KB; approximateBytes is an upper bound, so this stays clear of it. */
const MAX_BUNDLE_BYTES = 120_000;

export const spoolKey = (clickId: string) => `spool:${clickId}`;

interface Pending {
  message: ClickMessage;
  bytes: number;
}

// Per queue binding: requests of one isolate share it; other bindings (tests) do not.
const holders = new WeakMap<Queue<unknown>, HolderState<Pending>>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A cheap upper bound of the JSON size, without serialising twice (≤ 3 bytes per UTF-16 unit, 600 for the rest). */
function approximateBytes(m: ClickMessage): number {
  let chars = (m.code?.length ?? 0) + m.landingUrl.length + (m.userAgent?.length ?? 0) + (m.referrer?.length ?? 0);
  chars += (m.acceptLanguage?.length ?? 0) + (m.region?.length ?? 0) + (m.city?.length ?? 0);
  for (const sub of m.sub) chars += sub?.length ?? 0;
  return 600 + 3 * chars;
}

async function sendWithRetries(queue: Queue<unknown>, clicks: ClickMessage[]): Promise<unknown> {
  const bundle: ClickBundle = { v: 2, clicks };
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await queue.send(bundle, { contentType: 'json' });
      return undefined;
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await sleep(25 * 2 ** attempt);
    }
  }
  return lastError ?? new Error('send failed');
}

async function spool(kv: KVNamespace, message: ClickMessage, error: unknown): Promise<'spooled' | 'failed'> {
  try {
    await kv.put(spoolKey(message.id), JSON.stringify(message), { expirationTtl: SPOOL_TTL_SECONDS });
    createLogger().warn('click_spooled', { clickId: message.id, error: String(error) });
    return 'spooled';
  } catch (spoolError) {
    createLogger().error('click_enqueue_failed', {
      error: String(error),
      spoolError: String(spoolError),
      click: message,
    });
    return 'failed';
  }
}

/** Packs clicks into bundles of ≤ CLICKS_PER_BUNDLE and ≤ MAX_BUNDLE_BYTES, one queue message each. */
function bundles(clicks: Pending[]): ClickMessage[][] {
  const out: ClickMessage[][] = [];
  let current: ClickMessage[] = [];
  let bytes = 0;
  for (const c of clicks) {
    if (current.length && (current.length >= CLICKS_PER_BUNDLE || bytes + c.bytes > MAX_BUNDLE_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(c.message);
    bytes += c.bytes;
  }
  if (current.length) out.push(current);
  return out;
}

/** Sends clicks (bundles in parallel), each bundle retried, a bundle that still fails spooled to KV click by click. */
async function sendAll(queue: Queue<unknown>, kv: KVNamespace, clicks: Pending[], result: ChainResult): Promise<void> {
  await Promise.all(
    bundles(clicks).map(async (messages) => {
      const error = await sendWithRetries(queue, messages);
      if (error === undefined) {
        result.queued += messages.length;
        return;
      }
      for (const outcome of await Promise.all(messages.map((m) => spool(kv, m, error)))) result[outcome]++;
    }),
  );
}

/**
 * Queues one click, to be sent from the isolate's holder chain (holder-chain.ts) in bundles of
 * ≤ CLICKS_PER_BUNDLE clicks, one queue message per bundle.
 *
 * Returns the chain's promise when this click made its request the holder: the caller must pass
 * it to ctx.waitUntil. It settles once every click the chain took was accepted by the queue or
 * spooled to KV for the drain cron (or logged as lost when KV failed too), and never rejects.
 * Returns null when a running chain took the click over.
 */
export function enqueueClick(
  queue: Queue<unknown>,
  kv: KVNamespace,
  message: ClickMessage,
): Promise<ChainResult> | null {
  let state = holders.get(queue);
  if (!state) {
    state = newHolderState();
    holders.set(queue, state);
  }
  return appendToChain(
    state,
    { message, bytes: approximateBytes(message) },
    {
      start: () => ({ queued: 0, spooled: 0, failed: 0 }),
      send: async (taken, result) => {
        const before = result.queued;
        await sendAll(queue, kv, taken, result);
        return result.queued - before === taken.length;
      },
    },
  );
}
