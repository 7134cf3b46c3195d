import { createTelegramLinkRoute } from './create-telegram-link';
import { getNotificationPreferencesRoute } from './get-notification-preferences';
import { listMyNotificationsRoute } from './list-my-notifications';
import { markReadRoute } from './mark-read';
import { receiveTelegramWebhookRoute } from './receive-telegram-webhook';
import { unlinkTelegramRoute } from './unlink-telegram';
import { updateNotificationPreferencesRoute } from './update-notification-preferences';
import { mountRoutes } from '../mount-routes';

/** The signed-in user's in-app inbox, notification preferences and Telegram link; the bot's webhook. */
export const notificationsRoutes = mountRoutes([
  listMyNotificationsRoute,
  markReadRoute,
  getNotificationPreferencesRoute,
  updateNotificationPreferencesRoute,
  createTelegramLinkRoute,
  unlinkTelegramRoute,
  receiveTelegramWebhookRoute,
]);
