import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubmissionLink } from './submission-link';
import { formatDate } from '@/lib/format';
import type { MyBounty } from './queries/bounties';

const COLOR = { pending: 'yellow', approved: 'green', rejected: 'red' } as const;

/** The affiliate's submissions to one bounty, oldest first, each with its state and, for a rejection, the reason. */
export function MySubmissions({ submissions }: { submissions: MyBounty['submissions'] }) {
  const { t, i18n } = useTranslation('workflows', { keyPrefix: 'bounties' });
  return (
    <List spacing={6} size="sm" listStyleType="none" aria-label={t('mine.history')} data-testid="my-submissions">
      {submissions.map((s) => (
        <List.Item key={s.id}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={COLOR[s.status]} tt="none">
              {t(`submissionStates.${s.status}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatDate(s.createdAt, i18n.language)}
            </Text>
            <SubmissionLink url={s.url} />
          </Group>
          {s.reason && (
            <Text size="sm" c="red.8" mt={4}>
              {t('mine.reason', { reason: s.reason })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
