import { Badge, Group, Select, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { BatchStatusBadge } from '@/features/payouts';
import { useProposeNow } from '@/features/payouts';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { TaxHoldsNotice } from '@/features/tax';
import { RouterAnchor } from '@/ui/router-anchor';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { formatDateTime, formatNumber } from '@/lib/format';
import { type PayoutBatch, usePayoutBatches } from '@/features/payouts';

const STATUSES = ['proposed', 'approved', 'sending', 'sent', 'completed', 'failed', 'canceled'] as const;

export const Route = createFileRoute('/_app/orgs/$orgId/finance/payouts/')({
  validateSearch: z.object({ status: z.catch(z.optional(z.enum(STATUSES)), undefined) }),
  component: PayoutBatchesPage,
});

const column = createColumnHelper<PayoutBatch>();

function PayoutBatchesPage() {
  const { t, i18n } = useTranslation('finance');
  const lng = i18n.language;
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/payouts/' });
  const { status } = useSearch({ from: '/_app/orgs/$orgId/finance/payouts/' });
  const navigate = useNavigate({ from: '/orgs/$orgId/finance/payouts/' });
  const access = useOrgAccess();
  const query = usePayoutBatches(orgId, status);
  const propose = useProposeNow(orgId);
  const columns = [
    column.accessor('proposedAt', {
      header: t('batches.columns.proposedAt'),
      cell: (i) => (
        <RouterAnchor
          to="/orgs/$orgId/finance/payouts/$batchId"
          params={{ orgId, batchId: i.row.original.id }}
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
        >
          {formatDateTime(i.getValue(), lng)}
        </RouterAnchor>
      ),
    }),
    column.accessor('currency', { header: t('batches.columns.currency'), meta: { phone: 'hidden' } }),
    column.accessor('totalMinor', {
      header: t('batches.columns.total'),
      meta: { numeric: true },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} fw={600} size="sm" />,
    }),
    column.accessor('itemCount', {
      header: t('batches.columns.items'),
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    column.accessor('status', {
      header: t('batches.columns.status'),
      cell: (i) => (
        <Group gap={6} wrap="wrap">
          <BatchStatusBadge status={i.getValue()} />
          {i.row.original.autoApprovedLimitMinor !== null && (
            <Badge variant="outline" color="teal" size="sm" data-testid="auto-approved">
              {t('batches.autoApproved')}
            </Badge>
          )}
        </Group>
      ),
    }),
  ];
  return (
    <>
      <PageHeader
        title={t('batches.title')}
        description={t('batches.description')}
        actions={
          <>
            <Select
              label={t('batches.status')}
              data={[
                { value: '', label: t('batches.allStatuses') },
                ...STATUSES.map((s) => ({ value: s, label: t(`batchStatus.${s}`) })),
              ]}
              value={status ?? ''}
              onChange={(next) =>
                void navigate({ search: { status: (next || undefined) as (typeof STATUSES)[number] | undefined } })
              }
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
            {access.canPay && !access.readOnly && propose.button}
          </>
        }
      />
      <Stack gap="md">
        {propose.outcome}
        <TaxHoldsNotice orgId={orgId} />
        <QueryState query={query}>
          {(data) => (
            <DataTable
              caption={t('batches.title')}
              columns={columns}
              data={data.pages.flatMap((p) => p.items)}
              getRowId={(row) => row.id}
              hasMore={query.hasNextPage}
              onLoadMore={() => void query.fetchNextPage()}
              loadingMore={query.isFetchingNextPage}
              empty={<EmptyState title={t('batches.emptyTitle')} description={t('batches.emptyDescription')} />}
            />
          )}
        </QueryState>
      </Stack>
    </>
  );
}
