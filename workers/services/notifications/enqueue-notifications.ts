import type { ServiceCall } from '../../context';
import { sendBatches } from '../../integrations/queues/send-batches';
import { notificationRequest, type NotificationRequest } from './notification-request';

/**
 * Queues notifications after the caller's work committed. Never throws: a send that fails three
 * times is logged (`notification_enqueue_failed` with the counts); a request that fails the
 * contract is a caller bug, logged and not sent.
 */
export async function enqueueNotifications({
  ctx,
  input: { requests },
}: ServiceCall<{ requests: NotificationRequest[] }>): Promise<void> {
  const valid: NotificationRequest[] = [];
  for (const request of requests) {
    const parsed = notificationRequest.safeParse(request);
    if (parsed.success) valid.push(parsed.data);
    else
      ctx.log.error('notification_request_invalid', {
        dedupeKey: String(request?.dedupeKey).slice(0, 300),
        issues: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`),
      });
  }
  if (valid.length > 0)
    await sendBatches(ctx.config.NOTIFICATIONS, valid, { event: 'notification_enqueue_failed', log: ctx.log });
}
