import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { apiKeys } from '../../../schema';
import type { ServiceCall } from '../../context';

/** last_used_at is for people ("used 5 minutes ago"): minute precision is plenty. */
const PRECISION_MS = 60_000;

/**
 * Records that a key was used, at most once a minute per key: a busy integration costs one
 * UPDATE a minute, not one per request. The guard in the WHERE clause keeps concurrent
 * requests from all writing once the minute has passed.
 */
export async function touchApiKey({
  ctx,
  input,
}: ServiceCall<{ keyId: string; lastUsedAt: Date | null }>): Promise<void> {
  if (input.lastUsedAt && ctx.now.getTime() - input.lastUsedAt.getTime() < PRECISION_MS) return;
  const staleBefore = new Date(ctx.now.getTime() - PRECISION_MS);
  await ctx.db
    .update(apiKeys)
    .set({ lastUsedAt: ctx.now })
    .where(and(eq(apiKeys.id, input.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
}
