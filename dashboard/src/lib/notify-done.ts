import { notifications } from '@mantine/notifications';

/**
 * A green toast for a change that went through. Its close button is named by the toast container
 * (components/notifications-container.tsx), in the page's language.
 */
export function notifyDone(message: string): void {
  notifications.show({ color: 'green', message });
}
