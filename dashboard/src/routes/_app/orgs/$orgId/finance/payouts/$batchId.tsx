import { Alert, Code, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RAILS } from '@domain/payout-rails';
import { createFileRoute, useParams } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/ui/data-table';
import { DownloadButton } from '@/ui/download-button';
import { EmptyState } from '@/ui/empty-state';
import { actionOffer, BatchActions } from '@/features/payouts';
import { BatchPeople, outcomeKey, providerName } from '@/features/payouts';
import { BatchStatusBadge } from '@/features/payouts';
import { ExcludeItemButton, RailItemActions } from '@/features/payouts';
import { ItemStatusBadge, RailBatchReviews } from '@/features/payouts';
import { MoneyText } from '@/ui/money-text';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { PageHeader } from '@/ui/page-header';
import { PersonText } from '@/ui/person-text';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { RouterButton } from '@/ui/router-button';
import { formatDateTime, formatMoney } from '@/lib/format';
import { PayPalBatchError, PayPalFailure } from '@/ui/paypal-failure';
import {
  downloadBatchCsv,
  OPEN_BATCH_STATUSES,
  type PayoutBatch,
  type PayoutItem,
  usePayoutBatch,
} from '@/features/payouts';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/payouts/$batchId')({
  component: PayoutBatchPage,
});

const column = createColumnHelper<PayoutItem>();

function PayoutBatchPage() {
  const { t, i18n } = useTranslation('finance');
  const lng = i18n.language;
  const { orgId, batchId } = useParams({ from: '/_app/orgs/$orgId/finance/payouts/$batchId' });
  const query = usePayoutBatch(orgId, batchId);
  const access = useOrgAccess();
  const mayQuote = !access.readOnly && (access.role === 'owner' || access.role === 'finance');
  const editable = query.data ? actionOffer(query.data.duties, 'exclude').kind === 'enabled' : false;
  // The batch went out: items of a rail the advertiser settles itself (external) wait for its answer here.
  const requested = query.data ? query.data.batch.status === 'sent' || query.data.batch.status === 'sending' : false;
  const columns = [
    column.accessor('affiliateName', {
      header: t('batch.columns.affiliate'),
      cell: (i) => <PersonText name={i.getValue()} email={i.row.original.affiliateEmail} />,
    }),
    column.accessor('rail', {
      header: t('batch.columns.method'),
      // Plain text, not a badge: a badge's label is cut to "Pay…" in a narrow column.
      cell: (i) => (
        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }} data-testid="item-rail">
          {t(`batch.rail.${i.getValue()}`)}
        </Text>
      ),
    }),
    column.display({
      id: 'receiver',
      header: t('batch.columns.receiver'),
      meta: { phone: 'hidden' },
      // An email (PayPal's): shown with the proof it was verified; any other rail's payee: its account reference.
      cell: (i) =>
        i.row.original.receiverEmail ? (
          <Stack gap={2}>
            <Text size="sm">{i.row.original.receiverEmail}</Text>
            {/* Proposals only ever take a verified PayPal email, kept as it was then. */}
            <Text size="xs" c="teal" title={t('batch.verifiedHint')}>
              ✓ {t('batch.verified')}
            </Text>
          </Stack>
        ) : (
          <Stack gap={2}>
            <Text size="sm">{t('batch.railPayee', { rail: t(`batch.rail.${i.row.original.rail}`) })}</Text>
            <Code>{i.row.original.stripeAccountId ?? i.row.original.destinationRef}</Code>
          </Stack>
        ),
    }),
    column.accessor('amountMinor', {
      header: t('batch.columns.amount'),
      meta: { numeric: true },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} fw={600} size="sm" />,
    }),
    column.accessor('feeMinor', {
      header: t('batch.columns.fee'),
      meta: { numeric: true, phone: 'hidden' },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} size="sm" c="dimmed" />,
    }),
    column.accessor('status', {
      header: t('batch.columns.status'),
      cell: (i) => <ItemStatusBadge status={i.getValue()} />,
    }),
    column.display({
      id: 'outcome',
      header: t('batch.columns.outcome'),
      cell: (i) => (
        <Text size="sm" miw={140} maw={320}>
          {query.data &&
            t(`outcome.${outcomeKey(i.row.original, query.data.batch)}`, {
              provider: providerName(t, i.row.original.rail),
            })}
          {(i.row.original.failureReason || i.row.original.failureCode) && (
            <PayPalFailure
              audience="advertiser"
              rail={i.row.original.rail}
              code={i.row.original.failureCode}
              reason={i.row.original.failureReason}
            />
          )}
        </Text>
      ),
    }),
    ...(editable || requested
      ? [
          column.display({
            id: 'actions',
            header: t('batch.columns.actions'),
            // Proposed: take an item out; sent: whatever the item's rail lets finance do (confirm an external one).
            cell: (i) =>
              editable ? (
                <ExcludeItemButton orgId={orgId} batchId={batchId} item={i.row.original} />
              ) : (
                <RailItemActions orgId={orgId} batchId={batchId} item={i.row.original} requested={requested} />
              ),
          }),
        ]
      : []),
  ];
  return (
    <QueryState query={query} skeleton="detail">
      {({ batch, duties, items }) => (
        <>
          <RouterAnchor to="/orgs/$orgId/finance/payouts" params={{ orgId }} size="sm">
            ← {t('batch.back')}
          </RouterAnchor>
          <PageHeader
            tabTitle={t('batch.title')}
            title={
              <Group gap="sm" component="span">
                {t('batch.title')}
                <BatchStatusBadge status={batch.status} />
              </Group>
            }
            description={t('batch.summary', {
              currency: batch.currency,
              items: t('batch.items', { count: batch.itemCount }),
            })}
            actions={
              <>
                <DownloadButton
                  label={t('batch.exportCsv')}
                  fallbackName={`payout-batch-${batch.id}.csv`}
                  fetchFile={() => downloadBatchCsv(orgId, batch.id)}
                />
                <RouterButton
                  variant="default"
                  to="/orgs/$orgId/finance/reconciliation/$batchId"
                  params={{ orgId, batchId: batch.id }}
                >
                  {t('batch.reconciliation')}
                </RouterButton>
              </>
            }
          />
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
                <div>
                  <Text size="sm" c="dimmed">
                    {t('batch.total')}
                  </Text>
                  <MoneyText
                    minor={batch.totalMinor}
                    currency={batch.currency}
                    fw={700}
                    fz="lg"
                    data-testid="batch-total"
                  />
                </div>
                <FeesOnTop currency={batch.currency} items={items.items} />
                {batch.paypalStatus && (
                  <div>
                    <Text size="sm" c="dimmed">
                      {t('batch.paypalStatus')}
                    </Text>
                    {/* PayPal's batch_status in words; a status PayPal adds later shows as it came. */}
                    <Text size="sm" data-testid="paypal-status" title={batch.paypalStatus}>
                      {t(`batch.paypalBatchStatus.${batch.paypalStatus}`, { defaultValue: batch.paypalStatus })}
                    </Text>
                  </div>
                )}
                {batch.completedAt && (
                  <div>
                    <Text size="sm" c="dimmed">
                      {t('batch.completedAt')}
                    </Text>
                    <Text size="sm" data-testid="completed-at">
                      {formatDateTime(batch.completedAt, lng)}
                    </Text>
                  </div>
                )}
              </SimpleGrid>
            </Paper>
            <BatchPeople batch={batch} duties={duties} items={items.items} />
            <LiveState batch={batch} items={items.items} />
            {batch.lastError && (
              <Alert color="red" variant="light" title={t('batch.lastError')}>
                <PayPalBatchError error={batch.lastError} rails={[...new Set(items.items.map((i) => i.rail))]} />
              </Alert>
            )}
            {/* Before finance sends: what the rails will charge and deliver (owners and finance, as Wise's quote route allows). */}
            {(batch.status === 'proposed' || batch.status === 'approved') && mayQuote && (
              <RailBatchReviews orgId={orgId} batchId={batch.id} items={items.items} />
            )}
            <BatchActions orgId={orgId} batch={batch} duties={duties} />
            <Title order={2} fz="h4">
              {t('batch.itemsTitle')}
            </Title>
            <DataTable
              caption={t('batch.itemsTitle')}
              columns={columns}
              data={items.items}
              getRowId={(row) => row.id}
              empty={<EmptyState title={t('batch.emptyTitle')} description={t('batch.emptyDescription')} />}
              dense
              wrapHeaders
            />
            {items.nextCursor && (
              <Text size="sm" c="dimmed">
                {t('batch.moreItems', { shown: items.items.length, total: batch.itemCount })}
              </Text>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}

/** What the rails charge on top of the total, before anything is sent: the advertiser pays it, affiliates get their full amounts. */
function FeesOnTop({ currency, items }: { currency: string; items: PayoutItem[] }) {
  const { t, i18n } = useTranslation('finance');
  // Per rail present in the batch, in the rails' order.
  const byRail = RAILS.map((rail) => ({ rail, items: items.filter((i) => i.rail === rail) }))
    .filter((r) => r.items.length > 0)
    .map((r) => ({ rail: r.rail, fee: r.items.reduce((total, i) => total + i.feeMinor, 0) }));
  const total = byRail.reduce((sum, r) => sum + r.fee, 0);
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  return (
    <div>
      <Text size="sm" c="dimmed">
        {t('batch.fees')}
      </Text>
      <MoneyText minor={total} currency={currency} fw={600} data-testid="batch-fees" />
      <Text size="xs" c="dimmed">
        {byRail.map((r) => t('batch.railFee', { fee: money(r.fee), rail: t(`batch.rail.${r.rail}`) })).join(', ')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('batch.feesHint', { currency })}
      </Text>
    </div>
  );
}

/**
 * While PayPal works the page refreshes itself and says so; once only unclaimed items keep a sent
 * batch open, it says that instead: nothing is processing, receivers have to claim their money.
 */
function LiveState({ batch, items }: { batch: PayoutBatch; items: PayoutItem[] }) {
  const { t } = useTranslation('finance');
  if (!OPEN_BATCH_STATUSES.has(batch.status)) return null;
  const processing = items.some((i) => i.status === 'pending' || i.status === 'onhold');
  const unclaimed = items.filter((i) => i.status === 'unclaimed').length;
  if (batch.status === 'sent' && !processing && unclaimed > 0)
    return (
      <Text size="sm" c="dimmed" role="status" data-testid="unclaimed-wait">
        {t('batch.unclaimedWait', { count: unclaimed })}
      </Text>
    );
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" />
      <Text size="sm" c="dimmed">
        {t('batch.live')}
      </Text>
    </Group>
  );
}
