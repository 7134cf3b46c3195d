import { and, eq, notInArray, sql } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries, type WebhookDelivery, type WebhookEndpoint } from '../../../schema';
import type { WebhookDeliveryStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { webhookMessageId } from '../../domain/webhook-delivery';
import { webhookHeaders } from '../../domain/webhook-signature';
import { decryptSecret } from '../encryption';
import { refuseWebhookUrl } from './check-webhook-url';
import { sendWebhook, type WebhookSendResult } from './send-webhook';

export interface WebhookAttemptResult extends WebhookSendResult {
  /** The target was refused before any request: retrying cannot help. */
  refused: boolean;
}

/** The secrets that sign now: the current one, and the previous one during a rotation's overlap. */
async function signingSecrets(ctx: ServiceContext, endpoint: WebhookEndpoint): Promise<string[]> {
  const key = ctx.config.DATA_ENCRYPTION_KEY;
  const secrets = [await decryptSecret(endpoint.secretEncrypted, key)];
  if (
    endpoint.previousSecretEncrypted &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > ctx.now
  )
    secrets.push(await decryptSecret(endpoint.previousSecretEncrypted, key));
  return secrets;
}

/**
 * Checks the URL again (rules or the allow-list may have tightened since it was saved), signs the
 * stored body with a fresh timestamp and POSTs it once.
 */
export async function attemptWebhook({
  ctx,
  input: { endpoint, delivery },
}: ServiceCall<{ endpoint: WebhookEndpoint; delivery: WebhookDelivery }>): Promise<WebhookAttemptResult> {
  const refusal = refuseWebhookUrl(ctx.config, endpoint.url);
  if (refusal)
    return {
      ok: false,
      refused: true,
      statusCode: null,
      durationMs: 0,
      error: `refused: ${refusal}`,
      responseSnippet: null,
    };
  const timestamp = Math.floor(ctx.now.getTime() / 1000);
  const headers = await webhookHeaders(
    await signingSecrets(ctx, endpoint),
    webhookMessageId(delivery.id),
    timestamp,
    delivery.body,
  );
  return { ...(await sendWebhook(ctx.config, endpoint.url, headers, delivery.body)), refused: false };
}

/**
 * Logs one attempt and brings its delivery up to date, together. Idempotent under redelivery: the
 * attempt is unique per (delivery, number), and a delivery already settled is never changed.
 * Returns whether this call settled or moved the delivery (false: a duplicate got there first).
 */
export async function recordWebhookAttempt({
  ctx,
  input: { delivery, attempt, outcome, result, nextAttemptAt },
}: ServiceCall<{
  delivery: WebhookDelivery;
  attempt: number;
  outcome: Exclude<WebhookDeliveryStatus, 'pending'>;
  result: WebhookSendResult;
  nextAttemptAt: Date | null;
}>): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(webhookAttempts)
      .values({
        deliveryId: delivery.id,
        endpointId: delivery.endpointId,
        attempt,
        outcome,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error?.slice(0, 1000) ?? null,
        responseSnippet: result.responseSnippet,
      })
      .onConflictDoNothing();
    const moved = await tx.db
      .update(webhookDeliveries)
      .set({
        status: outcome,
        attempts: sql`GREATEST(${webhookDeliveries.attempts}, ${attempt})`,
        lastStatusCode: result.statusCode,
        lastError: result.error?.slice(0, 1000) ?? null,
        nextAttemptAt,
        ...(outcome === 'success' ? { deliveredAt: tx.now } : {}),
      })
      .where(and(eq(webhookDeliveries.id, delivery.id), notInArray(webhookDeliveries.status, ['success', 'failed'])))
      .returning({ id: webhookDeliveries.id });
    return moved.length > 0;
  });
}
