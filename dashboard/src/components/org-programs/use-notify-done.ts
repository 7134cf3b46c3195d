import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A green toast for a finished change; its close button gets a name (Mantine leaves it unnamed). */
export function useNotifyDone(): (message: string) => void {
  const { t } = useTranslation('orgprograms');
  return (message) =>
    notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('closeNotice') } });
}
