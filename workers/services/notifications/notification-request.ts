import { z } from 'zod';
import { NotificationEvent } from '../../../schema/enums';

/**
 * One event for one user, as producers queue it. `dedupeKey` names the event and its subject
 * (e.g. `conversion:${conversionId}`, `postback_error:${deliveryId}:${attempts}`): a redelivered
 * or re-sent request notifies once per channel.
 */
export const notificationRequest = z.object({
  v: z.literal(1),
  userId: z.uuid(),
  organizationId: z.uuid().nullable(),
  event: z.enum(NotificationEvent),
  title: z.string().min(1).max(200),
  body: z.string().max(4000),
  data: z.record(z.string(), z.unknown()),
  dedupeKey: z.string().min(1).max(300),
});
export type NotificationRequest = z.infer<typeof notificationRequest>;
