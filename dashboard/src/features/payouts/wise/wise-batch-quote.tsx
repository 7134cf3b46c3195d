import { Box, Button, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { MoneyText } from '@/ui/money-text';
import { QueryState } from '@/ui/query-state';
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
  const rateOf = (q: QuotedItem, currency: string) =>
    q.targetCurrency === currency
      ? t('wiseQuote.noConversion')
      : t('wiseQuote.rate', {
          from: currency,
          to: q.targetCurrency,
          rate: new Intl.NumberFormat(i18n.language, { maximumSignificantDigits: 6 }).format(q.rate),
        });
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
      <QueryState query={quote} skeleton="rows">
        {(data) => (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <div>
                <Text size="sm" c="dimmed">
                  {t('wiseQuote.fee')}
                </Text>
                <MoneyText minor={data.feeMinor} currency={data.currency} fw={600} data-testid="wise-quote-fee" />
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('wiseQuote.source')}
                </Text>
                <MoneyText minor={data.sourceMinor} currency={data.currency} fw={600} />
              </div>
            </SimpleGrid>
            {data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('wiseQuote.none')}
              </Text>
            ) : (
              <>
                {/* Four columns do not fit a phone: one card per item there, its figures two to a line. */}
                <Stack gap="xs" hiddenFrom="sm" data-testid="wise-quote-cards">
                  {data.items.map((q) => (
                    <Paper key={q.payoutItemId} withBorder p="sm" radius="md">
                      <Text fw={600} size="sm" mb="xs" style={{ overflowWrap: 'anywhere' }}>
                        {nameOf(q.payoutItemId)}
                      </Text>
                      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                        <Box>
                          <Text size="xs" c="dimmed" fw={600}>
                            {t('wiseQuote.columns.fee')}
                          </Text>
                          <Text size="sm">{money(q.feeMinor, data.currency)}</Text>
                        </Box>
                        <Box>
                          <Text size="xs" c="dimmed" fw={600}>
                            {t('wiseQuote.columns.received')}
                          </Text>
                          <Received q={q} />
                        </Box>
                      </SimpleGrid>
                      <Text size="xs" c="dimmed" mt="xs">
                        {rateOf(q, data.currency)}
                      </Text>
                    </Paper>
                  ))}
                </Stack>
                <Table.ScrollContainer minWidth={0} visibleFrom="sm">
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
                      {data.items.map((q) => (
                        <Table.Tr key={q.payoutItemId}>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{nameOf(q.payoutItemId)}</Table.Td>
                          <Table.Td>{money(q.feeMinor, data.currency)}</Table.Td>
                          <Table.Td>{rateOf(q, data.currency)}</Table.Td>
                          <Table.Td>
                            <Received q={q} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}

type QuotedItem = NonNullable<ReturnType<typeof useWiseBatchQuote>['data']>['items'][number];

/** What reaches the affiliate's bank, in their currency, and when Wise expects it. */
function Received({ q }: { q: QuotedItem }) {
  const { t, i18n } = useTranslation('finance');
  return (
    <>
      <Text size="sm" fw={600}>
        {formatMoney(q.targetMinor, q.targetCurrency, i18n.language)}
      </Text>
      {q.estimatedDelivery && (
        <Text size="xs" c="dimmed">
          {t('wiseQuote.delivery', { when: q.estimatedDelivery })}
        </Text>
      )}
    </>
  );
}
