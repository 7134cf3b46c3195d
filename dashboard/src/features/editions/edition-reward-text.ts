import type { TFunction } from 'i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { EditionApp } from './queries/my-editions';

/** "30 % of every sale, for 12 months" in the reader's language: what one of the app's editions earns. */
export function editionRewardText(reward: EditionApp['reward'], t: TFunction<'editions'>, lng: string): string {
  const amount =
    reward.type === 'percent'
      ? formatPercent((reward.rateBps ?? 0) / 10_000, lng, 2)
      : formatMoney(reward.fixedMinor ?? 0, reward.currency, lng);
  const base = t(reward.type === 'percent' ? 'reward.percent' : 'reward.fixed', { amount });
  if (reward.recurringMode === 'lifetime') return t('reward.lifetime', { base });
  if (reward.recurringMode === 'months') return t('reward.months', { base, count: reward.recurringMonths ?? 0 });
  return t('reward.once', { base });
}
