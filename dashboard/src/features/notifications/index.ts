export { NotificationItem } from './notification-item';
export { PreferencesMatrix } from './preferences-matrix';
export { notificationPreferencesQueryOptions } from './queries/notification-settings';
export { notificationsQueryOptions, unreadCountQueryOptions } from './queries/notifications';
export { TelegramConnect } from './telegram-connect';
