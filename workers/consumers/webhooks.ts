import { webhookRetryDelaySeconds } from '../domain/webhook-delivery';
import type { Config } from '../env';
import { deliverWebhook, webhookMessage } from '../services/webhooks';
import { consumeDeliveries } from './consume-deliveries';

/**
 * Delivers signed webhooks, one request per message (WEBHOOK_TIMEOUT_MS each). The service decides
 * the last attempt itself, so a message is never left to the DLQ to fail.
 */
export function consumeWebhooks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeDeliveries(batch, config, {
    name: 'webhook',
    schema: webhookMessage,
    deadLetters: (c) => c.WEBHOOKS_DLQ,
    deliver: deliverWebhook,
    retryDelaySeconds: webhookRetryDelaySeconds,
    warnKinds: ['failed'],
  });
}
