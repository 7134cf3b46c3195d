import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A green toast for a change that worked; its close button gets a name (Mantine leaves it unnamed). */
export function useNotify(): (message: string) => void {
  const { t } = useTranslation('orgsetup');
  return (message) =>
    notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('dialog.closeNotice') } });
}
