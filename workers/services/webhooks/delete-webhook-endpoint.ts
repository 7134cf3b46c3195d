import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { auditedEndpoint, findWebhookEndpointOrThrow } from './find-webhook-endpoint';
import { webhookOwner, type WebhookScope } from './webhook-owner';

/** Deletes the endpoint; its delivery log stays (logs has no foreign keys) and queued deliveries are dropped. */
export async function deleteWebhookEndpoint({
  ctx,
  input,
}: ServiceCall<{ scope: WebhookScope; endpointId: string }>): Promise<void> {
  const owner = webhookOwner({ ctx, input: { scope: input.scope } });
  await inTransaction(ctx, async (tx) => {
    const row = await findWebhookEndpointOrThrow({
      ctx: tx,
      input: { owner, endpointId: input.endpointId, forUpdate: true },
    });
    await tx.db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, row.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'webhook_endpoint.deleted',
        targetType: 'webhook_endpoint',
        targetId: row.id,
        organizationId: owner.organizationId,
        before: auditedEndpoint(row),
      },
    });
  });
}
