import { Badge, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDate, formatDateTime, formatUtcDay } from '@/lib/format';
import type { MyConversionExplanation } from './queries/my-conversions';
import { MoneyText } from '@/ui/money-text';
import { CalculationText } from './calculation-text';
import { StatusBadge } from '@/ui/status-badge';
import { useDeviceLabel } from '@/features/stats';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Click → event → commission inputs → payout, one step each, for one conversion the affiliate earned. */
export function ExplanationSteps({ explanation }: { explanation: MyConversionExplanation }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const { click, conversion, lines } = explanation;
  const payouts = lines.filter((l) => l.payout);
  return (
    <Timeline active={3} bulletSize={28} lineWidth={2} data-testid="explanation">
      <Timeline.Item
        bullet={<span aria-hidden>1</span>}
        title={
          <Title order={2} fz="h4">
            {t('explanation.click.title')}
          </Title>
        }
      >
        <Paper withBorder p="md" radius="md" mt="xs" mb="lg">
          {click ? (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              <Fact label={t('clickLookup.clickedAt')}>{formatDateTime(click.clickedAt, lng)}</Fact>
              <Fact label={t('clickLookup.country')}>
                {click.country ? formatCountry(click.country, lng) : t('stats.breakdown.unknownCountry')}
              </Fact>
              <Fact label={t('clickLookup.device')}>{deviceLabel(click.deviceType)}</Fact>
              <Fact label={t('explanation.click.landing')}>{click.landingHost ?? '—'}</Fact>
              <Fact label={t('explanation.click.id')}>
                <Text span ff="monospace" size="sm">
                  {click.id}
                </Text>
              </Fact>
            </SimpleGrid>
          ) : conversion.type === 'click' ? (
            <Text c="dimmed">{t('explanation.click.credit', { day: formatUtcDay(conversion.occurredAt, lng) })}</Text>
          ) : (
            <Text c="dimmed">
              {t('explanation.click.none', { method: t(`attribution.${conversion.attributionMethod ?? 'coupon'}`) })}
            </Text>
          )}
        </Paper>
      </Timeline.Item>
      <Timeline.Item
        bullet={<span aria-hidden>2</span>}
        title={
          <Title order={2} fz="h4">
            {t('explanation.event.title')}
          </Title>
        }
      >
        <Paper withBorder p="md" radius="md" mt="xs" mb="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <Fact label={t('conversions.columns.type')}>{t(`eventTypes.${conversion.type}`)}</Fact>
            <Fact label={t('conversions.columns.occurredAt')}>{formatDateTime(conversion.occurredAt, lng)}</Fact>
            <Fact label={t('conversions.columns.status')}>
              <StatusBadge status={conversion.status} />
            </Fact>
            <Fact label={t('conversions.columns.attribution')}>
              {conversion.attributionMethod ? t(`attribution.${conversion.attributionMethod}`) : '—'}
            </Fact>
            <Fact label={t('conversions.columns.program')}>{conversion.programName ?? '—'}</Fact>
            {conversion.rejectReason && (
              <Fact label={t('explanation.event.rejectReason')}>{conversion.rejectReason}</Fact>
            )}
          </SimpleGrid>
        </Paper>
      </Timeline.Item>
      <Timeline.Item
        bullet={<span aria-hidden>3</span>}
        title={
          <Title order={2} fz="h4">
            {t('explanation.lines.title')}
          </Title>
        }
      >
        <Stack gap="sm" mt="xs" mb="lg">
          {lines.length === 0 ? (
            <Paper withBorder p="md" radius="md">
              <Text c="dimmed">{t('conversions.nothingEarned')}</Text>
            </Paper>
          ) : (
            lines.map((line) => (
              <Paper key={line.id} withBorder p="md" radius="md" data-testid="explanation-line">
                <Group justify="space-between" mb="xs" wrap="wrap">
                  <Group gap="xs">
                    <MoneyText minor={line.amountMinor} currency={line.currency} fw={700} fz="lg" />
                    <StatusBadge status={line.status} />
                    <Badge variant="light" color="gray">
                      {line.level === 0 ? t(`ownEvent.${conversion.type}`) : t(`levels.${String(line.level) as '1'}`)}
                    </Badge>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t(`kinds.${line.kind}`)}
                  </Text>
                </Group>
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                  <Fact label={t('commissions.columns.calculation')}>
                    <CalculationText calculation={line.calculation} currency={line.currency} event={conversion.type} />
                  </Fact>
                  <Fact label={t('commissions.columns.holdUntil')}>{formatDate(line.holdUntil, lng)}</Fact>
                  <Fact label={t('explanation.lines.approvedAt')}>
                    {line.approvedAt ? formatDateTime(line.approvedAt, lng) : '—'}
                  </Fact>
                  {line.reason && <Fact label={t('explanation.lines.reason')}>{line.reason}</Fact>}
                </SimpleGrid>
              </Paper>
            ))
          )}
        </Stack>
      </Timeline.Item>
      <Timeline.Item
        bullet={<span aria-hidden>4</span>}
        title={
          <Title order={2} fz="h4">
            {t('explanation.payout.title')}
          </Title>
        }
      >
        <Paper withBorder p="md" radius="md" mt="xs">
          {payouts.length === 0 ? (
            <Text c="dimmed">{t('explanation.payout.none')}</Text>
          ) : (
            <Stack gap="sm">
              {payouts.map((line) => (
                <SimpleGrid key={line.id} cols={{ base: 1, xs: 3 }} spacing="sm" data-testid="explanation-payout">
                  <Fact label={t('payouts.columns.status')}>
                    <StatusBadge status={line.payout!.status === 'success' ? 'paid' : line.payout!.status} />
                  </Fact>
                  <Fact label={t('payouts.columns.paidAt')}>
                    {line.payout!.paidAt ? formatDateTime(line.payout!.paidAt, lng) : '—'}
                  </Fact>
                  <Fact label={t('commissions.columns.amount')}>
                    <MoneyText minor={line.amountMinor} currency={line.currency} />
                  </Fact>
                </SimpleGrid>
              ))}
            </Stack>
          )}
        </Paper>
      </Timeline.Item>
    </Timeline>
  );
}
