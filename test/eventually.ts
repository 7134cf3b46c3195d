/**
 * The least a wait may allow. A queued email took 8.4 s on a loaded CI runner and 12 s on another, where its
 * test allowed 10 s: a shorter bound is a failure by chance waiting to happen, so none is accepted.
 */
export const MIN_WAIT_MS = 30_000;

/**
 * Polls until `check` returns a value other than undefined or null, or fails after `timeoutMs` (a bound for a
 * loaded runner, not the expected time; at least MIN_WAIT_MS). Null waits too: `cond || null` once returned at
 * the first poll, so a test that meant to wait for a queued notification raced it and failed by chance.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | null>,
  timeoutMs = MIN_WAIT_MS,
  what = 'condition',
): Promise<T> {
  if (timeoutMs < MIN_WAIT_MS) throw new Error(`a wait for ${what} of ${timeoutMs} ms is below ${MIN_WAIT_MS} ms`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
