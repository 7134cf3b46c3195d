import { useTranslation } from 'react-i18next';
import { downloadCustomersCsv, downloadMyCustomersCsv } from '@/features/conversions';
import { DownloadButton } from '@/ui/download-button';
import { type CustomersSearch, customersFilters, myCustomersFilters } from './customer-options';

/** The list as CSV with the page's filters, in the viewer's time zone; the affiliate's file is masked. */
export function CustomersExport({
  orgId,
  search,
  audience,
}: {
  orgId: string;
  search: CustomersSearch;
  audience: 'advertiser' | 'affiliate';
}) {
  const { t } = useTranslation('customers');
  return (
    <DownloadButton
      label={t('export')}
      fallbackName="customers.csv"
      fetchFile={() =>
        audience === 'advertiser'
          ? downloadCustomersCsv(orgId, customersFilters(search))
          : downloadMyCustomersCsv(orgId, myCustomersFilters(search))
      }
    />
  );
}
