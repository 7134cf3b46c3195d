import type { Logger } from '../../logging';

/** Cloudflare Queues accepts at most 100 messages per sendBatch call. */
export const MAX_BATCH_MESSAGES = 100;
const SEND_TRIES = 3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends bodies in chunks of 100, each tried up to three times. Callers run after their own
 * transaction committed, so this never throws into their response: a chunk that still fails is
 * logged as an error with the counts (`event`), to be re-fired from the admin replay endpoints.
 * Returns how many bodies were sent.
 */
export async function sendBatches(
  queue: Queue<unknown>,
  bodies: readonly unknown[],
  failure: { event: string; log: Logger },
): Promise<number> {
  let sent = 0;
  for (let start = 0; start < bodies.length; start += MAX_BATCH_MESSAGES) {
    const chunk = bodies.slice(start, start + MAX_BATCH_MESSAGES);
    let lastError: unknown;
    for (let attempt = 1; attempt <= SEND_TRIES; attempt++) {
      try {
        await queue.sendBatch(chunk.map((body) => ({ body, contentType: 'json' as const })));
        lastError = undefined;
        sent += chunk.length;
        break;
      } catch (err) {
        lastError = err;
        if (attempt < SEND_TRIES) await pause(50 * attempt);
      }
    }
    if (lastError !== undefined) {
      failure.log.error(failure.event, {
        lost: chunk.length,
        total: bodies.length,
        tries: SEND_TRIES,
        error: String(lastError).slice(0, 500),
      });
    }
  }
  return sent;
}
