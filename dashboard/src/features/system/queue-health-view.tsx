import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatRelative } from '@/lib/format';
import type { QueueHealth } from './queries/queue-health';
import { DataTable } from '@/ui/data-table';
import { RouterAnchor } from '@/ui/router-anchor';

const column = createColumnHelper<QueueHealth['deadLetters'][number]>();
import { MetricCard } from './metric-card';
import { SectionCard } from '@/ui/section-card';

/** The queues' backlogs and failures, each number with what it means. */
export function QueueHealthView({ health }: { health: QueueHealth }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const n = (value: number) => formatNumber(value, lng);
  const since = (at: string | null) => (at ? t('queues.oldest', { when: formatRelative(at, lng) }) : '');
  const count = (id: 'lastDay' | 'total') =>
    column.accessor(id, {
      header: t(`queues.deadLetters.${id}`),
      meta: { numeric: true },
      cell: (i) => n(i.getValue()),
    });
  const columns = [
    column.accessor('queue', {
      header: t('queues.deadLetters.queue'),
      cell: (i) => (
        <RouterAnchor to="/platform/dead-letters" search={{ queue: i.getValue() }} size="sm">
          {i.getValue()}
        </RouterAnchor>
      ),
    }),
    column.accessor('awaitingReplay', {
      header: t('queues.deadLetters.awaiting'),
      meta: { numeric: true },
      // What waits for a replay is the number someone must act on: red and bold when any.
      cell: (i) => (
        <Text span size="sm" c={i.getValue() > 0 ? 'red' : undefined} fw={i.getValue() > 0 ? 600 : undefined}>
          {n(i.getValue())}
        </Text>
      ),
    }),
    count('lastDay'),
    count('total'),
  ];
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('queues.generatedAt', { when: formatDateTime(health.generatedAt, lng) })}
      </Text>
      <SectionCard
        title={t('queues.deadLetters.title')}
        id="queues-dead-letters"
        description={t('queues.deadLetters.hint')}
      >
        <DataTable
          caption={t('queues.deadLetters.title')}
          columns={columns}
          data={health.deadLetters}
          getRowId={(row) => row.queue}
          empty={null}
        />
      </SectionCard>
      <section aria-labelledby="queues-postbacks">
        <Title order={2} fz="h4" mb="sm" id="queues-postbacks">
          {t('queues.postbacks.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
          <MetricCard
            label={t('queues.postbacks.pending')}
            value={n(health.postbacks.pending)}
            hint={`${t('queues.postbacks.pendingHint')} ${since(health.postbacks.oldestWaitingAt)}`.trim()}
          />
          <MetricCard
            label={t('queues.postbacks.retrying')}
            value={n(health.postbacks.retrying)}
            hint={t('queues.postbacks.retryingHint')}
          />
          <MetricCard
            label={t('queues.postbacks.failed')}
            value={n(health.postbacks.failed)}
            hint={t('queues.postbacks.failedHint')}
            alert={health.postbacks.failed > 0}
          />
          <MetricCard
            label={t('queues.postbacks.failedLastDay')}
            value={n(health.postbacks.failedLastDay)}
            hint={t('queues.postbacks.failedLastDayHint')}
            alert={health.postbacks.failedLastDay > 0}
          />
        </SimpleGrid>
      </section>
      <section aria-labelledby="queues-other">
        <Title order={2} fz="h4" mb="sm" id="queues-other">
          {t('queues.other.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
          <MetricCard
            label={t('queues.other.spooled')}
            value={
              health.clickSpool.capped
                ? t('queues.other.atLeast', { value: n(health.clickSpool.spooled) })
                : n(health.clickSpool.spooled)
            }
            hint={t('queues.other.spooledHint')}
            alert={health.clickSpool.spooled > 0}
          />
          <MetricCard
            label={t('queues.other.emailsPending')}
            value={n(health.emails.pending)}
            hint={`${t('queues.other.emailsPendingHint')} ${since(health.emails.oldestPendingAt)}`.trim()}
          />
          <MetricCard
            label={t('queues.other.emailsFailed')}
            value={n(health.emails.failed)}
            hint={t('queues.other.emailsFailedHint')}
            alert={health.emails.failed > 0}
          />
        </SimpleGrid>
      </section>
    </Stack>
  );
}
