import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { useWiseFeeQuote } from './queries';

/** An example payout of 100.00 in US dollars. */
const EXAMPLE_MINOR = 10_000;

/** Wise's fee on an example payout, from a live Wise quote, shown on the rail's card before the affiliate chooses it. */
export function WiseFeeQuote({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('payoutmethods');
  const quote = useWiseFeeQuote(orgId, 'USD', 'USD', EXAMPLE_MINOR);
  if (quote.isPending) return <Loader size="xs" aria-label={t('wise.quoteLoading')} />;
  if (!quote.data)
    return (
      <Text size="xs" c="dimmed">
        {t('wise.quoteUnavailable')}
      </Text>
    );
  return (
    <Text size="sm" data-testid="wise-fee-quote">
      {t('wise.quote', {
        amount: formatMoney(EXAMPLE_MINOR, 'USD', i18n.language),
        fee: formatMoney(quote.data.feeMinor, quote.data.currency, i18n.language),
        when: quote.data.estimatedDelivery ?? '—',
      })}
    </Text>
  );
}
