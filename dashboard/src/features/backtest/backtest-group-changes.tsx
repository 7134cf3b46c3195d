import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { BacktestResult } from './queries/backtest';

/** Who the workflows would have moved to another group in the period, oldest first, one sentence each. */
export function BacktestGroupChanges({ result }: { result: BacktestResult }) {
  const { t, i18n } = useTranslation('backtest');
  const caption = t('groupChanges.title');
  const more = result.groupChangeCount - result.groupChanges.length;
  return (
    <Stack gap="xs" data-testid="backtest-group-changes">
      <Title order={4} fz="sm" fw={600}>
        {caption}
      </Title>
      {result.groupChanges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('groupChanges.none')}
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label={caption}>
          {result.groupChanges.map((c) => (
            <Paper key={`${c.enrollmentId}-${c.at}-${c.workflowId}`} withBorder p="xs" radius="sm" role="listitem">
              <Group gap="xs" justify="space-between" align="flex-start">
                <Stack gap={2} miw={0} style={{ flex: '1 1 14rem' }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {c.affiliateName}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm">{c.fromGroupName}</Text>
                    <IconArrowRight size={14} aria-label={t('groupChanges.to')} />
                    <Text size="sm" fw={600}>
                      {c.toGroupName}
                    </Text>
                  </Group>
                </Stack>
                <Stack gap={2} style={{ flex: '0 1 auto' }}>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(c.at, i18n.language)}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('groupChanges.by', { workflow: c.workflowName })}
                  </Text>
                </Stack>
              </Group>
            </Paper>
          ))}
          {more > 0 && (
            <Text size="sm" c="dimmed">
              {t('groupChanges.more', { count: more, formatted: formatNumber(more, i18n.language) })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
