export type { Notification } from '../../../schema';
export { countUnreadNotifications } from './count-unread-notifications';
export { createTelegramLink } from './create-telegram-link';
export { deliverDueNotifications, deliverNotifications } from './deliver-notifications';
export { enqueueNotifications } from './enqueue-notifications';
export {
  getNotificationPreferences,
  type NotificationPreferences,
  type PreferenceCell,
} from './get-notification-preferences';
export { listNotifications } from './list-notifications';
export { markNotificationRead } from './mark-notification-read';
export { type NotificationRequest, notificationRequest } from './notification-request';
export { receiveTelegramUpdate, type TelegramUpdate, type TelegramUpdateOutcome } from './receive-telegram-update';
export { recordNotifications } from './record-notifications';
export { type PreferenceChange, updateNotificationPreferences } from './update-notification-preferences';
export { unlinkTelegram } from './unlink-telegram';
export { writePreferences } from './write-preferences';
