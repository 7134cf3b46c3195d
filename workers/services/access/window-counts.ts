/**
 * This isolate's count of each limiter key in the current fixed window of the wall clock, for the RateLimit
 * field's `r`: the Workers rate-limit binding answers only allowed or not. The binding counts per Cloudflare
 * location across isolates, so `r` is a hint that can be higher than what is left; its 429 is the authority.
 */
const MAX_KEYS = 10_000;
const windows = new Map<number, { index: number; counts: Map<string, number> }>();

/** Counts one request of `key`; undefined once the window holds MAX_KEYS others (the memory stays bounded). */
export function countInWindow(
  key: string,
  windowSeconds: number,
  nowMs: number,
): { count: number; resetSeconds: number } | undefined {
  const ms = windowSeconds * 1000;
  const index = Math.floor(nowMs / ms);
  let current = windows.get(windowSeconds);
  if (current?.index !== index) {
    current = { index, counts: new Map() };
    windows.set(windowSeconds, current);
  }
  const count = (current.counts.get(key) ?? 0) + 1;
  if (count === 1 && current.counts.size >= MAX_KEYS) return undefined;
  current.counts.set(key, count);
  return { count, resetSeconds: Math.ceil(((index + 1) * ms - nowMs) / 1000) };
}
