import { Alert, Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Profile } from '@/features/accounts';
import { RouterButton } from '@/ui/router-button';

type Review = NonNullable<Profile['affiliateReview']>;

/**
 * The home of an affiliate account the platform has not approved: where it stands, what happens
 * next and how long it usually takes (the platform's own setting), and what to do meanwhile.
 */
export function ReviewStatusView({ me, review }: { me: Profile; review: Review }) {
  const { t, i18n } = useTranslation('affiliate');
  const lng = i18n.language;
  const rejected = review.status === 'rejected';
  const days = review.expectedReviewDays;
  return (
    <Stack gap="lg" maw={880}>
      {rejected ? (
        <Alert color="red" variant="light" title={t('review.rejectedTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">
              {t('review.rejectedText', { date: formatDate(review.reviewedAt ?? me.createdAt, lng) })}
            </Text>
            {review.rejectionReason && (
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {t('review.reason', { reason: review.rejectionReason })}
              </Text>
            )}
            <Text size="sm">{t('review.rejectedNext')}</Text>
          </Stack>
        </Alert>
      ) : (
        <Alert variant="light" title={t('review.pendingTitle')} role="status">
          <Text size="sm">{review.autoApproval ? t('review.autoText') : t('review.pendingText', { count: days })}</Text>
        </Alert>
      )}

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Title order={2} fz="h4">
              {t('review.stepsTitle')}
            </Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('review.status')}
              </Text>
              <Badge color={rejected ? 'red' : 'yellow'} variant="light">
                {rejected ? t('review.statusRejected') : t('review.statusPending')}
              </Badge>
            </Group>
          </Group>
          <Timeline active={1} bulletSize={18} lineWidth={2} color={rejected ? 'red' : undefined}>
            <Timeline.Item title={t('review.stepAccount')}>
              <Text size="sm" c="dimmed">
                {t('review.stepAccountText')} {t('review.signedUp', { date: formatDate(me.createdAt, lng) })}
              </Text>
            </Timeline.Item>
            <Timeline.Item title={t('review.stepReview')}>
              <Text size="sm" c="dimmed">
                {rejected ? t('review.stepReviewRejected') : t('review.stepReviewText', { count: days })}
              </Text>
            </Timeline.Item>
            <Timeline.Item title={t('review.stepApply')}>
              <Text size="sm" c="dimmed">
                {t('review.stepApplyText')}
              </Text>
            </Timeline.Item>
          </Timeline>
        </Stack>
      </Card>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('review.meanwhileTitle')}
          </Title>
          <Text size="sm">{t('review.meanwhileText')}</Text>
          <Group gap="sm" wrap="wrap">
            <RouterButton to="/affiliate/marketplace">{t('review.browse')}</RouterButton>
            <RouterButton to="/account/profile" variant="default">
              {t('review.paypal')}
            </RouterButton>
            <RouterButton to="/account/notification-settings" variant="default">
              {t('review.notifications')}
            </RouterButton>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
