import type { z } from 'zod';
import { BoundedMemo } from '../domain/bounded-memo';
import { createLogger } from '../logging';

const HIT_TTL_MS = 30_000;
// Misses expire sooner: a program or link created a moment ago should start working quickly.
const MISS_TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;
const cache = new BoundedMemo<string, { value: unknown; expires: number }>(MAX_ENTRIES);

/**
 * Reads a KV value through a small in-isolate cache. KV failures and malformed values answer
 * null and are not cached, so a redirect never fails because of KV and recovers with it.
 */
export async function readCached<T>(
  kv: KVNamespace,
  key: string,
  schema: z.ZodType<T>,
  now: number,
): Promise<T | null> {
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value as T | null;
  let raw: unknown;
  try {
    raw = await kv.get(key, 'json');
  } catch (err) {
    createLogger().warn('routing_kv_failed', { key, error: String(err) });
    return null;
  }
  const parsed = raw === null ? null : schema.safeParse(raw);
  if (parsed && !parsed.success) return null;
  const value = parsed ? parsed.data : null;
  cache.set(key, { value, expires: now + (value === null ? MISS_TTL_MS : HIT_TTL_MS) });
  return value;
}

/** Tests only: forget everything cached in this isolate. */
export function clearKvCache(): void {
  cache.clear();
}
