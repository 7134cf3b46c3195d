import '@mantine/notifications/styles.css';

// Its own chunk with its styles: only signed-in pages show toasts, so signed-out pages never download it.
export { Notifications } from '@mantine/notifications';
