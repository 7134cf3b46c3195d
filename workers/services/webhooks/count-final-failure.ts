import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { afterFinalFailure, WEBHOOK_DISABLE_AFTER } from '../../domain/webhook-delivery';
import { notifyWebhookDisabled } from './notify-webhook-disabled';

/**
 * Counts a delivery that failed for good against its endpoint, and turns the endpoint off when
 * the count reaches the limit; the owner is told once, after the commit. Returns whether this
 * call turned it off.
 */
export async function countFinalFailure({
  ctx,
  input: { endpointId, lastError },
}: ServiceCall<{ endpointId: string; lastError: string }>): Promise<boolean> {
  const disabled = await inTransaction(ctx, async (tx) => {
    const [endpoint] = await tx.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, endpointId))
      .for('update');
    if (!endpoint) return null;
    const next = afterFinalFailure(endpoint.consecutiveFailures);
    const turnOff = next.disable && endpoint.active;
    const [row] = await tx.db
      .update(webhookEndpoints)
      .set({
        consecutiveFailures: next.consecutiveFailures,
        ...(turnOff
          ? {
              active: false,
              disabledAt: tx.now,
              disabledReason: `${WEBHOOK_DISABLE_AFTER} deliveries in a row failed; the last: ${lastError}`.slice(
                0,
                1000,
              ),
            }
          : {}),
      })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning();
    return turnOff ? row! : null;
  });
  if (!disabled) return false;
  ctx.log.warn('webhook_endpoint_disabled', { endpointId, url: disabled.url });
  await notifyWebhookDisabled({ ctx, input: { endpoint: disabled, lastError } });
  return true;
}
