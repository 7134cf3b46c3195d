import { postbackRetryDelaySeconds } from '../domain/postback-backoff';
import type { Config } from '../env';
import { deliverPostback, postbackMessage } from '../services/postbacks';
import { consumeDeliveries } from './consume-deliveries';

/**
 * Fires affiliates' postbacks, one request per message (POSTBACK_TIMEOUT_MS each). After the last
 * retry the runtime moves the message to postbacks-dlq, whose consumer fails the delivery.
 */
export function consumePostbacks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeDeliveries(batch, config, {
    name: 'postback',
    schema: postbackMessage,
    deadLetters: (c) => c.POSTBACKS_DLQ,
    deliver: deliverPostback,
    retryDelaySeconds: postbackRetryDelaySeconds,
    warnKinds: ['refused'],
  });
}
