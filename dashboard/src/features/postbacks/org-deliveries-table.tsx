import { Anchor, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { isoDayBounds } from '@/lib/day-bounds';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useOrgAffiliateOptions } from '@/features/organizations';
import { type OrgDelivery, useOrgDeliveries } from './queries/org-postbacks';
import { StatusBadge } from '@/ui/status-badge';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { DeliveryAnswer } from './delivery-answer';
import { DeliveryDrawer } from './delivery-drawer';
import type { OrgPostbacksSearch } from './delivery-options';

const column = createColumnHelper<OrgDelivery>();

type OrgDeliveriesTableProps = {
  orgId: string;
  search: OrgPostbacksSearch;
  onChange: (next: Partial<OrgPostbacksSearch>) => void;
};

/** Postbacks fired to the organization's affiliates, by when each event happened (or as sorted); each row opens its attempts. */
export function OrgDeliveriesTable({ orgId, search, onChange }: OrgDeliveriesTableProps) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const lng = i18n.language;
  const affiliates = useOrgAffiliateOptions(orgId).data ?? [];
  const emailOf = (id: string) => affiliates.find((a) => a.value === id)?.label ?? id;
  const query = useOrgDeliveries(orgId, {
    ...isoDayBounds(search),
    ...(search.status ? { status: search.status } : {}),
    ...(search.event ? { eventType: search.event } : {}),
    ...(search.affiliate ? { affiliateId: search.affiliate } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
  });
  const loaded = query.data?.pages.flatMap((p) => p.items) ?? [];
  const open = search.delivery ? (loaded.find((d) => d.id === search.delivery) ?? null) : null;
  const columns = [
    // When the click or conversion happened: the list's order; the drawer has when each attempt was made.
    column.accessor('occurredAt', {
      header: t('postbacks.columns.occurredAt'),
      cell: (i) => (
        <Anchor
          component="button"
          type="button"
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
          aria-label={t('postbacks.openLabel', { date: formatDateTime(i.getValue(), lng) })}
          onClick={() => onChange({ delivery: i.row.original.id })}
        >
          {formatDateTime(i.getValue(), lng)}
        </Anchor>
      ),
    }),
    column.accessor('affiliateId', {
      header: t('postbacks.columns.affiliate'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {emailOf(i.getValue())}
        </Text>
      ),
    }),
    column.accessor('programName', {
      header: t('postbacks.columns.program'),
      cell: (i) => i.getValue() ?? '—',
    }),
    column.accessor('eventType', {
      header: t('postbacks.columns.event'),
      cell: (i) => te(`postback.events.${i.getValue()}`),
    }),
    column.accessor('status', {
      header: t('postbacks.columns.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('host', { header: t('postbacks.columns.host'), cell: (i) => i.getValue() ?? '—' }),
    column.accessor('lastStatusCode', {
      header: t('postbacks.columns.answer'),
      cell: (i) => <DeliveryAnswer statusCode={i.getValue()} latencyMs={i.row.original.lastLatencyMs} />,
    }),
    column.accessor('attempts', {
      header: t('postbacks.columns.attempts'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
  ];
  return (
    <>
      <InfiniteDataTable
        query={query}
        caption={t('postbacks.caption')}
        columns={columns}
        empty={<EmptyState title={t('postbacks.emptyTitle')} description={t('postbacks.emptyDescription')} />}
      />
      <DeliveryDrawer
        delivery={open}
        affiliate={open ? emailOf(open.affiliateId) : ''}
        onClose={() => onChange({ delivery: undefined })}
      />
    </>
  );
}
