import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type NotificationPreferences,
  notificationSettingsKeys,
  useCreateTelegramLink,
  useUnlinkTelegram,
} from './queries/notification-settings';
import { ErrorState } from '@/ui/error-state';

/**
 * Connect opens the bot's deep link (a single-use token, 15 minutes) in a new tab; pressing Start
 * there links the chat, which "Check again" picks up. Linked: a badge and Unlink.
 */
export function TelegramConnect({ telegram }: { telegram: NotificationPreferences['telegram'] }) {
  const { t } = useTranslation('notifysettings');
  const queryClient = useQueryClient();
  const link = useCreateTelegramLink();
  const unlink = useUnlinkTelegram();

  if (!telegram.available)
    return (
      <Text size="sm" c="dimmed" data-testid="telegram-unavailable">
        {t('telegram.unavailable')}
      </Text>
    );

  return (
    <Stack gap="sm" data-testid="telegram-connect">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('telegram.status')}
        </Text>
        <Badge color={telegram.linked ? 'green' : 'gray'} variant="light" data-testid="telegram-state">
          {telegram.linked ? t('telegram.linked') : t('telegram.notLinked')}
        </Badge>
      </Group>
      {telegram.linked ? (
        <Group gap="sm" wrap="wrap">
          <Text size="sm" style={{ flex: '1 1 240px' }}>
            {t('telegram.linkedHint')}
          </Text>
          <Button variant="default" color="red" loading={unlink.isPending} onClick={() => unlink.mutate()}>
            {t('telegram.unlink')}
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('telegram.connectHint')}</Text>
          <Group gap="sm" wrap="wrap">
            <Button
              loading={link.isPending}
              onClick={() =>
                link.mutate(undefined, {
                  onSuccess: (data) => void window.open(data.url, '_blank', 'noopener,noreferrer'),
                })
              }
              data-testid="telegram-connect-button"
            >
              {t('telegram.connect')}
            </Button>
            <Button
              variant="default"
              onClick={() => void queryClient.invalidateQueries({ queryKey: notificationSettingsKeys.all })}
            >
              {t('telegram.checkAgain')}
            </Button>
          </Group>
          {link.data && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('telegram.openManually')}{' '}
              <Anchor href={link.data.url} target="_blank" rel="noopener noreferrer" data-testid="telegram-link">
                {t('telegram.openBot')}
              </Anchor>
            </Text>
          )}
        </Stack>
      )}
      {link.isError && <ErrorState error={link.error} />}
      {unlink.isError && <ErrorState error={unlink.error} />}
    </Stack>
  );
}
