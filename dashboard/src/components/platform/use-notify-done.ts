import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A green toast once a platform action went through; its close button gets a name (Mantine leaves it unnamed). */
export function useNotifyDone(): (message: string) => void {
  const { t } = useTranslation('platform');
  return (message) =>
    notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('confirm.close') } });
}
