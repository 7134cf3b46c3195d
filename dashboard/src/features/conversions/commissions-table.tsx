import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { isoDayBounds } from '@/lib/day-bounds';
import { formatDate, formatDateTime } from '@/lib/format';
import { type MyCommission, useMyCommissions } from './queries/my-conversions';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { RouterAnchor } from '@/ui/router-anchor';
import type { ConversionsSearch } from './conversions-options';
import { CalculationText } from './calculation-text';
import { StatusBadge } from '@/ui/status-badge';

const column = createColumnHelper<MyCommission>();

/**
 * Every commission line the affiliate earns with this advertiser in the period (by when the conversion happened):
 * its own (level 0) and its referrals' (1–3), newest first unless sorted otherwise.
 */
export function CommissionsTable({ orgId, search }: { orgId: string; search: ConversionsSearch }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const query = useMyCommissions(orgId, {
    ...isoDayBounds(search),
    ...(search.sort ? { sort: search.sort } : {}),
    ...(search.lineStatus ? { status: search.lineStatus } : {}),
    ...(search.level ? { level: Number(search.level) } : {}),
    ...(search.program ? { programId: search.program } : {}),
  });
  const columns = [
    // When the conversion happened, not when the line was written: the hold counts from the conversion.
    column.accessor((row) => row.conversion.occurredAt, {
      id: 'occurredAt',
      header: t('commissions.columns.occurredAt'),
      cell: (info) => {
        const line = info.row.original;
        const when = formatDateTime(info.getValue(), lng);
        // Only level-0 lines come from the affiliate's own conversions, which it may open.
        return line.level === 0 ? (
          <RouterAnchor
            to="/affiliate/$orgId/conversions/$conversionId"
            params={{ orgId, conversionId: line.conversion.id }}
            size="sm"
            style={{ whiteSpace: 'nowrap' }}
          >
            {when}
          </RouterAnchor>
        ) : (
          <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
            {when}
          </Text>
        );
      },
    }),
    column.accessor('programName', { header: t('commissions.columns.program') }),
    column.accessor((row) => row.conversion.type, {
      id: 'event',
      header: t('commissions.columns.event'),
      meta: { phone: 'hidden' },
      cell: (i) => t(`eventTypes.${i.getValue()}`),
    }),
    column.accessor('level', {
      header: t('commissions.columns.level'),
      // Level 0 is the affiliate's own event, named by its type ("Your lead"); 1–3 are its referrals'.
      cell: (i) =>
        i.getValue() === 0
          ? t(`ownEvent.${i.row.original.conversion.type}`)
          : t(`levels.${String(i.getValue()) as '1'}`),
    }),
    column.accessor('amountMinor', {
      header: t('commissions.columns.amount'),
      meta: { numeric: true },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} fw={600} size="sm" />,
    }),
    column.accessor('status', {
      header: t('commissions.columns.status'),
      cell: (i) => <StatusBadge status={i.getValue()} />,
    }),
    column.accessor('holdUntil', {
      header: t('commissions.columns.holdUntil'),
      cell: (i) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('calculation', {
      header: t('commissions.columns.calculation'),
      meta: { phone: 'hidden' },
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          <CalculationText
            calculation={i.getValue()}
            currency={i.row.original.currency}
            event={i.row.original.conversion.type}
          />
        </Text>
      ),
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('conversions.tabs.commissions')}
      columns={columns}
      empty={<EmptyState title={t('commissions.emptyTitle')} description={t('commissions.emptyDescription')} />}
    />
  );
}
