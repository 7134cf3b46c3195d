import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { PayoutMinimumsForm } from '@/features/system';
import { QueryState } from '@/ui/query-state';
import { usePayoutMinimums } from '@/features/payouts';

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
