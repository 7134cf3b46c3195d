import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PayoutMinimumsForm } from '@/components/platform/payout-minimums-form';
import { QueryState } from '@/components/query-state';
import { usePayoutMinimums } from '@/queries/payout-minimums';

export const Route = createFileRoute('/_app/platform/payout-minimums')({
  component: PayoutMinimumsPage,
});

/** The platform's payout minimum per currency; programs may raise it for their own currency. */
function PayoutMinimumsPage() {
  const { t } = useTranslation('platform');
  const minimums = usePayoutMinimums();
  return (
    <>
      <PageHeader title={t('minimums.title')} description={t('minimums.description')} />
      <QueryState query={minimums}>{(rows) => <PayoutMinimumsForm rows={rows} />}</QueryState>
    </>
  );
}
