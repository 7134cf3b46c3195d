import type { NotificationChannel } from '../../../../schema/enums';
import { emailChannel } from './email-channel';
import { telegramChannel } from './telegram-channel';
import type { DeliveryChannel } from './types';

/** The outside channels the dispatcher delivers; in-app rows are written already sent. */
export const DELIVERY_CHANNELS: Partial<Record<NotificationChannel, DeliveryChannel>> = {
  email: emailChannel,
  telegram: telegramChannel,
};

export const DELIVERED_CHANNELS = Object.keys(DELIVERY_CHANNELS) as NotificationChannel[];

export type { ChannelOutcome, DeliveryChannel, Recipient } from './types';
