import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAffiliateBalances } from '@/features/payouts';
import { MoneyText } from '@/ui/money-text';
import { QueryState } from '@/ui/query-state';
import { ProfileSection } from './section';

const KEYS = ['holdMinor', 'availableMinor', 'inPayoutMinor', 'paidMinor'] as const;

/** What the advertiser owes the affiliate, per currency: on hold, payable, in a payout, paid out. */
export function BalancesSection({ orgId, affiliateId }: { orgId: string; affiliateId: string }) {
  const { t } = useTranslation('orgprograms');
  const balances = useAffiliateBalances(orgId, affiliateId);
  return (
    <ProfileSection title={t('profile.balances')} testId="profile-balances">
      <QueryState query={balances}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('profile.noBalance')}
            </Text>
          ) : (
            <Stack gap="md">
              {rows.map((b) => (
                <SimpleGrid key={b.currency} cols={{ base: 2, sm: 4 }} spacing="sm">
                  {KEYS.map((key) => (
                    <Stack key={key} gap={2}>
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                        {t(`profile.balance.${key}`)}
                      </Text>
                      <MoneyText minor={b[key]} currency={b.currency} fw={600} />
                    </Stack>
                  ))}
                </SimpleGrid>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </ProfileSection>
  );
}
