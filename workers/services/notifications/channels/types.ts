import type { Notification } from '../../../../schema';
import type { NotificationChannel } from '../../../../schema/enums';
import type { ServiceContext } from '../../../context';

/** Where one user can be reached, read at delivery time (an unlink since recording counts). */
export interface Recipient {
  userId: string;
  email: string | null;
  telegramChatId: string | null;
}

export type ChannelOutcome =
  | { status: 'sent' }
  /** Worth trying again later (provider down, rate limited). */
  | { status: 'retry'; error: string; retryAfterSeconds?: number | null }
  /** Cannot succeed (no address, bot blocked): marked failed at once. */
  | { status: 'gone'; error: string };

/**
 * One outside delivery step. The dispatcher claims a pending notification row, hands it to the
 * step of its channel, and records the outcome with retries and backoff; a new channel is a new
 * step registered in ./index.ts.
 */
export interface DeliveryChannel {
  channel: NotificationChannel;
  deliver: (ctx: ServiceContext, notification: Notification, recipient: Recipient) => Promise<ChannelOutcome>;
}
