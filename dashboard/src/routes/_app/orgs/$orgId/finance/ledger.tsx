import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { createFileRoute, useParams } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/ui/data-table';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { type LedgerCheck, useOrgLedger } from '@/features/finance';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/ledger')({
  component: LedgerPage,
});

type Discrepancy = LedgerCheck['discrepancies'][number];
const column = createColumnHelper<Discrepancy>();

function LedgerPage() {
  const { t } = useTranslation('finance');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/ledger' });
  const query = useOrgLedger(orgId);
  const columns = [
    column.accessor('kind', { header: t('ledger.kind'), cell: (i) => <Code>{i.getValue()}</Code> }),
    column.accessor('detail', { header: t('ledger.detail') }),
    column.accessor('ids', {
      header: t('ledger.ids'),
      cell: (i) => (
        <Stack gap={2}>
          {i.getValue().map((id) => (
            <Text key={id} size="xs" ff="monospace">
              {id}
            </Text>
          ))}
        </Stack>
      ),
    }),
  ];
  return (
    <>
      <PageHeader
        title={t('ledger.title')}
        description={t('ledger.description')}
        actions={
          <Button variant="default" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('ledger.recheck')}
          </Button>
        }
      />
      <QueryState query={query}>
        {(check) =>
          check.ok ? (
            <Alert color="teal" variant="light" title={t('ledger.ok')} data-testid="ledger-ok">
              {t('ledger.okDetail', { count: check.checkedLines })}
            </Alert>
          ) : (
            <Stack gap="md">
              <Alert color="red" variant="light" title={t('ledger.failed', { count: check.discrepancies.length })}>
                {t('ledger.checked', { count: check.checkedLines })}
              </Alert>
              <DataTable
                caption={t('ledger.title')}
                columns={columns}
                data={check.discrepancies}
                getRowId={(row) => `${row.kind}:${row.ids.join(',')}`}
                empty={null}
              />
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
