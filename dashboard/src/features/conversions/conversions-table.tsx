import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DirectCommissionCell } from './direct-commission-cell';
import { isoDayBounds } from '@/lib/day-bounds';
import { formatDateTime } from '@/lib/format';
import { type MyConversion, useMyConversions } from './queries/my-conversions';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { EmptyState } from '@/ui/empty-state';
import { RouterAnchor } from '@/ui/router-anchor';
import type { ConversionsSearch } from './conversions-options';
import { StatusBadge } from '@/ui/status-badge';

const column = createColumnHelper<MyConversion>();

/** Conversions credited to the affiliate, by when they happened (newest first) unless sorted; each opens its explanation. Revenue is never shown. */
export function ConversionsTable({ orgId, search }: { orgId: string; search: ConversionsSearch }) {
  const { t, i18n } = useTranslation('earnings');
  const query = useMyConversions(orgId, {
    ...isoDayBounds(search),
    ...(search.status ? { status: search.status } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.program ? { programId: search.program } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
  });
  const columns = [
    column.accessor('occurredAt', {
      header: t('conversions.columns.occurredAt'),
      cell: (info) => (
        <RouterAnchor
          to="/affiliate/$orgId/conversions/$conversionId"
          params={{ orgId, conversionId: info.row.original.id }}
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
        >
          {formatDateTime(info.getValue(), i18n.language)}
        </RouterAnchor>
      ),
    }),
    column.accessor('programName', { header: t('conversions.columns.program') }),
    column.accessor('type', { header: t('conversions.columns.type'), cell: (i) => t(`eventTypes.${i.getValue()}`) }),
    column.accessor('status', {
      header: t('conversions.columns.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('attributionMethod', {
      header: t('conversions.columns.attribution'),
      meta: { phone: 'hidden' },
      cell: (i) => t(`attribution.${i.getValue()}`),
    }),
    column.accessor('directCommission', {
      header: t('conversions.columns.commission'),
      cell: (i) => <DirectCommissionCell line={i.getValue()} nothingLabel={t('conversions.nothingEarned')} />,
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('conversions.tabs.conversions')}
      columns={columns}
      empty={<EmptyState title={t('conversions.emptyTitle')} description={t('conversions.emptyDescription')} />}
    />
  );
}
