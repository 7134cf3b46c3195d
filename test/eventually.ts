/**
 * Polls until `check` returns a value other than undefined or null, or fails after `timeoutMs` (a bound for a
 * loaded runner, not the expected time). Null waits too: `cond || null` once returned at the first poll, so a
 * test that meant to wait for a queued notification raced it and failed by chance.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | null>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
