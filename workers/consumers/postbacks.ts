import { postbackRetryDelaySeconds } from '../domain/postback-backoff';
import type { Config } from '../env';
import { deliverPostback, postbackMessage } from '../services/postbacks';
import { consumeDeliveries } from './consume-deliveries';

/**
 * Fires affiliates' postbacks, one request per message (POSTBACK_TIMEOUT_MS each), retried on the
 * delivery schedule. The service fails the delivery on the schedule's last attempt and the message
 * goes to postbacks-dlq with its true attempt count; the runtime's own move there (after
 * max_retries) only catches a consumer that kept crashing.
 */
export function consumePostbacks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeDeliveries(batch, config, {
    name: 'postback',
    schema: postbackMessage,
    deadLetters: (c) => c.POSTBACKS_DLQ,
    deliver: deliverPostback,
    retryDelaySeconds: postbackRetryDelaySeconds,
    warnKinds: ['refused', 'failed'],
  });
}
