import { CLICKS_PER_BUNDLE, type ClickBundle, type ClickMessage } from '../contracts/click-message';

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
/**
 * A holder stops accepting new clicks after this long or this many rounds, whichever comes first,
 * and hands the chain over: its waitUntil must end well inside the 30 s after the response, and
 * its subrequests (≤ 3 send attempts per bundle, KV puts on failure) stay far below 1,000.
 */
const HOLD_MS = 1_000;
const HOLD_ROUNDS = 32;
/**
 * A chain that has shown no progress for this long belongs to a request workerd ended (its
 * continuations will never run); the next click takes over, and sends what that chain held again
 * (a duplicate is harmless: the click id is the key).
 */
const STALE_MS = 10_000;
/**
 * Each round gathers for this long before it takes: one timer in the holder per round instead of
 * one per click, and big bundles (a send costs about the same whatever the bundle holds).
 */
const GATHER_MS = 20;

export const spoolKey = (clickId: string) => `spool:${clickId}`;

interface Pending {
  message: ClickMessage;
  bytes: number;
}

interface Chain {
  /** Clicks the chain took and has not settled yet: resent by a takeover if the chain dies. */
  taken: Pending[];
  /** Date.now() of its last step; a chain silent for STALE_MS is dead. */
  progressAt: number;
}

interface Isolate {
  /** Clicks appended and not taken yet. */
  pending: Pending[];
  /** The chain currently accepting clicks; null when none does (the next click starts one). */
  chain: Chain | null;
}

// Per queue binding: requests of one isolate share it; other bindings (tests) do not.
const isolates = new WeakMap<Queue<unknown>, Isolate>();

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
    console.error(JSON.stringify({ level: 'warn', event: 'click_spooled', clickId: message.id, error: String(error) }));
    return 'spooled';
  } catch (spoolError) {
    console.error(
      JSON.stringify({
        level: 'error',
        event: 'click_enqueue_failed',
        error: String(error),
        spoolError: String(spoolError),
        click: message,
      }),
    );
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
 * The holder's loop: gather for GATHER_MS, take everything pending, send it, repeat while clicks
 * keep arriving; after HOLD_MS or HOLD_ROUNDS (or after a round whose send failed, so one holder
 * spools at most two rounds while the queue is down) it hands over and sends its last take.
 */
async function runChain(queue: Queue<unknown>, kv: KVNamespace, isolate: Isolate, chain: Chain): Promise<ChainResult> {
  const result: ChainResult = { queued: 0, spooled: 0, failed: 0 };
  const startedAt = Date.now();
  for (let round = 1; ; round++) {
    await sleep(GATHER_MS);
    if (isolate.chain !== chain) return result; // taken over as dead; the new chain resends what this one held
    const last = round >= HOLD_ROUNDS || Date.now() - startedAt >= HOLD_MS || result.spooled + result.failed > 0;
    // The invariant, with the append in enqueueClick: see the proof there. Both the "nothing left,
    // stop" and the "hand over" steps clear the marker in the same synchronous turn as the take.
    if (last || isolate.pending.length === 0) isolate.chain = null;
    const take = isolate.pending;
    isolate.pending = [];
    chain.taken = take;
    chain.progressAt = Date.now();
    if (take.length === 0) return result;
    await sendAll(queue, kv, take, result);
    chain.taken = [];
    chain.progressAt = Date.now();
    if (isolate.chain !== chain) return result; // handed over (last round) or taken over
  }
}

/**
 * Queues one click, to be sent from an in-isolate chain: only one request per isolate at a time
 * (the holder) keeps the sending work in its waitUntil; every other request only appends its click
 * and returns, with no waitUntil, timer or await of its own (waiting is what a redirect paid most
 * for, and workerd cancels a request that waits on another request's I/O).
 *
 * Returns the chain's promise when this click made its request the holder: the caller must pass
 * it to ctx.waitUntil. It settles once every click the chain took was accepted by the queue or
 * spooled to KV for the drain cron (or logged as lost when KV failed too), and never rejects.
 * Returns null when a running chain took the click over.
 *
 * Why every appended click is sent by a live holder (JS in an isolate is single-threaded, and the
 * steps below are synchronous, so no two of them interleave):
 * - enqueueClick appends to `pending` and, in the same turn, starts a chain if `chain` is null.
 * - A chain clears `chain` only in the same turn in which it takes all of `pending`; after that
 *   turn it sends what it took (holding its request through waitUntil) and takes nothing more.
 * - So at the end of every turn, `pending` is either empty or `chain` is non-null; and a non-null
 *   `chain` is running: its next round starts after its current send and gathering timer settle, and
 *   takes `pending` then. A click appended while `chain` is non-null is in `pending` until that
 *   take; one appended after it was cleared starts a new chain in its own request.
 * - The only way a chain stops running without clearing `chain` is its request being ended by the
 *   runtime (continuations never run). A chain silent for STALE_MS is treated so: the next click
 *   takes over, with the dead chain's untaken `pending` and its unsettled `taken` clicks.
 */
export function enqueueClick(
  queue: Queue<unknown>,
  kv: KVNamespace,
  message: ClickMessage,
): Promise<ChainResult> | null {
  let isolate = isolates.get(queue);
  if (!isolate) {
    isolate = { pending: [], chain: null };
    isolates.set(queue, isolate);
  }
  isolate.pending.push({ message, bytes: approximateBytes(message) });
  const running = isolate.chain;
  if (running && Date.now() - running.progressAt < STALE_MS) return null;
  if (running) {
    console.error(
      JSON.stringify({
        level: 'warn',
        event: 'click_chain_taken_over',
        resent: running.taken.length,
        pending: isolate.pending.length,
      }),
    );
    isolate.pending.unshift(...running.taken);
    running.taken = [];
  }
  const chain: Chain = { taken: [], progressAt: Date.now() };
  isolate.chain = chain;
  return runChain(queue, kv, isolate, chain);
}
