import { and, asc, eq, sql } from 'drizzle-orm';
import { enrollments, stripePromotionCodes } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';

export interface StripeDiscountsState {
  appId: string;
  /** Whether a restricted key is stored; the key itself is never shown again. */
  configured: boolean;
  counts: { pending: number; synced: number; failed: number };
  /** The codes whose last attempt failed, oldest retry first (at most 20). */
  failures: {
    enrollmentId: string;
    code: string | null;
    attempts: number;
    lastError: string | null;
    nextAttemptAt: Date;
  }[];
}

/** An app's discount sync: whether its Stripe key is set, and how its affiliates' codes stand. */
export async function getStripeDiscounts({
  ctx,
  input,
}: ServiceCall<{ appId: string }>): Promise<StripeDiscountsState> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const app = await findAppOrThrow({ ctx, input: { organizationId, appId: input.appId } });
  const scope = and(eq(stripePromotionCodes.appId, app.id), eq(stripePromotionCodes.organizationId, organizationId));
  const [counts, failures] = await Promise.all([
    ctx.db
      .select({ status: stripePromotionCodes.status, n: sql<number>`count(*)::int` })
      .from(stripePromotionCodes)
      .where(scope)
      .groupBy(stripePromotionCodes.status),
    ctx.db
      .select({
        enrollmentId: stripePromotionCodes.enrollmentId,
        code: enrollments.couponCode,
        attempts: stripePromotionCodes.attempts,
        lastError: stripePromotionCodes.lastError,
        nextAttemptAt: stripePromotionCodes.nextAttemptAt,
      })
      .from(stripePromotionCodes)
      .innerJoin(enrollments, eq(enrollments.id, stripePromotionCodes.enrollmentId))
      .where(and(scope, eq(stripePromotionCodes.status, 'failed')))
      .orderBy(asc(stripePromotionCodes.nextAttemptAt))
      .limit(20),
  ]);
  const count = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  return {
    appId: app.id,
    configured: app.stripeRestrictedKeyEncrypted !== null,
    counts: { pending: count('pending'), synced: count('synced'), failed: count('failed') },
    failures,
  };
}
