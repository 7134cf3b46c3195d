import type { ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';
import { enqueuePostbacks } from '../postbacks';
import { scheduleAttributionRetry } from './schedule-attribution-retry';
import type { ConversionEffects } from './describe-effects';

/**
 * Sends what a committed conversion set in motion. None of it can undo the conversion: each
 * sender retries and logs its own failures, and the attribution sweep (cron) finds a conversion
 * whose retry message was lost.
 */
export async function dispatchEffects({ ctx, input }: ServiceCall<{ effects: ConversionEffects }>): Promise<void> {
  const { effects } = input;
  await Promise.all([
    effects.postbacks.length > 0 ? enqueuePostbacks({ ctx, input: { requests: effects.postbacks } }) : undefined,
    effects.notifications.length > 0
      ? enqueueNotifications({ ctx, input: { requests: effects.notifications } })
      : undefined,
    effects.retryAttributionOf
      ? scheduleAttributionRetry({ ctx, input: { conversionId: effects.retryAttributionOf, attempts: 0 } })
      : undefined,
  ]);
}
