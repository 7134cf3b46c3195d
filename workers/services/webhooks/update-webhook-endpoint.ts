import { eq } from 'drizzle-orm';
import { webhookEndpoints, type WebhookEndpoint } from '../../../schema';
import type { WebhookEvent } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { assertWebhookUrl } from './check-webhook-url';
import { auditedEndpoint, findWebhookEndpointOrThrow } from './find-webhook-endpoint';
import { webhookOwner, type WebhookScope } from './webhook-owner';

export interface WebhookEndpointChanges {
  url?: string | undefined;
  description?: string | undefined;
  events?: WebhookEvent[] | undefined;
  /** false pauses deliveries; true (re-)enables, clearing an automatic disable and its failure count. */
  active?: boolean | undefined;
}

export async function updateWebhookEndpoint({
  ctx,
  input,
}: ServiceCall<{
  scope: WebhookScope;
  endpointId: string;
  changes: WebhookEndpointChanges;
}>): Promise<WebhookEndpoint> {
  const owner = webhookOwner({ ctx, input: { scope: input.scope } });
  const { url, description, events, active } = input.changes;
  if (url !== undefined) assertWebhookUrl(ctx.config, url);
  return inTransaction(ctx, async (tx) => {
    const before = await findWebhookEndpointOrThrow({
      ctx: tx,
      input: { owner, endpointId: input.endpointId, forUpdate: true },
    });
    const enabling = active === true && !before.active;
    const [row] = await tx.db
      .update(webhookEndpoints)
      .set({
        updatedAt: tx.now,
        ...(url !== undefined ? { url } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(events !== undefined ? { events: [...new Set(events)] } : {}),
        ...(active !== undefined ? { active } : {}),
        ...(enabling ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
      })
      .where(eq(webhookEndpoints.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'webhook_endpoint.updated',
        targetType: 'webhook_endpoint',
        targetId: before.id,
        organizationId: owner.organizationId,
        before: auditedEndpoint(before),
        after: auditedEndpoint(row!),
      },
    });
    return row!;
  });
}
