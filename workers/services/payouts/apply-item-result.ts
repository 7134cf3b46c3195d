import { inTransaction, type ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';
import { settleItemResult, type ItemResultInput, type ItemResultOutcome } from './settle-item-result';

/**
 * The one entry for PayPal item results, whether they come by webhook or by polling: one
 * transaction per result, notifications queued after it committed. Idempotent: the same result
 * twice changes nothing the second time.
 */
export async function applyItemResult({
  ctx,
  input,
}: ServiceCall<ItemResultInput>): Promise<Omit<ItemResultOutcome, 'notifications'>> {
  const { notifications, ...outcome } = await inTransaction(ctx, (tx) => settleItemResult({ ctx: tx, input }));
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return outcome;
}
