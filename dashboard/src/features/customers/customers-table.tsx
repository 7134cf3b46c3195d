import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { type Customer, useCustomers } from './queries/customers';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { DateCell, MoneyCell, TruncatedCell } from './customer-cells';
import { type CustomersSearch, customersFilters, hasFilters } from './customer-options';
import { CustomerStateBadge } from './customer-state-badge';

const column = createColumnHelper<Customer>();

/** The advertiser's referred customers, newest referral first, with revenue. */
export function CustomersTable({ orgId, search }: { orgId: string; search: CustomersSearch }) {
  const { t } = useTranslation('customers');
  const query = useCustomers(orgId, customersFilters(search));
  const columns = [
    column.accessor('externalCustomerId', {
      header: t('columns.customer'),
      cell: (i) => <TruncatedCell value={i.getValue()} testId="customer-id" />,
    }),
    column.accessor((c) => c.affiliate.name, { id: 'affiliate', header: t('columns.affiliate') }),
    column.accessor((c) => c.program.name, { id: 'program', header: t('columns.program'), meta: { phone: 'hidden' } }),
    column.accessor('state', { header: t('columns.state'), cell: (i) => <CustomerStateBadge state={i.getValue()} /> }),
    column.accessor('firstSaleAt', { header: t('columns.firstSale'), cell: (i) => <DateCell value={i.getValue()} /> }),
    column.accessor('mrr', {
      header: t('columns.mrr'),
      cell: (i) => {
        const mrr = i.getValue();
        return <MoneyCell amounts={mrr ? [mrr] : []} />;
      },
    }),
    column.accessor('ltv', {
      header: t('columns.ltv'),
      cell: (i) => <MoneyCell amounts={i.getValue()} />,
    }),
    column.accessor('churnedAt', {
      header: t('columns.churned'),
      meta: { phone: 'hidden' },
      cell: (i) => <DateCell value={i.getValue()} />,
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('caption')}
      columns={columns}
      empty={
        hasFilters(search) ? (
          <EmptyState title={t('emptyFilteredTitle')} description={t('emptyFilteredDescription')} />
        ) : (
          <EmptyState title={t('emptyTitle')} description={t('emptyDescription')} />
        )
      }
    />
  );
}
