import { effectiveTerms } from '@domain/commission-terms';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { ProgramGroup } from './queries/program-groups';
import { useCommissionText } from '@/features/programs';
import type { GroupProgram } from './group-form-values';

const NO_OVERRIDES = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };

/**
 * A group's terms as its members get them, in one sentence: what the group sets first, then what stays the
 * program's ("40 % per conversion, held 7 days; as the program: no rebills, upline 10 % / 3 %"), then its spend
 * limits ("at most $500.00 a month"). The terms come
 * from effectiveTerms, the rule commissions are computed by.
 */
export function useGroupTermsSentence(): (group: ProgramGroup, program: GroupProgram & { id: string }) => string {
  const { t, i18n } = useTranslation('groups');
  const commissionText = useCommissionText();
  const percent = (bps: number) => formatPercent(bps / 10_000, i18n.language, 2);
  return (group, program) => {
    // The versions only label recorded commissions; a sentence has none.
    const terms = effectiveTerms({ ...program, version: 0 }, NO_OVERRIDES, { ...group, version: 0 });
    const commission = commissionText({
      commissionType: terms.commissionType,
      commissionRateBps: terms.rateBps,
      commissionFixedMinor: terms.fixedMinor,
      currency: terms.currency,
    });
    const rebillRate = terms.recurringRateBps !== null ? percent(terms.recurringRateBps) : commission;
    const parts: [boolean, string][] = [
      [
        terms.fromGroup.type || terms.fromGroup.rate || terms.fromGroup.fixed,
        t(program.payoutModel === 'cpc' ? 'terms.perClick' : 'terms.perConversion', { value: commission }),
      ],
      [terms.fromGroup.hold, t('terms.hold', { count: terms.holdDays })],
      [
        terms.fromGroup.recurring,
        terms.recurringMode === 'lifetime'
          ? t('terms.recurringLifetime', { rate: rebillRate })
          : terms.recurringMode === 'months' && terms.recurringMonths !== null
            ? t('terms.recurringMonths', { count: terms.recurringMonths, rate: rebillRate })
            : t('terms.recurringNone'),
      ],
      [
        terms.fromGroup.upline,
        terms.multiLevelRatesBps.length === 0
          ? t('terms.noUpline')
          : t('terms.upline', { rates: terms.multiLevelRatesBps.map(percent).join(' / ') }),
      ],
    ];
    const own = parts.filter(([fromGroup]) => fromGroup).map(([, text]) => text);
    const inherited = parts.filter(([fromGroup]) => !fromGroup).map(([, text]) => text);
    const sentence =
      own.length === 0
        ? t('terms.allProgram', { terms: inherited.join(', ') })
        : inherited.length === 0
          ? own.join(', ')
          : t('terms.mixed', { own: own.join(', '), inherited: inherited.join(', ') });
    // Spend limits are the group's alone (a program has none), so they close the sentence: "…; at most $500 a month".
    const limits = group.spendLimits.map((l) =>
      t(`terms.limit.${l.period}`, { amount: formatMoney(l.maxMinor, l.currency, i18n.language) }),
    );
    const full = limits.length > 0 ? `${sentence}; ${t('terms.limits', { limits: limits.join(', ') })}` : sentence;
    return full.charAt(0).toUpperCase() + full.slice(1);
  };
}
