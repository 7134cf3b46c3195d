import { Badge, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type DeadLetter, type DeadLettersQuery, useDeadLetters } from './queries/dead-letters';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { PayloadButton } from './payload-button';
import { ReplayDeadLetterButton } from './replay-dead-letter-button';

const column = createColumnHelper<DeadLetter>();

/** Messages the queues gave up on, newest first: why, how often tried, the payload, and replay for admins. */
export function DeadLettersTable({ filters }: { filters: DeadLettersQuery }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const query = useDeadLetters(filters);
  const columns = [
    column.accessor('createdAt', {
      header: t('deadLetters.columns.createdAt'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('queue', { header: t('deadLetters.columns.queue') }),
    column.accessor('reason', {
      header: t('deadLetters.columns.reason'),
      cell: (i) => (
        <Text size="sm" maw={320} style={{ overflowWrap: 'anywhere' }}>
          {i.getValue() ?? t('deadLetters.noReason')}
        </Text>
      ),
    }),
    column.accessor('attempts', {
      header: t('deadLetters.columns.attempts'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    column.accessor('replayedAt', {
      header: t('deadLetters.columns.state'),
      cell: (i) => {
        const replayedAt = i.getValue();
        return replayedAt ? (
          <Stack gap={2} align="flex-start">
            <Badge color="teal" variant="light" styles={{ label: { overflow: 'visible' } }}>
              {t('deadLetters.replayedState')}
            </Badge>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(replayedAt, lng)}
            </Text>
          </Stack>
        ) : (
          <Badge color="yellow" variant="light" styles={{ label: { overflow: 'visible' } }}>
            {t('deadLetters.awaiting')}
          </Badge>
        );
      },
    }),
    column.display({
      id: 'actions',
      header: t('deadLetters.columns.actions'),
      cell: (i) => {
        const letter = i.row.original;
        return (
          <Group gap="xs" wrap="nowrap">
            <PayloadButton
              title={t('deadLetters.payloadTitle', { queue: letter.queue })}
              summary={letter.reason}
              value={letter.body}
            />
            {!readOnly && !letter.replayedAt && <ReplayDeadLetterButton letter={letter} />}
          </Group>
        );
      },
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('deadLetters.title')}
      columns={columns}
      empty={<EmptyState title={t('deadLetters.emptyTitle')} description={t('deadLetters.emptyDescription')} />}
    />
  );
}
