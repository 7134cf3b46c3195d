import { eq } from 'drizzle-orm';
import { apps } from '../../../../schema';
import { inTransaction, type ServiceCall } from '../../../context';
import { encryptSecret } from '../../encryption';
import { recordAudit } from '../../audit';
import { findAppOrThrow } from '../../apps';
import { actingAdvertiser } from '../../access';
import { getStripeWebhook, type StripeWebhookSettings } from './get-stripe-webhook';

/**
 * Turns Stripe webhooks on (or replaces the secret) for an app. The secret is sealed with the
 * data key: verifying an HMAC needs the secret itself. The audit entry never holds it.
 */
export async function setStripeWebhookSecret({
  ctx,
  input,
}: ServiceCall<{ appId: string; webhookSecret: string }>): Promise<StripeWebhookSettings> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    const sealed = await encryptSecret(input.webhookSecret, tx.config.DATA_ENCRYPTION_KEY);
    await tx.db
      .update(apps)
      .set({ stripeWebhookSecretEncrypted: sealed, updatedAt: tx.now })
      .where(eq(apps.id, app.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.stripe_webhook_set',
        targetType: 'app',
        targetId: app.id,
        before: { configured: app.stripeWebhookSecretEncrypted !== null },
        after: { configured: true },
      },
    });
  });
  return getStripeWebhook({ ctx, input: { appId: input.appId } });
}
