import type { ClickMessage } from './click-message';

const ATTEMPTS = 3;

/**
 * Sends one click to the ingest queue, retrying inside the request's lifetime. Runs under
 * waitUntil, where an unawaited rejection would vanish, so every failure is logged with the whole
 * message: a click that could not be queued is still recoverable from the logs.
 */
export async function enqueueClick(queue: Queue<unknown>, message: ClickMessage): Promise<boolean> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await queue.send(message, { contentType: 'json' });
      return true;
    } catch (err) {
      lastError = err;
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
  console.error(JSON.stringify({ level: 'error', event: 'click_enqueue_failed', error: String(lastError), click: message }));
  return false;
}
