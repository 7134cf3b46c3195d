import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/ui/query-state';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type Health, healthQueryOptions } from '@/features/system';
import { PublicCard } from '@/ui/public-card';

export const Route = createFileRoute('/_public/status')({
  component: StatusPage,
});

function StatusPage() {
  const { t } = useTranslation('status');
  const query = useQuery(healthQueryOptions);
  return (
    <PublicCard
      title={t('title')}
      actions={
        <Button variant="default" size="xs" onClick={() => void query.refetch()} loading={query.isFetching}>
          {t('refresh')}
        </Button>
      }
    >
      <QueryState query={query}>{(health) => <HealthDetails health={health} />}</QueryState>
    </PublicCard>
  );
}

function HealthDetails({ health }: { health: Health }) {
  const { t, i18n } = useTranslation('status');
  const { reachable, latencyMs } = health.database;
  const ok = health.status === 'ok';
  const rows: [string, React.ReactNode][] = [
    [
      t('database'),
      <Badge
        key="db"
        color={reachable ? 'green' : 'red'}
        variant="light"
        data-testid="db-status"
        data-reachable={String(reachable)}
      >
        {t(reachable ? 'dbReachable' : 'dbUnreachable')}
      </Badge>,
    ],
    [
      t('latency'),
      <span key="latency" data-testid="db-latency">
        {latencyMs === null
          ? t('notAvailable')
          : t('latencyValue', { ms: formatNumber(Math.round(latencyMs), i18n.language) })}
      </span>,
    ],
    [
      t('version'),
      <code key="version" data-testid="health-version">
        {health.version}
      </code>,
    ],
    [
      t('serverTime'),
      <time key="time" dateTime={health.time} data-testid="health-time">
        {formatDateTime(health.time, i18n.language)}
      </time>,
    ],
  ];
  return (
    <Stack gap="md">
      <Group>
        <Badge
          size="lg"
          color={ok ? 'green' : 'red'}
          variant="light"
          data-testid="health-status"
          data-status={health.status}
        >
          {t(ok ? 'ok' : 'degraded')}
        </Badge>
      </Group>
      <Stack component="dl" gap="sm" m={0}>
        {rows.map(([label, value]) => (
          <SimpleGrid key={label} cols={2} spacing="md">
            <Text component="dt" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </SimpleGrid>
        ))}
      </Stack>
    </Stack>
  );
}
