import { Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import { type Leaderboard, useMyLeaderboard, useSetLeaderboardMasking } from './queries/my-leaderboard';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';
import { SectionCard } from '@/ui/section-card';

const NUM = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;

function Board({ board }: { board: Leaderboard }) {
  const { t, i18n } = useTranslation('programs');
  const lng = i18n.language;
  const score = (n: number) =>
    board.metric === 'earnings' && board.currency ? formatMoney(n, board.currency, lng) : formatNumber(n, lng);
  if (board.entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('leaderboard.empty')}
      </Text>
    );
  return (
    <Table verticalSpacing="xs" fz="sm" data-testid="leaderboard-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={56}>{t('leaderboard.rank')}</Table.Th>
          <Table.Th>{t('leaderboard.affiliate')}</Table.Th>
          <Table.Th {...NUM}>{t(`leaderboard.metrics.${board.metric}`)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {board.entries.map((e) => (
          <Table.Tr key={`${e.rank}:${e.name}:${e.you}`} fw={e.you ? 600 : undefined} aria-current={e.you || undefined}>
            <Table.Td {...NUM} ta="left">
              {e.rank}
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Group gap={6} wrap="wrap">
                <span>{e.name ?? t('leaderboard.someone')}</span>
                {e.you && (
                  <Badge size="sm" variant="light">
                    {t('leaderboard.you')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td {...NUM}>{score(e.score)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The program's leaderboard for one of its active affiliates: the top ten and its own place, and its
 * choice to appear by name or masked (A•••a). Shown only when the advertiser turned a board on.
 */
export function LeaderboardCard({ orgId, programId }: { orgId: string; programId: string }) {
  const { t } = useTranslation('programs');
  const query = useMyLeaderboard(orgId, programId);
  const masking = useSetLeaderboardMasking(orgId, programId);
  return (
    <SectionCard title={t('leaderboard.title')} id="program-leaderboard">
      <QueryState query={query}>
        {(board) => (
          <Stack gap="sm" data-testid="leaderboard">
            <Text size="sm" c="dimmed">
              {t('leaderboard.lead', {
                metric: t(`leaderboard.by.${board.metric}`),
                period: t(`leaderboard.periods.${board.period}`),
              })}
            </Text>
            <Board board={board} />
            <Text size="sm" data-testid="leaderboard-you">
              {board.you.rank === null
                ? t('leaderboard.notRanked')
                : t('leaderboard.yourRank', { rank: board.you.rank, count: board.ranked })}
            </Text>
            <Switch
              label={t('leaderboard.mask')}
              description={t('leaderboard.maskHint')}
              checked={masking.isPending ? masking.variables : board.you.masked}
              disabled={masking.isPending}
              onChange={(event) => masking.mutate(event.currentTarget.checked)}
            />
            {masking.isError && <ErrorState error={masking.error} />}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
