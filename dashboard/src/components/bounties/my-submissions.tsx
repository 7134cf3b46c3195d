import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { MyBounty } from '@/queries/bounties';

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
            <Anchor
              href={s.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {s.url}
            </Anchor>
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
