import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';

type Commission = {
  commissionType: 'percent' | 'fixed' | 'hybrid';
  commissionRateBps: number | null;
  commissionFixedMinor: number | null;
  currency: string;
};

/** "30 %", "$5.00" or "10 % + $2.00", in the UI language; overrides may replace the rate or the amount. */
export function useCommissionText(): (c: Commission) => string {
  const { i18n } = useTranslation();
  return (c) => {
    const parts: string[] = [];
    if (c.commissionType !== 'fixed' && c.commissionRateBps !== null)
      parts.push(formatPercent(c.commissionRateBps / 10_000, i18n.language, 2));
    if (c.commissionType !== 'percent' && c.commissionFixedMinor !== null)
      parts.push(formatMoney(c.commissionFixedMinor, c.currency, i18n.language));
    return parts.join(' + ');
  };
}
