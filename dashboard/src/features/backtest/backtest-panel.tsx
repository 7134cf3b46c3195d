import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BacktestRequest, useRunBacktest } from './queries/backtest';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { BacktestResultView } from './backtest-result';
import { SectionCard } from '@/ui/section-card';

const PERIODS = ['30', '90', '365'] as const;

/**
 * Beside a group's terms: what they would have paid over the program's real conversions of the last
 * 30, 90 or 365 days, against what was paid. `proposal` answers the editor's unsaved version (a
 * group's terms, rules and limits, or the program's workflow list), or null while the editor has
 * errors (it shows them).
 */
export function BacktestPanel({
  orgId,
  programId,
  proposal,
}: {
  orgId: string;
  programId: string;
  proposal: () => Partial<Omit<BacktestRequest, 'periodDays'>> | null;
}) {
  const { t } = useTranslation('backtest');
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('90');
  const run = useRunBacktest(orgId, programId);
  const start = () => {
    const changes = proposal();
    if (!changes) return;
    const body: BacktestRequest = {
      groups: [],
      ...changes,
      periodDays: Number(period) as BacktestRequest['periodDays'],
    };
    run.mutate(body);
  };
  return (
    <SectionCard
      order={3}
      title={t('title')}
      description={t('intro')}
      p={{ base: 'xs', sm: 'md' }}
      data-testid="backtest-panel"
    >
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <Select
            label={t('period')}
            data={PERIODS.map((value) => ({ value, label: t(`periods.${value}`) }))}
            value={period}
            onChange={(value) => value && setPeriod(value as (typeof PERIODS)[number])}
            allowDeselect={false}
            w={{ base: '100%', xs: 200 }}
          />
          <Button
            variant="light"
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={start}
            loading={run.isPending}
          >
            {t('run')}
          </Button>
        </Group>
        {run.isPending && <LoadingState label={t('running')} shape="detail" />}
        {run.isError && <ErrorState error={run.error} onRetry={start} />}
        {run.isSuccess &&
          (run.data.conversions === 0 ? (
            <EmptyState title={t('empty.title')} description={t('empty.description')} />
          ) : (
            <BacktestResultView result={run.data} />
          ))}
        {run.isIdle && (
          <Text size="sm" c="dimmed">
            {t('idle')}
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
