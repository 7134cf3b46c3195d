import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '@/features/accounts';
import { PreferencesMatrix } from '@/features/notifications';
import { TelegramConnect } from '@/features/notifications';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { notificationPreferencesQueryOptions } from '@/features/notifications';

export const Route = createFileRoute('/_app/account/notification-settings')({
  component: NotificationSettingsPage,
});

function NotificationSettingsPage() {
  const { t } = useTranslation('notifysettings');
  const query = useQuery(notificationPreferencesQueryOptions);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(preferences) => (
          <Stack gap="lg">
            <Section
              title={t('telegram.title')}
              description={t('telegram.description')}
              testId="telegram-section"
              id="telegram"
            >
              <TelegramConnect telegram={preferences.telegram} />
            </Section>
            <Section title={t('matrixTitle')} description={t('matrixDescription')} testId="matrix-section">
              <PreferencesMatrix preferences={preferences} />
            </Section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
