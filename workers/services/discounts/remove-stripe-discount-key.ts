import { eq } from 'drizzle-orm';
import { apps } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { recordAudit } from '../audit';

/**
 * Forgets the app's Stripe key: the sync stops calling Stripe for it. Codes already made stay as
 * they are in Stripe (the advertiser's account, theirs to archive).
 */
export async function removeStripeDiscountKey({ ctx, input }: ServiceCall<{ appId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    if (app.stripeRestrictedKeyEncrypted === null) return;
    await tx.db.update(apps).set({ stripeRestrictedKeyEncrypted: null, updatedAt: tx.now }).where(eq(apps.id, app.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.stripe_discount_key_removed',
        targetType: 'app',
        targetId: app.id,
        before: { configured: true },
        after: { configured: false },
      },
    });
  });
}
