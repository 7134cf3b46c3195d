import { createLogger } from '../logging';

/**
 * A holder chain lets the requests of one isolate share the sending of what they produce: every
 * request appends its item, and only one request at a time (the holder) keeps the sending work in
 * its waitUntil; the others return with no waitUntil, timer or await of their own (waiting is what
 * a redirect paid most for, and workerd cancels a request that waits on another request's I/O).
 * What it buys: a queue send costs the sending isolate about 150–200 k instructions locally (/aff
 * counts about 1,300 k with its send, 1,150 k with the send stubbed), paid once per gathering.
 *
 * Invariants (JS in an isolate is single-threaded; each step below is one synchronous turn):
 * - append pushes to `pending` and, in the same turn, starts a chain when `chain` is null;
 * - a chain clears `chain` only in the turn in which it takes all of `pending`, then sends what it
 *   took and takes nothing more; so after every turn `pending` is empty or `chain` is a running
 *   chain, whose next round takes it: every appended item is sent by a live holder;
 * - a chain stops without clearing `chain` only when the runtime ended its request; one silent for
 *   STALE_MS is taken over by the next append, with its untaken `pending` and unsettled `taken`.
 */

/**
 * A holder stops accepting new items after this long or this many rounds, whichever comes first,
 * and hands the chain over: its waitUntil must end well inside the 30 s after the response, and
 * its subrequests (≤ 3 send attempts per bundle, KV puts on failure) stay far below 1,000.
 */
const HOLD_MS = 1_000;
const HOLD_ROUNDS = 32;
/**
 * A chain that has shown no progress for this long belongs to a request workerd ended (its
 * continuations will never run); the next item takes over, and sends what that chain held again
 * (a duplicate is harmless when the item carries its own idempotency key).
 */
const STALE_MS = 10_000;
/**
 * Each round gathers for this long before it takes: one timer in the holder per round instead of
 * one per item, and big sends (a send costs about the same whatever it holds).
 */
const GATHER_MS = 20;

interface Chain<T> {
  /** Items the chain took and has not settled yet: resent by a takeover if the chain dies. */
  taken: T[];
  /** Date.now() of its last step; a chain silent for STALE_MS is dead. */
  progressAt: number;
}

/** One isolate's share of a chain: what waits for a holder, and the chain accepting it (if any). */
export interface HolderState<T> {
  /** Items appended and not taken yet. */
  pending: T[];
  /** The chain currently accepting items; null when none does (the next append starts one). */
  chain: Chain<T> | null;
}

/** How a chain sends: `send` settles one round's items into `result` and answers whether all went out. */
export interface ChainSender<T, R> {
  start(): R;
  send(taken: T[], result: R): Promise<boolean>;
}

export const newHolderState = <T>(): HolderState<T> => ({ pending: [], chain: null });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The holder's loop: gather for GATHER_MS, take everything pending, send it, repeat while items
 * keep arriving; after HOLD_MS or HOLD_ROUNDS (or after a round whose send failed, so one holder
 * sends at most two failing rounds) it hands over and sends its last take.
 */
async function runChain<T, R>(state: HolderState<T>, chain: Chain<T>, sender: ChainSender<T, R>): Promise<R> {
  const result = sender.start();
  const startedAt = Date.now();
  let failed = false;
  for (let round = 1; ; round++) {
    await sleep(GATHER_MS);
    if (state.chain !== chain) return result; // taken over as dead; the new chain resends what this one held
    const last = round >= HOLD_ROUNDS || Date.now() - startedAt >= HOLD_MS || failed;
    // "Nothing left, stop" and "hand over" both clear the marker in the same turn as the take.
    if (last || state.pending.length === 0) state.chain = null;
    const take = state.pending;
    state.pending = [];
    chain.taken = take;
    chain.progressAt = Date.now();
    if (take.length === 0) return result;
    if (!(await sender.send(take, result))) failed = true;
    chain.taken = [];
    chain.progressAt = Date.now();
    if (state.chain !== chain) return result; // handed over (last round) or taken over
  }
}

/**
 * Appends an item. Returns the chain's promise when this append made its request the holder (the
 * caller passes it to ctx.waitUntil; it settles once every item the chain took was sent, and
 * never rejects when `send` does not), or null when a running chain took the item over.
 */
export function appendToChain<T, R>(state: HolderState<T>, item: T, sender: ChainSender<T, R>): Promise<R> | null {
  state.pending.push(item);
  const running = state.chain;
  if (running && Date.now() - running.progressAt < STALE_MS) return null;
  if (running) {
    // Only here, on the rare takeover, is a logger built: the redirect path makes none.
    createLogger().warn('click_chain_taken_over', { resent: running.taken.length, pending: state.pending.length });
    state.pending.unshift(...running.taken);
    running.taken = [];
  }
  const chain: Chain<T> = { taken: [], progressAt: Date.now() };
  state.chain = chain;
  return runChain(state, chain, sender);
}
