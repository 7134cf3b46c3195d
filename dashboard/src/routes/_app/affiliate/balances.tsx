import { Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { BalanceCard } from '@/features/payouts';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useMe } from '@/features/accounts';
import { useMyBalances } from '@/features/payouts';

export const Route = createFileRoute('/_app/affiliate/balances')({
  component: BalancesPage,
});

function BalancesPage() {
  const { t } = useTranslation('earnings');
  const { affiliateContexts } = useMe();
  const query = useMyBalances();
  const nameOf = (orgId: string) => affiliateContexts.find((c) => c.organizationId === orgId)?.name ?? orgId;
  return (
    <>
      <PageHeader title={t('balances.title')} description={t('balances.description')} />
      <QueryState query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('balances.emptyTitle')} description={t('balances.emptyDescription')} />
          ) : (
            <Stack gap="md" maw={960}>
              {items.map((balance) => (
                <BalanceCard
                  key={`${balance.organizationId}:${balance.currency}`}
                  balance={balance}
                  advertiser={nameOf(balance.organizationId)}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
