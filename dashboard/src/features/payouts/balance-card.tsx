import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { MyBalance } from './queries/my-balances';
import { MoneyText } from '@/ui/money-text';
import { SectionCard } from '@/ui/section-card';

/** One advertiser's money in one currency: on hold, approved, in payout, paid, and how far the next payout is. */
export function BalanceCard({ balance, advertiser }: { balance: MyBalance; advertiser: string }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const { currency, availableMinor, payoutMinimumMinor } = balance;
  const minimum = payoutMinimumMinor ?? 0;
  const ratio = minimum > 0 ? Math.min(availableMinor / minimum, 1) : 1;
  const left = Math.max(minimum - availableMinor, 0);
  const amounts: [string, number][] = [
    [t('balances.hold'), balance.holdMinor],
    [t('balances.approved'), balance.approvedMinor],
    [t('balances.inPayout'), balance.inPayoutMinor],
    [t('balances.paid'), balance.paidMinor],
  ];
  return (
    <SectionCard title={advertiser} description={currency} data-testid="balance-card">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {amounts.map(([label, minor]) => (
            <div key={label}>
              <Text size="sm" c="dimmed">
                {label}
              </Text>
              <MoneyText minor={minor} currency={currency} fw={700} fz="lg" />
            </div>
          ))}
        </SimpleGrid>
        {balance.disputedMinor > 0 && (
          <Text size="sm" c="dimmed" data-testid="balance-disputed">
            {t('balances.disputed', { amount: formatMoney(balance.disputedMinor, currency, lng) })}
          </Text>
        )}
        {balance.carryOverMinor < 0 && (
          <Text size="sm" c="dimmed">
            {t('balances.carryOver', { amount: formatMoney(-balance.carryOverMinor, currency, lng) })}
          </Text>
        )}
        {payoutMinimumMinor === null ? (
          <Text size="sm" c="dimmed" data-testid="balance-no-payouts">
            {t('balances.noPayouts', { currency })}
          </Text>
        ) : (
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" fw={600}>
                {t('balances.minimum', { amount: formatMoney(payoutMinimumMinor, currency, lng) })}
              </Text>
              <Text size="sm" c={left === 0 ? 'teal' : 'dimmed'} data-testid="balance-left">
                {left === 0 ? t('balances.ready') : t('balances.left', { amount: formatMoney(left, currency, lng) })}
              </Text>
            </Group>
            <Progress
              value={ratio * 100}
              color={left === 0 ? 'teal' : undefined}
              size="lg"
              aria-label={t('balances.progress', { percent: formatPercent(ratio, lng, 0) })}
            />
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
