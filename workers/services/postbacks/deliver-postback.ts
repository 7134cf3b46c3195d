import type { PostbackDelivery } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isFinalDeliveryAttempt } from '../../domain/delivery-retry-schedule';
import { postbackRetryDelaySeconds } from '../../domain/postback-backoff';
import { parseDomainAllowList, refusePostbackTarget } from '../../domain/postback-target';
import { notifyPostbackFailure } from './notify-postback-failure';
import { openDelivery } from './open-delivery';
import type { PostbackMessage } from './postback-request';
import { recordAttempt } from './record-attempt';
import { resolvePostbackJob } from './resolve-postback-job';
import { sendPostback } from './send-postback';

export type PostbackOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'already_delivered' }
  | { kind: 'delivered'; deliveryId: string }
  | { kind: 'refused'; deliveryId: string; reason: string }
  | { kind: 'retry'; deliveryId: string; delaySeconds: number; error: string }
  | {
      kind: 'failed';
      deliveryId: string;
      error: string;
      /** The consumer keeps the message as a dead letter, with the delivery's true attempt count. */
      deadLetter: { reason: string; attempts: number };
    };

/**
 * Attempts one postback: the delivery row first (so every outcome is visible), then the target
 * check on the real URL, then one request. `attempts` is the queue's delivery count of this
 * message; a replay's offset continues the attempt numbering after the earlier series.
 */
export async function deliverPostback({
  ctx,
  input,
}: ServiceCall<{ message: PostbackMessage; attempts: number }>): Promise<PostbackOutcome> {
  const resolved = await resolvePostbackJob({ ctx, input: { message: input.message } });
  if (resolved.kind === 'skip') return { kind: 'skipped', reason: resolved.reason };
  const delivery = await openDelivery({ ctx, input: { job: resolved.job } });
  if (!delivery) return { kind: 'already_delivered' };
  // Tells the affiliate the delivery failed for good, with the row as it now stands.
  const notifyFailed = (failure: Pick<PostbackDelivery, 'attempts' | 'lastError'> & Partial<PostbackDelivery>) =>
    notifyPostbackFailure({ ctx, input: { delivery: { ...delivery, status: 'failed', ...failure } } });

  const attempt = (input.message.attemptOffset ?? 0) + input.attempts;
  const refusal = refusePostbackTarget(delivery.url, parseDomainAllowList(ctx.config.POSTBACK_ALLOWED_DOMAINS));
  if (refusal) {
    // Retrying cannot make a refused target acceptable: fail now, without a request.
    const error = `refused: ${refusal}`;
    await recordAttempt({
      ctx,
      input: {
        deliveryId: delivery.id,
        attempt,
        outcome: 'failed',
        statusCode: null,
        latencyMs: null,
        error,
        nextAttemptAt: null,
      },
    });
    await notifyFailed({ attempts: Math.max(delivery.attempts, attempt), lastError: error });
    return { kind: 'refused', deliveryId: delivery.id, reason: refusal };
  }

  const result = await sendPostback(ctx.config, delivery.url);
  if (result.ok) {
    await recordAttempt({
      ctx,
      input: {
        deliveryId: delivery.id,
        attempt,
        outcome: 'success',
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        error: null,
        nextAttemptAt: null,
      },
    });
    return { kind: 'delivered', deliveryId: delivery.id };
  }
  if (isFinalDeliveryAttempt(input.attempts)) {
    // The schedule's last attempt: the delivery fails here, with its true count, rather than
    // through the runtime's dead-letter move (whose message starts counting again at 1).
    const error = result.error ?? 'failed';
    await recordAttempt({
      ctx,
      input: {
        deliveryId: delivery.id,
        attempt,
        outcome: 'failed',
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        error,
        nextAttemptAt: null,
      },
    });
    const attempts = Math.max(delivery.attempts, attempt);
    await notifyFailed({ attempts, lastStatusCode: result.statusCode, lastError: error });
    return {
      kind: 'failed',
      deliveryId: delivery.id,
      error,
      deadLetter: { reason: `max_retries_exceeded: ${error}`, attempts },
    };
  }
  const delaySeconds = postbackRetryDelaySeconds(input.attempts);
  const nextAttemptAt = new Date(ctx.now.getTime() + delaySeconds * 1000);
  await recordAttempt({
    ctx,
    input: {
      deliveryId: delivery.id,
      attempt,
      outcome: 'retrying',
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
      nextAttemptAt,
    },
  });
  return { kind: 'retry', deliveryId: delivery.id, delaySeconds, error: result.error ?? 'failed' };
}
