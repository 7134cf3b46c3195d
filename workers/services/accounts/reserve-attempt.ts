import { and, eq, lt, ne, gt } from 'drizzle-orm';
import { rateLimitHits } from '../../../schema';
import type { RateLimitBucket } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { decideLimit, RATE_LIMITS } from '../../domain/rate-limit';
import { RateLimitedError } from '../../errors/app-error';

const MESSAGES: Record<RateLimitBucket, string> = {
  login_failure: 'Too many failed sign-in attempts for this account; try again later',
  two_factor_failure: 'Too many wrong codes; try again later',
  password_failure: 'Too many wrong passwords; try again later',
  password_reset: 'Too many password reset requests for this email; try again later',
  verification_resend: 'Too many verification emails requested; try again later',
  signup: 'Too many sign-ups for this email; try again later',
};

/**
 * Counts one attempt against `bucket`/`key` before the attempt is made, and refuses it (429) when
 * the window is full. Reserving first means parallel guesses cannot all slip through the check
 * before any of them is counted. Call it with a pool context, never inside a transaction: the
 * count must commit even when the request fails.
 */
export async function reserveAttempt({
  ctx,
  input,
}: ServiceCall<{ bucket: RateLimitBucket; key: string }>): Promise<void> {
  const policy = RATE_LIMITS[input.bucket];
  const since = new Date(ctx.now.getTime() - policy.windowSeconds * 1000);
  const sameKey = and(eq(rateLimitHits.bucket, input.bucket), eq(rateLimitHits.key, input.key));
  await ctx.db.delete(rateLimitHits).where(and(sameKey, lt(rateLimitHits.createdAt, since)));
  const [own] = await ctx.db
    .insert(rateLimitHits)
    .values({ bucket: input.bucket, key: input.key, createdAt: ctx.now })
    .returning({ id: rateLimitHits.id });
  const earlier = await ctx.db
    .select({ createdAt: rateLimitHits.createdAt })
    .from(rateLimitHits)
    .where(and(sameKey, gt(rateLimitHits.createdAt, since), ne(rateLimitHits.id, own!.id)));
  const decision = decideLimit(
    earlier.map((r) => r.createdAt),
    policy,
    ctx.now,
  );
  if (decision.allowed) return;
  // A refused attempt is no attempt: it must not push the lockout further out.
  await ctx.db.delete(rateLimitHits).where(eq(rateLimitHits.id, own!.id));
  throw new RateLimitedError(MESSAGES[input.bucket], decision.retryAfterSeconds, {
    name: input.bucket,
    quota: policy.limit,
    windowSeconds: policy.windowSeconds,
  });
}
