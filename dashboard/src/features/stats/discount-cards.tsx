import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import { useDiscountSummary } from './queries/org-stats';
import { QueryState } from '@/ui/query-state';
import { StatCard } from './stat-card';

/**
 * Discounts given to referred customers against revenue, per currency where Stripe reported them;
 * nothing at all while no sale of the range had one, so programs without discounts see no empty cards.
 */
export function DiscountCards({ orgId, from, to }: { orgId: string; from?: string; to?: string }) {
  const { t, i18n } = useTranslation('orgconversions');
  const query = useDiscountSummary(orgId, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
  return (
    <QueryState query={query}>
      {(summary) => {
        const rows = summary.items.filter((r) => r.discountedSales > 0);
        if (rows.length === 0) return null;
        return (
          // Lined up with the headline's cards above (three on wide screens), and spaced from the chart below as they are.
          <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" mb="lg" data-testid="discount-cards">
            {rows.map((r) => (
              <StatCard
                key={r.currency}
                testId={`card-discounts-${r.currency}`}
                label={t('stats.discounts.given', { currency: r.currency })}
                value={formatMoney(r.discountMinor, r.currency, i18n.language)}
                delta={
                  <Text size="sm" c="dimmed">
                    {t('stats.discounts.detail', {
                      discounted: r.discountedSales,
                      sales: r.sales,
                      share: formatPercent(
                        r.revenueMinor > 0 ? r.discountMinor / (r.revenueMinor + r.discountMinor) : 0,
                        i18n.language,
                      ),
                    })}
                  </Text>
                }
              />
            ))}
          </SimpleGrid>
        );
      }}
    </QueryState>
  );
}
