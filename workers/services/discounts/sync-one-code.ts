import { eq, sql } from 'drizzle-orm';
import { apps, enrollments, programGroups, programs, stripePromotionCodes } from '../../../schema';
import type { ServiceCall } from '../../context';
import { couponFields, couponIdFor, effectiveDiscount } from '../../domain/discount-terms';
import { discountSyncPlan, type SyncedCode } from '../../domain/discount-sync-plan';
import { retryDelaySeconds } from '../../domain/discount-retry';
import {
  createPromotionCode,
  ensureCoupon,
  setPromotionCodeActive,
  StripeApiError,
  type StripeConfig,
} from '../../integrations/stripe';
import { decryptSecret } from '../encryption';
import type { ClaimedCode } from './claim-due-codes';

export type SyncOutcome = 'synced' | 'failed' | 'gone';

/**
 * Makes one enrollment's Stripe promotion code match what its program, group and status ask for,
 * outside any transaction: reads the wanted state, runs the plan's steps (each with an
 * Idempotency-Key of the enrollment, the change's revision and the step, so a retry of the same
 * change replays rather than repeats), and writes what Stripe now has after each step, so a failure
 * half way loses nothing. The row is synced only if no newer change marked it meanwhile.
 */
export async function syncOneCode({ ctx, input }: ServiceCall<ClaimedCode>): Promise<SyncOutcome> {
  const [row] = await ctx.db
    .select({
      code: stripePromotionCodes,
      couponCode: enrollments.couponCode,
      status: enrollments.status,
      programDiscount: programs.discount,
      groupDiscount: programGroups.discount,
      sealedKey: apps.stripeRestrictedKeyEncrypted,
    })
    .from(stripePromotionCodes)
    .innerJoin(enrollments, eq(enrollments.id, stripePromotionCodes.enrollmentId))
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(programGroups, eq(programGroups.id, enrollments.groupId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .where(eq(stripePromotionCodes.enrollmentId, input.enrollmentId));
  if (!row) return 'gone';
  const discount = effectiveDiscount(row.programDiscount, row.groupDiscount);
  // Stored as the program or group has it, so the next comparison in SQL finds them equal.
  const groupSays = row.groupDiscount as { type?: string } | null;
  const wantedRaw = groupSays === null ? row.programDiscount : groupSays.type === 'none' ? null : groupSays;
  const want = {
    couponId: discount ? couponIdFor(discount) : null,
    code: row.couponCode,
    active: row.status === 'active',
  };
  const have: SyncedCode = {
    couponId: row.code.couponId,
    promotionCodeId: row.code.promotionCodeId,
    code: row.code.code,
    active: row.code.active,
  };
  const facts = { ...have };
  const key = (step: string) => `affedge:${input.enrollmentId}:r${input.revision}:${step}`;
  try {
    if (row.sealedKey === null) throw new Error('The app has no Stripe key any more');
    const cfg: StripeConfig = {
      baseUrl: ctx.config.STRIPE_API_BASE_URL,
      secretKey: await decryptSecret(row.sealedKey, ctx.config.DATA_ENCRYPTION_KEY),
    };
    for (const step of discountSyncPlan(have, want)) {
      if (step.kind === 'create_coupon')
        await ensureCoupon(cfg, couponFields(discount!), `affedge:coupon:${step.couponId}`);
      else if (step.kind === 'set_active') {
        const promo = await setPromotionCodeActive(cfg, step, key(`active-${step.promotionCodeId}-${step.active}`));
        facts.active = promo.active;
      } else {
        const promo = await createPromotionCode(
          cfg,
          { couponId: step.couponId, code: step.code, metadata: { enrollment_id: input.enrollmentId } },
          key('create'),
        );
        Object.assign(facts, {
          promotionCodeId: promo.id,
          couponId: step.couponId,
          code: step.code,
          active: promo.active,
        });
      }
      await saveFacts(ctx, input.enrollmentId, facts);
    }
  } catch (err) {
    const message =
      err instanceof StripeApiError
        ? `${err.status ?? 'network'} ${err.type}${err.code ? ` (${err.code})` : ''}: ${err.message}`
        : String(err instanceof Error ? err.message : err);
    ctx.log.warn('stripe_discount_sync_failed', { enrollmentId: input.enrollmentId, error: message });
    await ctx.db
      .update(stripePromotionCodes)
      .set({
        status: 'failed',
        attempts: sql`${stripePromotionCodes.attempts} + 1`,
        lastError: message.slice(0, 1000),
        nextAttemptAt: sql`${ctx.now}::timestamptz + make_interval(secs => ${retryDelaySeconds(row.code.attempts + 1)})`,
        updatedAt: ctx.now,
      })
      .where(eq(stripePromotionCodes.enrollmentId, input.enrollmentId));
    return 'failed';
  }
  // Synced unless a newer change bumped the revision while Stripe was called: then it stays pending.
  await ctx.db
    .update(stripePromotionCodes)
    .set({
      status: sql`CASE WHEN ${stripePromotionCodes.revision} = ${input.revision} THEN 'synced' ELSE 'pending' END`,
      discount: wantedRaw,
      code: want.code,
      wantActive: want.active,
      attempts: 0,
      lastError: null,
      nextAttemptAt: ctx.now,
      syncedAt: ctx.now,
      updatedAt: ctx.now,
    })
    .where(eq(stripePromotionCodes.enrollmentId, input.enrollmentId));
  return 'synced';
}

async function saveFacts(ctx: ServiceCall<ClaimedCode>['ctx'], enrollmentId: string, facts: SyncedCode): Promise<void> {
  await ctx.db
    .update(stripePromotionCodes)
    .set({ couponId: facts.couponId, promotionCodeId: facts.promotionCodeId, active: facts.active, updatedAt: ctx.now })
    .where(eq(stripePromotionCodes.enrollmentId, enrollmentId));
}
