import '@mantine/notifications/styles.css';
import { MantineThemeProvider } from '@mantine/core';
import { Notifications as MantineNotifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Its own chunk with its styles: only signed-in pages show toasts, so signed-out pages never download it.
 * Every toast's close button gets a name in the page's language here (Mantine leaves it unnamed), so no
 * caller of notifications.show has to.
 */
export function Notifications() {
  const { t } = useTranslation('common');
  const theme = useMemo(
    () => ({
      components: { Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('shell.closeNotice') } } } },
    }),
    [t],
  );
  return (
    <MantineThemeProvider theme={theme}>
      <MantineNotifications />
    </MantineThemeProvider>
  );
}
