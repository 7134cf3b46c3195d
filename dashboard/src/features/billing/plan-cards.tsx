import { Badge, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { type BillingOverview, type BillingPlan, useStartCheckout } from './queries/billing';
import { ErrorState } from '@/ui/error-state';

type Props = { orgId: string; data: BillingOverview; period: 'monthly' | 'yearly'; canBuy: boolean };

/** Whole percent saved by paying yearly instead of twelve months (the plans are priced at −20 %). */
const yearlySaving = (p: BillingPlan) =>
  p.monthlyPriceMinor > 0 ? Math.round(100 - (p.yearlyPriceMinor * 100) / (p.monthlyPriceMinor * 12)) : 0;

/** One card per plan with its price in the chosen period and, for the owner, Upgrade/Downgrade. */
export function PlanCards({ orgId, data, period, canBuy }: Props) {
  const { t, i18n } = useTranslation('billing');
  const checkout = useStartCheckout(orgId);
  const current = data.plans.find((p) => p.id === data.planId);
  // Current means paid for: a plan the platform gave is the organization's, but can still be subscribed to.
  const paid = data.source === 'subscription';
  return (
    <Stack gap="sm">
      {checkout.isError && <ErrorState error={checkout.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {data.plans.map((plan) => {
          const isCurrent = paid && plan.id === data.planId && period === data.billingPeriod;
          const unpaidCurrent = !paid && plan.id === data.planId;
          const price = period === 'yearly' ? plan.yearlyPriceMinor : plan.monthlyPriceMinor;
          const rank = (p: BillingPlan | undefined) => (p ? p.monthlyPriceMinor : 0);
          const label = isCurrent
            ? null
            : unpaidCurrent
              ? t('plans.subscribe')
              : rank(plan) >= rank(current)
                ? t('plans.upgrade')
                : t('plans.downgrade');
          const saving = yearlySaving(plan);
          return (
            <Card key={plan.id} withBorder padding="md" data-testid={`plan-${plan.code}`}>
              <Stack gap="xs">
                <Title order={3} size="h4">
                  {plan.name}
                </Title>
                <Text fw={700} size="xl">
                  {formatMoney(price, plan.currency, i18n.language)}
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {period === 'yearly' ? t('plans.perYear') : t('plans.perMonth')}
                  </Text>
                </Text>
                {period === 'yearly' && saving > 0 && (
                  <Badge color="teal" variant="light">
                    {t('plans.save', { percent: saving })}
                  </Badge>
                )}
                {unpaidCurrent && (
                  <Badge variant="outline" color="gray" styles={{ label: { overflow: 'visible' } }}>
                    {t('plans.yoursNotBilled')}
                  </Badge>
                )}
                {isCurrent ? (
                  <Badge variant="outline">{t('plans.current')}</Badge>
                ) : (
                  canBuy &&
                  label && (
                    <Button
                      loading={checkout.isPending && checkout.variables?.planId === plan.id}
                      disabled={checkout.isPending}
                      onClick={() =>
                        checkout.mutate(
                          { planId: plan.id, period },
                          { onSuccess: ({ url }) => window.location.assign(url) },
                        )
                      }
                      aria-label={t('plans.buyLabel', { action: label, plan: plan.name })}
                    >
                      {label}
                    </Button>
                  )
                )}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
