import { Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatDateTime, formatNumber } from '@/lib/format';
import {
  type PlatformDeliveriesQuery,
  type PlatformDelivery,
  usePlatformDeliveries,
} from './queries/platform-deliveries';
import { StatusBadge } from '@/ui/status-badge';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { RouterAnchor } from '@/ui/router-anchor';
import { PayloadButton } from './payload-button';
import { ReplayDeliveryButton } from './replay-delivery-button';
import { DeliveryFailure } from '@/ui/delivery-failure';

const column = createColumnHelper<PlatformDelivery>();

/** Postbacks of every tenant, by when each event happened (or as sorted); admins re-fire those not delivered. */
export function PlatformDeliveriesTable({ filters }: { filters: PlatformDeliveriesQuery }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const { readOnly } = usePlatformAccess();
  const query = usePlatformDeliveries(filters);
  const columns = [
    // When the click or conversion happened: the list's order.
    column.accessor('occurredAt', {
      header: t('postbacks.columns.occurredAt'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('createdAt', {
      header: t('postbacks.columns.createdAt'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('organizationId', {
      header: t('postbacks.columns.organization'),
      cell: (i) => (
        <RouterAnchor to="/orgs/$orgId" params={{ orgId: i.getValue() }} size="sm" ff="monospace">
          {t('postbacks.organizationLink', { id: i.getValue().slice(-8) })}
        </RouterAnchor>
      ),
    }),
    column.accessor('programName', {
      header: t('postbacks.columns.program'),
      cell: (i) => i.getValue() ?? '—',
    }),
    column.accessor('eventType', {
      header: t('postbacks.columns.event'),
      cell: (i) => t(`postbacks.events.${i.getValue()}`),
    }),
    column.accessor('status', {
      header: t('postbacks.columns.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('attempts', {
      header: t('postbacks.columns.answer'),
      cell: (i) => {
        const row = i.row.original;
        return (
          <Stack gap={0}>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('postbacks.attempts', { count: row.attempts, formatted: formatNumber(row.attempts, lng) })}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {row.lastStatusCode === null
                ? t('postbacks.noAnswer')
                : t('postbacks.httpStatus', { code: row.lastStatusCode })}
            </Text>
          </Stack>
        );
      },
    }),
    column.accessor('host', {
      header: t('postbacks.columns.host'),
      cell: (i) => (
        <Stack gap={0} maw={280}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {i.getValue() ?? '—'}
          </Text>
          {i.row.original.lastError && (
            <DeliveryFailure statusCode={i.row.original.lastStatusCode} error={i.row.original.lastError} />
          )}
        </Stack>
      ),
    }),
    column.display({
      id: 'actions',
      header: t('postbacks.columns.actions'),
      cell: (i) => {
        const delivery = i.row.original;
        return (
          <Group gap="xs" wrap="nowrap">
            <PayloadButton title={t('postbacks.attemptLog')} value={delivery.attemptLog} />
            {!readOnly && delivery.status !== 'success' && <ReplayDeliveryButton delivery={delivery} />}
          </Group>
        );
      },
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('postbacks.title')}
      columns={columns}
      empty={<EmptyState title={t('postbacks.emptyTitle')} description={t('postbacks.emptyDescription')} />}
    />
  );
}
