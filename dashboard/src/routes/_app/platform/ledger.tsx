import { Button } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { LedgerResult } from '@/features/system';
import { QueryState } from '@/ui/query-state';
import { useLedgerCheck } from '@/features/system';

export const Route = createFileRoute('/_app/platform/ledger')({
  component: LedgerPage,
});

/** The commission and payout ledger checked against its invariants; reading it changes nothing. */
function LedgerPage() {
  const { t } = useTranslation('platform');
  const check = useLedgerCheck();
  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        description={t('ledger.description')}
        actions={
          <Button variant="default" onClick={() => void check.refetch()} loading={check.isFetching}>
            {t('ledger.rerun')}
          </Button>
        }
      />
      <QueryState query={check}>{(data) => <LedgerResult check={data} />}</QueryState>
    </>
  );
}
