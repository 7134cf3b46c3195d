import { eq } from 'drizzle-orm';
import { apps } from '../../../../schema';
import { inTransaction, type ServiceCall } from '../../../context';
import { recordAudit } from '../../audit';
import { findAppOrThrow } from '../../apps';
import { actingAdvertiser } from '../../access';

/** Turns Stripe webhooks off for an app: its endpoint answers 404 from now on. */
export async function removeStripeWebhookSecret({ ctx, input }: ServiceCall<{ appId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    if (app.stripeWebhookSecretEncrypted === null) return;
    await tx.db.update(apps).set({ stripeWebhookSecretEncrypted: null, updatedAt: tx.now }).where(eq(apps.id, app.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.stripe_webhook_removed',
        targetType: 'app',
        targetId: app.id,
        before: { configured: true },
        after: { configured: false },
      },
    });
  });
}
