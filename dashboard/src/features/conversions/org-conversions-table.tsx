import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { isoDayBounds } from '@/lib/day-bounds';
import { type OrgConversion, useOrgConversions } from './queries/org-conversions';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import type { OrgConversionsSearch } from './conversion-options';
import { FraudFlags } from './fraud-flags';
import { useConversionColumns } from './use-conversion-columns';

const column = createColumnHelper<OrgConversion>();

/** The organization's conversions, by when they happened (newest first) or as sorted; each opens its explanation. */
export function OrgConversionsTable({ orgId, search }: { orgId: string; search: OrgConversionsSearch }) {
  const { t } = useTranslation('orgconversions');
  const query = useOrgConversions(orgId, {
    ...isoDayBounds(search),
    ...(search.status ? { status: search.status } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.program ? { programId: search.program } : {}),
    ...(search.app ? { appId: search.app } : {}),
    ...(search.affiliate ? { affiliateId: search.affiliate } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
  });
  const columns = [
    ...useConversionColumns(orgId),
    column.accessor('fraudFlags', {
      header: t('conversions.columns.signals'),
      cell: (i) => <FraudFlags flags={i.getValue()} />,
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('conversions.caption')}
      columns={columns}
      empty={<EmptyState title={t('conversions.emptyTitle')} description={t('conversions.emptyDescription')} />}
    />
  );
}
