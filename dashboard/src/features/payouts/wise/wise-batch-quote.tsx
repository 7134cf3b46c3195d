import { Alert, Button, Group, Loader, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { ErrorMessage } from '@/ui/error-message';
import { MoneyText } from '@/ui/money-text';
import { SectionCard } from '@/ui/section-card';
import type { PayoutItem } from '../queries/payout-batches';
import { useWiseBatchQuote } from './queries';

/**
 * What Wise will do with the batch's Wise items (`items`: those alone, given by the rail list), before finance sends it: per item Wise's fee, its rate and what
 * reaches the affiliate's bank in their currency, and in total what leaves the Wise balance. Live quotes: they
 * expire, and sending asks Wise again, so the figures are a preview, refreshed on demand.
 */
export function WiseBatchQuote({ orgId, batchId, items }: { orgId: string; batchId: string; items: PayoutItem[] }) {
  const { t, i18n } = useTranslation('finance');
  const wise = items;
  const quote = useWiseBatchQuote(orgId, batchId, wise.length > 0);
  if (wise.length === 0) return null;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, i18n.language);
  const nameOf = (id: string) => {
    const item = wise.find((i) => i.id === id);
    return item ? (item.affiliateName ?? item.affiliateEmail) : id;
  };
  return (
    <SectionCard
      title={t('wiseQuote.title')}
      description={t('wiseQuote.description')}
      data-testid="wise-batch-quote"
      actions={
        <Button variant="default" size="xs" onClick={() => quote.refetch()} loading={quote.isFetching || undefined}>
          {t('wiseQuote.refresh')}
        </Button>
      }
    >
      {quote.isPending ? (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('wiseQuote.loading')}
          </Text>
        </Group>
      ) : quote.isError ? (
        <Alert color="orange" variant="light" data-testid="wise-quote-error">
          <ErrorMessage error={quote.error} sentence={t('wiseQuote.unavailable')} />
        </Alert>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <div>
              <Text size="sm" c="dimmed">
                {t('wiseQuote.fee')}
              </Text>
              <MoneyText
                minor={quote.data.feeMinor}
                currency={quote.data.currency}
                fw={600}
                data-testid="wise-quote-fee"
              />
            </div>
            <div>
              <Text size="sm" c="dimmed">
                {t('wiseQuote.source')}
              </Text>
              <MoneyText minor={quote.data.sourceMinor} currency={quote.data.currency} fw={600} />
            </div>
          </SimpleGrid>
          {quote.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('wiseQuote.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={0}>
              <Table fz="sm" verticalSpacing={4} data-testid="wise-quote-items">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('batch.columns.affiliate')}</Table.Th>
                    <Table.Th>{t('wiseQuote.columns.fee')}</Table.Th>
                    <Table.Th>{t('wiseQuote.columns.rate')}</Table.Th>
                    <Table.Th>{t('wiseQuote.columns.received')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {quote.data.items.map((q) => (
                    <Table.Tr key={q.payoutItemId}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{nameOf(q.payoutItemId)}</Table.Td>
                      <Table.Td>{money(q.feeMinor, quote.data.currency)}</Table.Td>
                      <Table.Td>
                        {q.targetCurrency === quote.data.currency
                          ? t('wiseQuote.noConversion')
                          : t('wiseQuote.rate', {
                              from: quote.data.currency,
                              to: q.targetCurrency,
                              rate: new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 6 }).format(
                                q.rate,
                              ),
                            })}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {money(q.targetMinor, q.targetCurrency)}
                        </Text>
                        {q.estimatedDelivery && (
                          <Text size="xs" c="dimmed">
                            {t('wiseQuote.delivery', { when: q.estimatedDelivery })}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
