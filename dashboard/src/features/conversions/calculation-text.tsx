import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { MyCommission } from './queries/my-conversions';

type CalculationTextProps = {
  calculation: Record<string, unknown>;
  currency: string;
  /** The conversion's event type, so a lead's line reads "of the lead amount", not "of the sale amount". */
  event?: RecordedEventType | undefined;
};

type RecordedEventType = MyCommission['conversion']['type'];

const RULES = ['percent', 'fixed', 'hybrid', 'declared', 'upline', 'reversal', 'cpc', 'bonus'] as const;
type Rule = (typeof RULES)[number];

/**
 * How a line's amount was computed, in the UI language, from the calculation's inputs. The stored English
 * formula names the sale amount, which is the advertiser's revenue, so it is not shown to the affiliate.
 */
export function CalculationText({ calculation, currency, event }: CalculationTextProps) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const rule = (RULES as readonly string[]).includes(String(calculation.rule)) ? (calculation.rule as Rule) : null;
  const rateBps = typeof calculation.rateBps === 'number' ? calculation.rateBps : null;
  const fixedMinor = typeof calculation.fixedMinor === 'number' ? calculation.fixedMinor : null;
  const level = typeof calculation.level === 'number' ? calculation.level : 0;
  const clicks = typeof calculation.clicks === 'number' ? formatNumber(calculation.clicks, lng) : '—';
  const rate = rateBps === null ? '—' : formatPercent(rateBps / 10_000, lng, 2);
  const fixed = fixedMinor === null ? '—' : formatMoney(fixedMinor, currency, lng);
  const cut = spendLimitCut(calculation.spendLimit);
  const money = (minor: number) => (cut ? formatMoney(minor, cut.cutBy.currency, lng) : '');
  const capped = cut
    ? t(`calculation.spendLimit.${cut.cutBy.period}`, {
        paid: money(cut.paidMinor),
        max: money(cut.cutBy.maxMinor),
        earned: money(cut.cutBy.earnedMinor),
      })
    : null;
  if (!rule) return <>{t('calculation.other')}</>;
  const noun = t(`eventNouns.${event ?? 'any'}`);
  const text = t(`calculation.${rule}`, { rate, fixed, level, clicks, event: noun });
  return <>{capped ? `${text}; ${capped}` : text}</>;
}

const PERIODS = ['day', 'week', 'month', 'total'] as const;
type CutBy = { period: (typeof PERIODS)[number]; maxMinor: number; currency: string; earnedMinor: number };

/** The group's spend limit that cut the line, when one did (the calculation's `spendLimit`, written by the earn path). */
function spendLimitCut(value: unknown): { cutBy: CutBy; paidMinor: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { cutBy, paidMinor } = value as { cutBy?: CutBy | null; paidMinor?: number };
  if (!cutBy || typeof paidMinor !== 'number' || !PERIODS.includes(cutBy.period)) return null;
  return { cutBy, paidMinor };
}
