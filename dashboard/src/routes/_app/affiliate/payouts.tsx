import { Alert, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/ui/data-table';
import { DownloadButton } from '@/ui/download-button';
import { StatusBadge } from '@/ui/status-badge';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { downloadPayoutsCsv, type MyPayout, useMyPayouts } from '@/features/payouts';
import { PayPalFailure } from '@/ui/paypal-failure';

export const Route = createFileRoute('/_app/affiliate/payouts')({
  component: PayoutsPage,
});

const column = createColumnHelper<MyPayout>();

/**
 * A payout PayPal holds because its address has no PayPal account: where to claim it, with which
 * address, and by when before PayPal returns it to the balance (30 days after it was sent).
 */
function UnclaimedPayouts({ payouts }: { payouts: MyPayout[] }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const unclaimed = payouts.filter((p) => p.status === 'unclaimed');
  if (unclaimed.length === 0) return null;
  return (
    <Stack gap="sm" mb="md">
      {unclaimed.map((p) => {
        const vars = {
          amount: formatMoney(p.amountMinor, p.currency, lng),
          advertiser: p.advertiser,
          email: p.receiverEmail,
          date: p.claimBy ? formatDate(p.claimBy, lng) : '—',
        };
        return (
          <Alert
            key={p.id}
            color="orange"
            variant="light"
            title={t('payouts.unclaimedTitle', vars)}
            data-testid="unclaimed-payout"
          >
            <Stack gap={4}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('payouts.unclaimedBody', vars)}
              </Text>
              <Text size="sm">{t('payouts.unclaimedAfter', vars)}</Text>
            </Stack>
          </Alert>
        );
      })}
    </Stack>
  );
}

function PayoutsPage() {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const query = useMyPayouts();
  const columns = [
    column.accessor('createdAt', {
      header: t('payouts.columns.createdAt'),
      cell: (i) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('advertiser', { header: t('payouts.columns.advertiser') }),
    column.accessor('amountMinor', {
      header: t('payouts.columns.amount'),
      meta: { numeric: true },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} fw={600} size="sm" />,
    }),
    column.accessor('status', {
      header: t('payouts.columns.status'),
      cell: (i) => (
        <Stack gap={2} align="flex-start">
          <StatusBadge status={i.getValue() === 'success' ? 'paid' : i.getValue()} />
          {i.row.original.claimBy && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('payouts.claimBy', { date: formatDate(i.row.original.claimBy, lng) })}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor('paidAt', {
      header: t('payouts.columns.paidAt'),
      cell: (i) => {
        const paidAt = i.getValue();
        return (
          <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
            {paidAt ? formatDateTime(paidAt, lng) : '—'}
          </Text>
        );
      },
    }),
    column.accessor('receiverEmail', { header: t('payouts.columns.receiver'), meta: { phone: 'hidden' } }),
    column.accessor('paypalTransactionId', {
      header: t('payouts.columns.transaction'),
      meta: { phone: 'hidden' },
      cell: (i) => (
        <Text span ff="monospace" size="sm">
          {i.getValue() ?? '—'}
        </Text>
      ),
    }),
  ];
  // The problem column only when some payout has one: most histories have none, and phones need the width.
  const withFailures = (base: typeof columns, pages: { items: MyPayout[] }[]) =>
    pages.some((p) => p.items.some((item) => item.failureReason))
      ? [
          ...base,
          column.accessor('failureReason', {
            header: t('payouts.columns.failure'),
            cell: (i) =>
              i.getValue() || i.row.original.failureCode ? (
                <PayPalFailure
                  audience="affiliate"
                  rail={i.row.original.rail}
                  code={i.row.original.failureCode}
                  reason={i.getValue()}
                />
              ) : (
                '—'
              ),
          }),
        ]
      : base;
  return (
    <>
      <PageHeader
        title={t('payouts.title')}
        description={t('payouts.description')}
        actions={
          <DownloadButton label={t('payouts.exportCsv')} fallbackName="payouts.csv" fetchFile={downloadPayoutsCsv} />
        }
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <UnclaimedPayouts payouts={data.pages.flatMap((p) => p.items)} />
            <DataTable
              caption={t('payouts.title')}
              columns={withFailures(columns, data.pages)}
              data={data.pages.flatMap((p) => p.items)}
              getRowId={(row) => row.id}
              hasMore={query.hasNextPage}
              onLoadMore={() => void query.fetchNextPage()}
              loadingMore={query.isFetchingNextPage}
              empty={<EmptyState title={t('payouts.emptyTitle')} description={t('payouts.emptyDescription')} />}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
