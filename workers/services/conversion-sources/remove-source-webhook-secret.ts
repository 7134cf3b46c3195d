import { and, eq } from 'drizzle-orm';
import { billingWebhooks } from '../../../schema';
import type { SourceProvider } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { recordAudit } from '../audit';

/** Turns a provider's webhooks off for an app: the secret is deleted and its endpoint answers 404. */
export async function removeSourceWebhookSecret({
  ctx,
  input,
}: ServiceCall<{ appId: string; provider: SourceProvider }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId, lock: true } });
    const removed = await tx.db
      .delete(billingWebhooks)
      .where(and(eq(billingWebhooks.appId, app.id), eq(billingWebhooks.provider, input.provider)))
      .returning({ appId: billingWebhooks.appId });
    if (removed.length === 0) return;
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.billing_webhook_removed',
        targetType: 'app',
        targetId: app.id,
        before: { provider: input.provider, configured: true },
        after: { provider: input.provider, configured: false },
      },
    });
  });
}
