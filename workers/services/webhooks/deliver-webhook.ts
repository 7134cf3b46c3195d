import { and, eq, gt, inArray } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isFinalWebhookAttempt, webhookRetryDelaySeconds } from '../../domain/webhook-delivery';
import { attemptWebhook, recordWebhookAttempt } from './attempt-webhook';
import { countFinalFailure } from './count-final-failure';
import type { WebhookMessage } from './webhook-message';

export type WebhookOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'already_settled' }
  | { kind: 'delivered'; deliveryId: string }
  | { kind: 'retry'; deliveryId: string; delaySeconds: number; error: string }
  | { kind: 'failed'; deliveryId: string; error: string; endpointDisabled: boolean };

/**
 * Attempts one delivery; `attempts` is the queue's delivery count of its message. The last failed
 * attempt (or a refused URL) fails the delivery for good and counts against the endpoint, which
 * is turned off after too many such failures in a row.
 */
export async function deliverWebhook({
  ctx,
  input,
}: ServiceCall<{ message: WebhookMessage; attempts: number }>): Promise<WebhookOutcome> {
  const [delivery] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, input.message.deliveryId));
  if (!delivery) return { kind: 'skipped', reason: 'unknown delivery' };
  if (delivery.status === 'success' || delivery.status === 'failed') return { kind: 'already_settled' };
  const [endpoint] = await ctx.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, delivery.endpointId));
  if (!endpoint?.active) {
    // Events are not held for a deleted or turned-off endpoint: the log says why they were dropped.
    const reason = endpoint ? 'endpoint disabled' : 'endpoint deleted';
    await ctx.db
      .update(webhookDeliveries)
      .set({ status: 'failed', lastError: reason, nextAttemptAt: null })
      .where(and(eq(webhookDeliveries.id, delivery.id), inArray(webhookDeliveries.status, ['pending', 'retrying'])));
    return { kind: 'skipped', reason };
  }

  const attempt = Math.max(1, input.attempts);
  const result = await attemptWebhook({ ctx, input: { endpoint, delivery } });
  if (result.ok) {
    await recordWebhookAttempt({ ctx, input: { delivery, attempt, outcome: 'success', result, nextAttemptAt: null } });
    await ctx.db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0 })
      .where(and(eq(webhookEndpoints.id, endpoint.id), gt(webhookEndpoints.consecutiveFailures, 0)));
    return { kind: 'delivered', deliveryId: delivery.id };
  }
  const error = result.error ?? 'failed';
  if (result.refused || isFinalWebhookAttempt(attempt)) {
    const settled = await recordWebhookAttempt({
      ctx,
      input: { delivery, attempt, outcome: 'failed', result, nextAttemptAt: null },
    });
    const endpointDisabled = settled
      ? await countFinalFailure({ ctx, input: { endpointId: endpoint.id, lastError: error } })
      : false;
    return { kind: 'failed', deliveryId: delivery.id, error, endpointDisabled };
  }
  const delaySeconds = webhookRetryDelaySeconds(attempt);
  await recordWebhookAttempt({
    ctx,
    input: {
      delivery,
      attempt,
      outcome: 'retrying',
      result,
      nextAttemptAt: new Date(ctx.now.getTime() + delaySeconds * 1000),
    },
  });
  return { kind: 'retry', deliveryId: delivery.id, delaySeconds, error };
}
