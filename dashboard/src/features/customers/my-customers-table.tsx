import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { type MyCustomer, useMyCustomers } from './queries/customers';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { DateCell, TruncatedCell } from './customer-cells';
import { type CustomersSearch, hasFilters, myCustomersFilters } from './customer-options';
import { CustomerStateBadge } from './customer-state-badge';

const column = createColumnHelper<MyCustomer>();

/** The customers the affiliate referred, masked and without the advertiser's revenue. */
export function MyCustomersTable({ orgId, search }: { orgId: string; search: CustomersSearch }) {
  const { t } = useTranslation('customers');
  const query = useMyCustomers(orgId, myCustomersFilters(search));
  const columns = [
    column.accessor('customer', {
      header: t('columns.customer'),
      cell: (i) => <TruncatedCell value={i.getValue()} testId="customer-id" />,
    }),
    column.accessor((c) => c.program.name, { id: 'program', header: t('columns.program') }),
    column.accessor('state', { header: t('columns.state'), cell: (i) => <CustomerStateBadge state={i.getValue()} /> }),
    column.accessor('referredAt', { header: t('columns.referred'), cell: (i) => <DateCell value={i.getValue()} /> }),
    column.accessor('firstSaleAt', { header: t('columns.firstSale'), cell: (i) => <DateCell value={i.getValue()} /> }),
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
