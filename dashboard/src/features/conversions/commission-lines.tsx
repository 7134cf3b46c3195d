import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatPercent } from '@/lib/format';
import type { ConversionDetail } from './queries/org-conversions';
import { CalculationText } from './calculation-text';
import { StatusBadge } from '@/ui/status-badge';
import { MoneyText } from '@/ui/money-text';
import { Fact } from './fact';

const numberOf = (value: unknown) => (typeof value === 'number' ? value : null);

/** Every line of the conversion with the inputs its amount was computed from, as stored when it was earned. */
export function CommissionLines({ detail }: { detail: ConversionDetail }) {
  const { t, i18n } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const lng = i18n.language;
  if (detail.commissions.length === 0) return <Text c="dimmed">{t('explanation.lines.none')}</Text>;
  return (
    <Stack gap="sm">
      {detail.commissions.map((line) => {
        const calc = line.calculation;
        const base = numberOf(calc.baseAmountMinor);
        const rate = numberOf(calc.rateBps);
        const fixed = numberOf(calc.fixedMinor);
        const beneficiary =
          line.level === 0 && detail.attribution?.affiliateEmail
            ? detail.attribution.affiliateEmail
            : line.beneficiaryId;
        return (
          <Paper key={line.id} withBorder p="md" radius="md" data-testid="commission-line">
            <Group justify="space-between" mb="xs" wrap="wrap">
              <Group gap="xs">
                <MoneyText minor={line.amountMinor} currency={line.currency} fw={700} fz="lg" />
                <StatusBadge status={line.status} />
                <Badge variant="light" color="gray" miw="fit-content">
                  {t(`explanation.lines.levels.${String(line.level) as '0'}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {te(`kinds.${line.kind}`)}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              <Fact label={t('explanation.lines.beneficiary')}>{beneficiary}</Fact>
              <Fact label={t('explanation.lines.calculation')}>
                <CalculationText calculation={calc} currency={line.currency} event={detail.conversion.type} />
              </Fact>
              {base !== null && (
                <Fact label={t('explanation.lines.base')}>{formatMoney(base, line.currency, lng)}</Fact>
              )}
              {rate !== null && <Fact label={t('explanation.lines.rate')}>{formatPercent(rate / 10_000, lng, 2)}</Fact>}
              {fixed !== null && (
                <Fact label={t('explanation.lines.fixed')}>{formatMoney(fixed, line.currency, lng)}</Fact>
              )}
              <Fact label={t('explanation.lines.holdUntil')}>{formatDate(line.holdUntil, lng)}</Fact>
            </SimpleGrid>
          </Paper>
        );
      })}
    </Stack>
  );
}
