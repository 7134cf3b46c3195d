import { Alert, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { formatDate } from '@/lib/format';
import { type BillingOverview, useBilling, useOpenPortal } from './queries/billing';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { PageHeader } from '@/ui/page-header';
import { PlanSourceNote } from '@/features/plans';
import { PlanCards } from './plan-cards';

type Props = { orgId: string; returnedFrom: 'success' | 'canceled' | 'updated' | 'returned' | undefined };

/** Billing: the subscription's state, a grace warning, the plans to buy and Stripe's portal. */
export function BillingPage({ orgId, returnedFrom }: Props) {
  const { t } = useTranslation('billing');
  const billingEnabled = useRouteContext({
    from: '/_app/orgs/$orgId',
    select: (context) => context.organization.billingEnabled,
  });
  const query = useBilling(orgId, billingEnabled);
  const access = useOrgAccess();
  // Owners buy; platform staff may act for them. Everyone else reads.
  const canBuy = !access.readOnly && (access.role === 'owner' || access.role === 'platform_staff');
  const [period, setPeriod] = useState<'monthly' | 'yearly'>('monthly');
  const portal = useOpenPortal(orgId);

  let body: ReactNode;
  // Reached by its URL while the nav hides it: say billing is off (the API would answer billing_disabled).
  const disabled =
    !billingEnabled || (query.isError && query.error instanceof ApiError && query.error.code === 'billing_disabled');
  if (disabled)
    body = (
      <Alert color="gray" title={t('disabled.title')} data-testid="billing-disabled">
        {t('disabled.body')}
      </Alert>
    );
  else if (query.isPending) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else
    body = (
      <Stack gap="lg">
        <Status data={query.data} />
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            {t('plans.title')}
          </Title>
          <SegmentedControl
            aria-label={t('plans.periodLabel')}
            value={period}
            onChange={(v) => setPeriod(v === 'yearly' ? 'yearly' : 'monthly')}
            data={[
              { value: 'monthly', label: t('plans.monthly') },
              { value: 'yearly', label: t('plans.yearly') },
            ]}
          />
        </Group>
        <PlanCards orgId={orgId} data={query.data} period={period} canBuy={canBuy} />
      </Stack>
    );

  const hasAccount = query.data?.subscription != null;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canBuy && hasAccount ? (
            <Button
              variant="default"
              loading={portal.isPending}
              onClick={() =>
                portal.mutate(undefined, {
                  onSuccess: ({ url }) => window.location.assign(url),
                })
              }
            >
              {t('manage')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        {returnedFrom && <ReturnNotice kind={returnedFrom} />}
        {portal.isError && <ErrorState error={portal.error} />}
        {body}
      </Stack>
    </>
  );
}

function ReturnNotice({ kind }: { kind: NonNullable<Props['returnedFrom']> }) {
  const { t } = useTranslation('billing');
  return (
    <Alert color={kind === 'canceled' ? 'yellow' : 'green'} role="status" data-testid="billing-return">
      {t(`returned.${kind}`)}
    </Alert>
  );
}

function Status({ data }: { data: BillingOverview }) {
  const { t, i18n } = useTranslation('billing');
  const current = data.plans.find((p) => p.id === data.planId);
  const sub = data.subscription;
  const status = sub?.status ?? 'none';
  const color = status === 'active' ? 'green' : status === 'past_due' ? 'orange' : 'gray';
  return (
    <Stack gap="sm">
      {sub?.status === 'past_due' && sub.graceUntil && !sub.downgradedAt && (
        <Alert color="orange" title={t('grace.title')} role="alert" data-testid="grace-banner">
          {t('grace.body', { date: formatDate(sub.graceUntil, i18n.language) })}
        </Alert>
      )}
      {sub?.downgradedAt && sub.status === 'past_due' && (
        <Alert color="red" title={t('grace.endedTitle')} role="alert">
          {t('grace.endedBody')}
        </Alert>
      )}
      <Card withBorder padding="md" data-testid="billing-status">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <div>
            <Text size="sm" c="dimmed">
              {t('status.plan')}
            </Text>
            <Text fw={600} data-testid="current-plan">
              {current?.name ?? '—'}
              {data.source === 'subscription' && ` · ${t(`plans.${data.billingPeriod}`)}`}
            </Text>
            <PlanSourceNote source={data.source} />
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('status.subscription')}
            </Text>
            <Badge color={color} variant="light">
              {t(`status.values.${status}`)}
            </Badge>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {sub?.cancelAtPeriodEnd ? t('status.endsOn') : t('status.renewsOn')}
            </Text>
            <Text>
              {data.source === 'subscription' && sub?.currentPeriodEnd
                ? formatDate(sub.currentPeriodEnd, i18n.language)
                : t('status.noRenewal')}
            </Text>
          </div>
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
