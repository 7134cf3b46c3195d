import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { type Balance, useOrgBalances } from '@/features/payouts';
import { SectionCard } from '@/ui/section-card';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/balances')({
  validateSearch: z.object({ affiliate: z.catch(z.optional(z.uuid()), undefined) }),
  component: OrgBalancesPage,
});

type Totals = Pick<Balance, 'currency' | 'holdMinor' | 'approvedMinor' | 'inPayoutMinor' | 'paidMinor'> & {
  affiliates: number;
};

// One card per currency: money in different currencies is never added up.
function totalsPerCurrency(rows: Balance[]): Totals[] {
  const byCurrency = new Map<string, Totals>();
  for (const row of rows) {
    const sum = byCurrency.get(row.currency) ?? {
      currency: row.currency,
      holdMinor: 0,
      approvedMinor: 0,
      inPayoutMinor: 0,
      paidMinor: 0,
      affiliates: 0,
    };
    sum.holdMinor += row.holdMinor;
    sum.approvedMinor += row.approvedMinor;
    sum.inPayoutMinor += row.inPayoutMinor;
    sum.paidMinor += row.paidMinor;
    sum.affiliates += 1;
    byCurrency.set(row.currency, sum);
  }
  return [...byCurrency.values()];
}

const column = createColumnHelper<Balance>();

function OrgBalancesPage() {
  const { t } = useTranslation('finance');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/balances' });
  const { affiliate } = useSearch({ from: '/_app/orgs/$orgId/finance/balances' });
  const navigate = useNavigate({ from: '/orgs/$orgId/finance/balances' });
  const query = useOrgBalances(orgId);
  const money = (key: 'holdMinor' | 'approvedMinor' | 'inPayoutMinor' | 'paidMinor', label: string) =>
    column.accessor(key, {
      header: label,
      meta: { numeric: true },
      cell: (i) => <MoneyText minor={i.getValue()} currency={i.row.original.currency} size="sm" />,
    });
  const columns = [
    // Names, not emails, in tables; the email stays in the button's title.
    column.accessor('affiliateName', {
      header: t('balances.affiliate'),
      cell: (i) => (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => void navigate({ search: { affiliate: i.row.original.affiliateId } })}
          title={i.row.original.affiliateEmail}
        >
          {i.getValue()}
        </Button>
      ),
    }),
    // Each amount in a phone's card carries its currency already.
    column.accessor('currency', { header: t('balances.currency'), meta: { phone: 'hidden' } }),
    money('holdMinor', t('balances.hold')),
    money('approvedMinor', t('balances.approved')),
    money('inPayoutMinor', t('balances.inPayout')),
    money('paidMinor', t('balances.paid')),
  ];
  return (
    <>
      <PageHeader title={t('balances.title')} description={t('balances.description')} />
      <QueryState query={query}>
        {(all) => {
          const rows = affiliate ? all.filter((r) => r.affiliateId === affiliate) : all;
          if (all.length === 0)
            return <EmptyState title={t('balances.emptyTitle')} description={t('balances.emptyDescription')} />;
          return (
            <Stack gap="lg">
              {affiliate && (
                <Group gap="sm">
                  <Text size="sm" fw={600}>
                    {t('balances.filtered')}
                  </Text>
                  <Button variant="default" size="xs" onClick={() => void navigate({ search: {} })}>
                    {t('balances.showAll')}
                  </Button>
                </Group>
              )}
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {totalsPerCurrency(rows).map((sum) => (
                  <SectionCard
                    title={sum.currency}
                    description={t('balances.affiliates', { count: sum.affiliates })}
                    key={sum.currency}
                    data-testid="currency-totals"
                  >
                    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
                      {(
                        [
                          ['hold', sum.holdMinor],
                          ['approved', sum.approvedMinor],
                          ['inPayout', sum.inPayoutMinor],
                          ['paid', sum.paidMinor],
                        ] as const
                      ).map(([key, minor]) => (
                        <div key={key}>
                          <Text size="sm" c="dimmed">
                            {t(`balances.${key}`)}
                          </Text>
                          <MoneyText minor={minor} currency={sum.currency} fw={700} fz="lg" />
                        </div>
                      ))}
                    </SimpleGrid>
                  </SectionCard>
                ))}
              </SimpleGrid>
              <DataTable
                caption={t('balances.title')}
                columns={columns}
                data={rows}
                getRowId={(row) => `${row.affiliateId}:${row.currency}`}
                empty={<EmptyState title={t('balances.emptyTitle')} />}
              />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
