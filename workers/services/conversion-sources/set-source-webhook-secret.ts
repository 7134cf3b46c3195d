import { billingWebhooks } from '../../../schema';
import type { SourceProvider } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { type SourceWebhookSettings, getSourceWebhooks } from './get-source-webhooks';

/**
 * Turns a provider's webhooks on for an app, or replaces its secret. The secret is sealed with the
 * data key (verifying an HMAC needs the secret itself); a new secret starts the received count
 * again, so the page shows whether events signed with it arrive. The audit entry never holds it.
 */
export async function setSourceWebhookSecret({
  ctx,
  input,
}: ServiceCall<{ appId: string; provider: SourceProvider; secret: string }>): Promise<SourceWebhookSettings[]> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    const sealed = await encryptSecret(input.secret, tx.config.DATA_ENCRYPTION_KEY);
    const [before] = await tx.db
      .insert(billingWebhooks)
      .values({ appId: app.id, provider: input.provider, secretEncrypted: sealed })
      .onConflictDoUpdate({
        target: [billingWebhooks.appId, billingWebhooks.provider],
        set: { secretEncrypted: sealed, eventsReceived: 0, lastEventAt: null, lastEventType: null, updatedAt: tx.now },
      })
      .returning({ createdAt: billingWebhooks.createdAt, updatedAt: billingWebhooks.updatedAt });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.billing_webhook_set',
        targetType: 'app',
        targetId: app.id,
        before: { provider: input.provider, replaced: before!.createdAt.getTime() !== before!.updatedAt.getTime() },
        after: { provider: input.provider, configured: true },
      },
    });
  });
  return getSourceWebhooks({ ctx, input: { appId: input.appId } });
}
