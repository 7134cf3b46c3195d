import { Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { MarketplaceProgram } from './queries/marketplace';

/** The terms both the marketplace and the affiliate's own programs show; the API names them the same. */
export type ProgramTermsValues = Pick<
  MarketplaceProgram,
  | 'payoutModel'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'currency'
  | 'recurringMode'
  | 'recurringMonths'
  | 'recurringRateBps'
  | 'multiLevelRatesBps'
  | 'holdDays'
  | 'cancelVoidsWithinDays'
  | 'cookieDays'
  | 'attributionRule'
>;

const bpsToRatio = (bps: number) => bps / 10_000;

/** The commission of one conversion: a rate, an amount, or both for hybrid programs. */
export function useCommissionText(terms: ProgramTermsValues): string {
  const { i18n } = useTranslation();
  const rate =
    terms.commissionRateBps !== null ? formatPercent(bpsToRatio(terms.commissionRateBps), i18n.language, 2) : null;
  const fixed =
    terms.commissionFixedMinor !== null ? formatMoney(terms.commissionFixedMinor, terms.currency, i18n.language) : null;
  return [rate, fixed].filter(Boolean).join(' + ');
}

/** A program's terms as a definition list: two columns on wide screens, one on phones. */
export function ProgramTerms({ terms }: { terms: ProgramTermsValues }) {
  const { t, i18n } = useTranslation('programs');
  const commission = useCommissionText(terms);
  const levels = terms.multiLevelRatesBps
    .map((bps, index) => t('terms.level', { level: index + 1, rate: formatPercent(bpsToRatio(bps), i18n.language, 2) }))
    .join(', ');
  const recurringRate =
    terms.recurringRateBps !== null ? formatPercent(bpsToRatio(terms.recurringRateBps), i18n.language, 2) : commission;
  const recurring =
    terms.recurringMode === 'lifetime'
      ? t('terms.recurringLifetime', { rate: recurringRate })
      : terms.recurringMode === 'months' && terms.recurringMonths !== null
        ? t('terms.recurringMonths', { count: terms.recurringMonths, rate: recurringRate })
        : t('terms.recurringNone');

  const rows: [string, string][] = [
    [t('terms.model'), t(`model.${terms.payoutModel}`)],
    [t('terms.commission'), `${commission} · ${t(`commissionType.${terms.commissionType}`)}`],
    [t('terms.levels'), levels || t('terms.noLevels')],
    [t('terms.currency'), terms.currency],
    [t('terms.hold'), t('terms.days', { count: terms.holdDays })],
    [t('terms.cookie'), t('terms.days', { count: terms.cookieDays })],
    [t('terms.recurring'), recurring],
    [
      t('terms.cancellation'),
      terms.cancelVoidsWithinDays === null
        ? t('terms.cancellationEndsRecurring')
        : t('terms.cancellationVoids', { count: terms.cancelVoidsWithinDays }),
    ],
    [t('terms.attribution'), t(`attribution.${terms.attributionRule}`)],
  ];
  return (
    <SimpleGrid component="dl" cols={2} spacing="md" verticalSpacing="xs" m={0}>
      {rows.map(([label, value]) => (
        <Box key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {value}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
