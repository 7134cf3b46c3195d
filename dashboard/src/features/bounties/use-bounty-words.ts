import type { BountyMetric } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';

/**
 * A bounty's terms in words, the same for advertisers and affiliates: the goal ("10 sales", "500.00 USD
 * in sales"), the prize, and the dates (the end is exclusive, so the last day shown is the day before).
 */
export function useBountyWords() {
  const { t, i18n } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const locale = i18n.language;
  return {
    goal: (goal: { metric: BountyMetric; target: number }, currency: string) =>
      goal.metric === 'sale_amount'
        ? t('goal.sale_amount', { amount: formatMoney(goal.target, currency, locale) })
        : t(`goal.${goal.metric}`, { count: goal.target, formatted: formatNumber(goal.target, locale) }),
    prize: (bonus: { amountMinor: number; currency: string }) =>
      t('prize', { amount: formatMoney(bonus.amountMinor, bonus.currency, locale) }),
    dates: (startsAt: string, endsAt: string) =>
      t('dates', {
        from: formatDate(startsAt, locale),
        to: formatDate(new Date(new Date(endsAt).getTime() - 1), locale),
      }),
    winners: (winners: number, max: number | null) =>
      max === null ? t('winnersOpen', { count: winners }) : t('winnersOf', { count: winners, max }),
  };
}
