import type { ClickMessage } from './click-message';

const ATTEMPTS = 3;
/** How long a spooled click may wait for the queue to come back (the drain cron runs each minute). */
const SPOOL_TTL_SECONDS = 7 * 86_400;

export const spoolKey = (clickId: string) => `spool:${clickId}`;

/**
 * Sends one click to the ingest queue, retrying inside the request's lifetime. If the queue stays
 * down, the click is spooled to KV for the drain cron to send later; only if KV fails too is the
 * click lost, and then it is logged whole, so even that can be replayed from the logs.
 * Runs under waitUntil, where an unawaited rejection would vanish: nothing here throws.
 */
export async function enqueueClick(queue: Queue<unknown>, spool: KVNamespace, message: ClickMessage): Promise<'queued' | 'spooled' | 'failed'> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await queue.send(message, { contentType: 'json' });
      return 'queued';
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
    }
  }
  try {
    await spool.put(spoolKey(message.id), JSON.stringify(message), { expirationTtl: SPOOL_TTL_SECONDS });
    console.error(JSON.stringify({ level: 'warn', event: 'click_spooled', clickId: message.id, error: String(lastError) }));
    return 'spooled';
  } catch (spoolError) {
    console.error(JSON.stringify({ level: 'error', event: 'click_enqueue_failed', error: String(lastError), spoolError: String(spoolError), click: message }));
    return 'failed';
  }
}
