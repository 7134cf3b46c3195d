import { eq } from 'drizzle-orm';
import { apps } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { getStripeDiscounts, type StripeDiscountsState } from './get-stripe-discounts';

/**
 * Stores the app's restricted Stripe key, sealed with the data key (calling Stripe needs the key
 * itself); the next sync run makes the coupons and codes its programs ask for. The audit entry never holds it.
 */
export async function setStripeDiscountKey({
  ctx,
  input,
}: ServiceCall<{ appId: string; restrictedKey: string }>): Promise<StripeDiscountsState> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    const sealed = await encryptSecret(input.restrictedKey, tx.config.DATA_ENCRYPTION_KEY);
    await tx.db
      .update(apps)
      .set({ stripeRestrictedKeyEncrypted: sealed, updatedAt: tx.now })
      .where(eq(apps.id, app.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.stripe_discount_key_set',
        targetType: 'app',
        targetId: app.id,
        before: { configured: app.stripeRestrictedKeyEncrypted !== null },
        after: { configured: true },
      },
    });
  });
  return getStripeDiscounts({ ctx, input: { appId: input.appId } });
}
