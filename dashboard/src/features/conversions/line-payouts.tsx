import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { ConversionDetail } from './queries/org-conversions';
import { StatusBadge } from '@/ui/status-badge';
import { MoneyText } from '@/ui/money-text';
import { Fact } from './fact';

/** The payout item and batch paying each line that is in a payout. */
export function LinePayouts({ detail }: { detail: ConversionDetail }) {
  const { t, i18n } = useTranslation('orgconversions');
  const lng = i18n.language;
  if (detail.payouts.length === 0) return <Text c="dimmed">{t('explanation.payout.none')}</Text>;
  return (
    <Stack gap="md">
      {detail.payouts.map((payout) => (
        <SimpleGrid key={payout.commissionId} cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" data-testid="line-payout">
          <Fact label={t('explanation.payout.status')}>
            <StatusBadge status={payout.status === 'success' ? 'paid' : payout.status} />
          </Fact>
          <Fact label={t('explanation.payout.batchStatus')}>{t(`batchStatus.${payout.batchStatus}`)}</Fact>
          <Fact label={t('explanation.payout.paidAt')}>{payout.paidAt ? formatDateTime(payout.paidAt, lng) : '—'}</Fact>
          <Fact label={t('explanation.payout.itemAmount')}>
            <MoneyText minor={payout.itemAmountMinor} currency={payout.currency} />
          </Fact>
          <Fact label={t('explanation.payout.item')}>
            <Text span ff="monospace" size="sm">
              {payout.itemId}
            </Text>
          </Fact>
          <Fact label={t('explanation.payout.batch')}>
            <Text span ff="monospace" size="sm">
              {payout.batchId}
            </Text>
          </Fact>
        </SimpleGrid>
      ))}
    </Stack>
  );
}
