import type { ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';
import { enqueuePostbacks } from '../postbacks';
import { evaluateAfterConversion } from '../workflows';
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
  // After the sends: a promotion or bonus is the program's reaction to what was just announced.
  const enrollmentIds = effects.workflowEnrollmentIds ?? [];
  if (enrollmentIds.length > 0) await evaluateAfterConversion({ ctx, input: { enrollmentIds } });
}
