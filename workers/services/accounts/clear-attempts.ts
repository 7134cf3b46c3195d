import { and, eq } from 'drizzle-orm';
import { rateLimitHits } from '../../../schema';
import type { RateLimitBucket } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

/** A success forgives earlier failures of the same kind (wrong passwords before the right one). */
export async function clearAttempts({
  ctx,
  input,
}: ServiceCall<{ bucket: RateLimitBucket; key: string }>): Promise<void> {
  await ctx.db
    .delete(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, input.bucket), eq(rateLimitHits.key, input.key)));
}
