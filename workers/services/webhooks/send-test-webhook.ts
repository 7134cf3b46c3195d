import { eq } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries } from '../../../schema';
import type { ServiceCall } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { webhookBody } from '../../domain/webhook-delivery';
import { attemptWebhook, recordWebhookAttempt } from './attempt-webhook';
import { findWebhookEndpointOrThrow } from './find-webhook-endpoint';
import { attemptEntries, type WebhookAttemptEntry } from './list-webhook-attempts';
import { webhookOwner, type WebhookScope } from './webhook-owner';

export const TEST_EVENT_TYPE = 'webhook.test';

/**
 * Sends a `webhook.test` event now, once, and answers what the receiver said. It is logged like
 * any delivery but never retried and never counts toward turning the endpoint off, so it also
 * works on a turned-off endpoint, to check a fix before turning it back on.
 */
export async function sendTestWebhook({
  ctx,
  input,
}: ServiceCall<{ scope: WebhookScope; endpointId: string }>): Promise<WebhookAttemptEntry> {
  const owner = webhookOwner({ ctx, input: { scope: input.scope } });
  const endpoint = await findWebhookEndpointOrThrow({ ctx, input: { owner, endpointId: input.endpointId } });
  const id = uuidv7();
  const [delivery] = await ctx.db
    .insert(webhookDeliveries)
    .values({
      id,
      endpointId: endpoint.id,
      eventType: TEST_EVENT_TYPE,
      eventKey: `test:${id}`,
      body: webhookBody(TEST_EVENT_TYPE, ctx.now, {
        endpointId: endpoint.id,
        organizationId: endpoint.organizationId,
        userId: endpoint.userId,
        message: 'A test event: your endpoint receives and verifies our webhooks.',
      }),
    })
    .returning();
  const result = await attemptWebhook({ ctx, input: { endpoint, delivery: delivery! } });
  await recordWebhookAttempt({
    ctx,
    input: { delivery: delivery!, attempt: 1, outcome: result.ok ? 'success' : 'failed', result, nextAttemptAt: null },
  });
  const [entry] = await attemptEntries({ ctx, input: { where: eq(webhookAttempts.deliveryId, id), limit: 1 } });
  return entry!;
}
