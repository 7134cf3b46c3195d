import { Alert, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatUtcDay } from '@/lib/format';
import type { OrganizationPlan, UsageMeter } from './queries/plans';
import { allowanceText, PLAN_LIMITS, priceText } from './limit-text';
import { PlanSourceNote } from './plan-source-note';

function MeterCard({ meter }: { meter: UsageMeter }) {
  const { t, i18n } = useTranslation('plans');
  const lng = i18n.language;
  const label = t(`limits.${meter.limit}`);
  if (meter.limit === 'whiteLabel') {
    return (
      <Paper withBorder p="md" radius="md" data-testid={`meter-${meter.limit}`}>
        <Text fw={600}>{label}</Text>
        <Group gap="xs" mt="xs">
          <Badge variant="light" color={meter.allowed === 0 ? 'gray' : 'teal'}>
            {meter.allowed === 0 ? t('usage.notIncluded') : t('usage.included')}
          </Badge>
          <Text size="sm" c="dimmed">
            {meter.used > 0 ? t('usage.inUse') : t('usage.notInUse')}
          </Text>
        </Group>
        {meter.allowed === 0 && meter.used > 0 && (
          <Text size="sm" c="orange" mt="xs">
            {t('usage.over')}
          </Text>
        )}
      </Paper>
    );
  }
  const over = meter.percent !== null && meter.percent > 100;
  const color =
    meter.percent === null ? 'teal' : meter.percent >= 100 ? 'red' : meter.percent >= 80 ? 'orange' : 'teal';
  return (
    <Paper withBorder p="md" radius="md" data-testid={`meter-${meter.limit}`}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={600}>{label}</Text>
        {meter.percent !== null && (
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {formatNumber(meter.percent, lng)} %
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {meter.allowed === null
          ? t('usage.usedUnlimited', { used: formatNumber(meter.used, lng) })
          : t('usage.ofAllowed', { used: formatNumber(meter.used, lng), allowed: formatNumber(meter.allowed, lng) })}
      </Text>
      <Progress.Root mt="sm">
        <Progress.Section
          value={meter.percent === null ? 0 : Math.min(100, meter.percent)}
          color={color}
          aria-label={label}
          aria-valuetext={meter.allowed === null ? t('usage.unlimited') : `${meter.percent ?? 0} %`}
        />
      </Progress.Root>
      {meter.allowed === null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('usage.unlimited')}
        </Text>
      )}
      {over && (
        <Text size="sm" c="red" mt="xs">
          {meter.limit === 'clicks' ? t('usage.clicksOver') : t('usage.over')}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The advertiser's plan, its meters and the plans on offer side by side. Without billing on this
 * installation there is no page to change the plan on: the hint says who changes it instead.
 */
export function PlanUsageView({
  orgId,
  data,
  billingEnabled,
}: {
  orgId: string;
  data: OrganizationPlan;
  billingEnabled: boolean;
}) {
  const { t, i18n } = useTranslation('plans');
  const lng = i18n.language;
  const { plan } = data;
  const words = { unlimited: t('usage.unlimited'), yes: t('yes'), no: t('no') };
  const price =
    data.billingPeriod === 'yearly'
      ? t('usage.price.yearly', { price: priceText(plan.yearlyPriceMinor, plan.currency, lng) })
      : t('usage.price.monthly', { price: priceText(plan.monthlyPriceMinor, plan.currency, lng) });
  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('usage.current')}
            </Text>
            <Title order={2} fz="h3" data-testid="current-plan">
              {plan.name}
            </Title>
            <PlanSourceNote source={data.source} />
            {/* A price and a billing cycle only where a subscription really charges them. */}
            {data.source === 'subscription' ? (
              <Text data-testid="plan-price">
                {price} · {t(`usage.period.${data.billingPeriod}`)}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" data-testid="plan-not-billed">
                {t(`usage.notBilled.${data.source}`)}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('usage.periodStart', { date: formatUtcDay(data.periodStart, lng) })}
            </Text>
          </Stack>
          {/* The billing page is its own feature; a plain link keeps this page independent of its route. */}
          {billingEnabled && (
            <Button component="a" href={`/orgs/${orgId}/billing`} variant="filled">
              {data.source === 'subscription' ? t('usage.changePlan') : t('usage.subscribe')}
            </Button>
          )}
        </Group>
        <Alert mt="md" variant="light" data-testid="plan-change-hint">
          {!billingEnabled
            ? t('usage.noBillingHint')
            : data.source === 'subscription'
              ? t('usage.changeHint')
              : t('usage.subscribeHint')}
        </Alert>
      </Paper>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('usage.metersTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {data.meters.map((m) => (
            <MeterCard key={m.limit} meter={m} />
          ))}
        </SimpleGrid>
      </Stack>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('usage.compareTitle')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="plan-comparison">
            {/* The heading above already shows the name; the caption names the table for screen readers only. */}
            <Table.Caption className="visually-hidden">{t('usage.compareTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('usage.feature')}</Table.Th>
                {data.offered.map((p) => (
                  <Table.Th scope="col" key={p.id}>
                    <Stack gap={2}>
                      <Text fw={700} size="sm">
                        {p.name}
                      </Text>
                      {p.id === plan.id && (
                        <Badge size="xs" variant="light" styles={{ label: { overflow: 'visible' } }}>
                          {t('usage.yours')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('columns.monthly')}</Table.Th>
                {data.offered.map((p) => (
                  <Table.Td key={p.id}>{priceText(p.monthlyPriceMinor, p.currency, lng)}</Table.Td>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('columns.yearly')}</Table.Th>
                {data.offered.map((p) => (
                  <Table.Td key={p.id}>{priceText(p.yearlyPriceMinor, p.currency, lng)}</Table.Td>
                ))}
              </Table.Tr>
              {PLAN_LIMITS.map((limit) => (
                <Table.Tr key={limit}>
                  <Table.Th scope="row">{t(`columns.${limit}`)}</Table.Th>
                  {data.offered.map((p) => (
                    <Table.Td key={p.id}>{allowanceText(p, limit, lng, words)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Stack>
  );
}
