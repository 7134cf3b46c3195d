import type { Config } from '../../env';
import { enqueueNotifications } from '../notifications/enqueue-notifications';
import { enqueuePostbacks } from '../postbacks/enqueue-postbacks';
import { scheduleAttributionRetry } from './schedule-attribution-retry';
import type { ConversionEffects } from './describe-effects';

/**
 * Sends what a committed conversion set in motion. None of it can undo the conversion: each
 * sender retries and logs its own failures, and the attribution sweep (cron) finds a conversion
 * whose retry message was lost.
 */
export async function dispatchEffects(config: Config, effects: ConversionEffects): Promise<void> {
  await Promise.all([
    effects.postbacks.length > 0 ? enqueuePostbacks(config, effects.postbacks) : undefined,
    effects.notifications.length > 0 ? enqueueNotifications(config, effects.notifications) : undefined,
    effects.retryAttributionOf ? scheduleAttributionRetry(config, effects.retryAttributionOf, 0) : undefined,
  ]);
}
