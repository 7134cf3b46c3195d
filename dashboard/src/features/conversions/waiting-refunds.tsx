import { Alert, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '@/ui/router-anchor';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useWaitingRefunds } from './queries/waiting-refunds';
import { ErrorState } from '@/ui/error-state';

/**
 * Stripe refunds waiting for the sale they refund, above the review queue: each says why it waits,
 * what the advertiser can do and when it gives up. Nothing is shown while there are none.
 */
export function WaitingRefunds({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('orgconversions');
  const lng = i18n.language;
  const query = useWaitingRefunds(orgId);
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data || query.data.total === 0) return null;
  const { items, total } = query.data;
  const missingLink = items.some((r) => r.reason === 'invoice_payment_event_missing');
  return (
    <Stack gap="sm" mb="lg" data-testid="waiting-refunds">
      <Alert color="yellow" variant="light" title={t('waitingRefunds.title', { count: total })}>
        <Text size="sm">{t(missingLink ? 'waitingRefunds.summaryMissingLink' : 'waitingRefunds.summary')}</Text>
      </Alert>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Caption>{t('waitingRefunds.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('waitingRefunds.columns.received')}</Table.Th>
              <Table.Th>{t('waitingRefunds.columns.app')}</Table.Th>
              <Table.Th>{t('waitingRefunds.columns.payment')}</Table.Th>
              <Table.Th>{t('waitingRefunds.columns.amount')}</Table.Th>
              <Table.Th>{t('waitingRefunds.columns.givesUp')}</Table.Th>
              <Table.Th>{t('waitingRefunds.columns.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.conversionId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.receivedAt, lng)}</Table.Td>
                <Table.Td>
                  <RouterAnchor to="/orgs/$orgId/apps/$appId" params={{ orgId, appId: r.appId }} size="sm">
                    {r.appName}
                  </RouterAnchor>
                </Table.Td>
                <Table.Td>
                  <Code>{r.orderId ?? '—'}</Code>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r.currency ? formatMoney(r.amountMinor, r.currency, lng) : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.givesUpAt, lng)}</Table.Td>
                <Table.Td miw={300} maw={380}>
                  <Text size="sm" fw={500}>
                    {t(`waitingRefunds.reason.${r.reason}`)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`waitingRefunds.todo.${r.reason}`)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > items.length && (
        <Text size="sm" c="dimmed">
          {t('waitingRefunds.more', { shown: items.length, total })}
        </Text>
      )}
    </Stack>
  );
}
