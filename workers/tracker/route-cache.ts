import { z } from 'zod';

/** What the edge knows about a referral code, projected from Postgres into KV. */
export const codeRoute = z.object({ programId: z.string(), cookieDays: z.number().int().min(0).max(3650) });
export type CodeRoute = z.infer<typeof codeRoute>;

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const cache = new Map<string, { route: CodeRoute | null; expires: number }>();

export const codeRouteKey = (code: string) => `code:${code}`;

/**
 * Reads a code's route through a small in-isolate cache in front of KV. Any KV failure or a
 * malformed value answers null: the redirect goes on with defaults instead of failing.
 */
export async function lookupCodeRoute(kv: KVNamespace, code: string, now = Date.now()): Promise<CodeRoute | null> {
  const hit = cache.get(code);
  if (hit && hit.expires > now) return hit.route;
  let route: CodeRoute | null = null;
  try {
    const parsed = codeRoute.safeParse(await kv.get(codeRouteKey(code), 'json'));
    route = parsed.success ? parsed.data : null;
  } catch (err) {
    console.error(JSON.stringify({ level: 'warn', event: 'routing_kv_failed', error: String(err) }));
    return null; // not cached: the next click tries KV again
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(code, { route, expires: now + TTL_MS });
  return route;
}
