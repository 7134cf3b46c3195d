import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A green toast for a saved change; its close button gets a name (Mantine leaves it unnamed). */
export function useNotifySaved(): (message: string) => void {
  const { t } = useTranslation('account');
  return (message) =>
    notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('notice.close') } });
}
