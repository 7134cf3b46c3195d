import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type DeliveriesQuery, type PostbackDelivery, useMyDeliveries } from './queries/my-postback';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { DeliveryAnswer } from './delivery-answer';
import { EmptyState } from '@/ui/empty-state';
import { DELIVERY_EVENTS, DELIVERY_STATUSES } from './postback-options';
import { StatusBadge } from '@/ui/status-badge';
import { DeliveryFailure } from '@/ui/delivery-failure';
import { DeliverySortSelect } from '@/ui/sort-select';

type DeliveriesTableProps = {
  filters: DeliveriesQuery;
  onChange: (next: DeliveriesQuery) => void;
};

const column = createColumnHelper<PostbackDelivery>();

/** Every postback the platform sent to the affiliate's tracker, by when its event happened (or as sorted). */
export function DeliveriesTable({ filters, onChange }: DeliveriesTableProps) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const query = useMyDeliveries(filters);
  const columns = [
    // When the click or conversion happened: the list's order (sent may be later, after retries).
    column.accessor('occurredAt', {
      header: t('postback.deliveries.occurredAt'),
      cell: (i) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('programName', {
      header: t('postback.deliveries.program'),
      cell: (i) => i.getValue() ?? '—',
    }),
    column.accessor('createdAt', {
      header: t('postback.deliveries.createdAt'),
      cell: (i) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('eventType', {
      header: t('postback.deliveries.event'),
      cell: (i) => t(`postback.events.${i.getValue()}`),
    }),
    column.accessor('status', {
      header: t('postback.deliveries.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('attempts', {
      header: t('postback.deliveries.attempts'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    column.accessor('lastStatusCode', {
      header: t('postback.deliveries.answer'),
      cell: (i) => <DeliveryAnswer statusCode={i.getValue()} latencyMs={i.row.original.lastLatencyMs} />,
    }),
    column.accessor('host', {
      header: t('postback.deliveries.host'),
      cell: (i) => i.getValue() ?? '—',
    }),
    column.accessor('lastError', {
      header: t('postback.deliveries.error'),
      cell: (i) => <DeliveryFailure statusCode={i.row.original.lastStatusCode} error={i.getValue()} />,
    }),
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="deliveries-title">
      {/* The title over its filters: beside them it sat on their baseline, below their labels. */}
      <Stack gap="sm" mb="md">
        <Title order={2} fz="h4" id="deliveries-title">
          {t('postback.deliveries.title')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <Select
            label={t('postback.deliveries.status')}
            placeholder={t('stats.filters.all')}
            data={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={filters.status ?? null}
            onChange={(status) => onChange({ ...filters, status: (status ?? undefined) as DeliveriesQuery['status'] })}
            clearable
            w={160}
          />
          <Select
            label={t('postback.deliveries.event')}
            placeholder={t('stats.filters.all')}
            data={DELIVERY_EVENTS.map((e) => ({ value: e, label: t(`postback.events.${e}`) }))}
            value={filters.eventType ?? null}
            onChange={(eventType) =>
              onChange({ ...filters, eventType: (eventType ?? undefined) as DeliveriesQuery['eventType'] })
            }
            clearable
            w={160}
          />
          <DeliverySortSelect value={filters.sort} onChange={(sort) => onChange({ ...filters, sort })} />
        </Group>
      </Stack>
      <InfiniteDataTable
        query={query}
        caption={t('postback.deliveries.title')}
        columns={columns}
        empty={
          <EmptyState
            title={t('postback.deliveries.emptyTitle')}
            description={t('postback.deliveries.emptyDescription')}
          />
        }
      />
    </Paper>
  );
}
