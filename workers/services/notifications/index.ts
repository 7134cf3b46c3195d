export type { Notification } from '../../../schema';
export { listNotifications } from './list-notifications';
export { markNotificationRead } from './mark-notification-read';
export { type NotificationRequest, notificationRequest } from './notification-request';
export { enqueueNotifications } from './enqueue-notifications';
export { recordNotifications } from './record-notifications';
