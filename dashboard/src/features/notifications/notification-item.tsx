import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '@/lib/format';
import { type AppNotification, useMarkNotificationRead } from './queries/notifications';
import { RouterButton } from '@/ui/router-button';

/** The program an approval is about, when the notification names it: its page is the next step. */
function approvedProgram(n: AppNotification): { orgId: string; programId: string } | null {
  const programId = n.data.programId;
  if (n.event !== 'program_approved' || !n.organizationId || typeof programId !== 'string') return null;
  return { orgId: n.organizationId, programId };
}

/** The platform approved the affiliate account: the marketplace is the next step (the email carries its address). */
const approvedAccount = (n: AppNotification) => n.event === 'affiliate_review' && n.data.decision === 'approved';

/** One notification: unread ones stand out (border, badge) and offer "mark as read". */
export function NotificationItem({ notification }: { notification: AppNotification }) {
  const { t, i18n } = useTranslation('notifications');
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  const program = approvedProgram(notification);
  const marketplace = approvedAccount(notification);
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      data-testid="notification"
      data-unread={unread}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-6)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Group gap="xs" wrap="wrap" miw={0}>
            <Text fw={600} component="h2" fz="md" m={0} style={{ overflowWrap: 'anywhere' }}>
              {notification.title}
            </Text>
            {unread && (
              <Badge variant="light" size="sm">
                {t('unreadBadge')}
              </Badge>
            )}
          </Group>
          <Text
            size="sm"
            c="dimmed"
            style={{ whiteSpace: 'nowrap' }}
            component="time"
            dateTime={notification.createdAt}
            title={formatDateTime(notification.createdAt, i18n.language)}
          >
            {formatRelative(notification.createdAt, i18n.language)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {notification.body}
        </Text>
        {(unread || program || marketplace) && (
          <Group gap="md">
            {marketplace && (
              <RouterButton
                variant="subtle"
                size="compact-sm"
                px={0}
                to="/affiliate/marketplace"
                aria-label={t('openMarketplaceLabel', { title: notification.title })}
              >
                {t('openMarketplace')}
              </RouterButton>
            )}
            {program && (
              <RouterButton
                variant="subtle"
                size="compact-sm"
                px={0}
                to="/affiliate/$orgId/programs/$programId"
                params={program}
                aria-label={t('openProgramLabel', { title: notification.title })}
              >
                {t('openProgram')}
              </RouterButton>
            )}
            {unread && (
              <Button
                variant="subtle"
                size="compact-sm"
                px={0}
                loading={markRead.isPending}
                onClick={() => markRead.mutate(notification.id)}
                aria-label={t('markReadLabel', { title: notification.title })}
              >
                {t('markRead')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
