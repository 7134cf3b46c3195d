import type { AttributionRule } from '../../schema/enums';
import type { CommissionTerms } from './commission-terms';
import { type LandingLocale, landingWords } from './landing-words';
import { moneyText, percentText } from './money-text';

export interface TermsText {
  /** "30 % per conversion": the headline. */
  commission: string;
  /** Every term as a sentence, the headline first. */
  lines: string[];
}

/** "30 %", "$5.00" or "10 % + $2.00". */
export function commissionText(terms: CommissionTerms, locale: LandingLocale): string {
  const parts: string[] = [];
  if (terms.commissionType !== 'fixed' && terms.rateBps !== null) parts.push(percentText(terms.rateBps, locale));
  if (terms.commissionType !== 'percent' && terms.fixedMinor !== null)
    parts.push(moneyText(terms.fixedMinor, terms.currency, locale));
  return parts.join(' + ');
}

/**
 * What a program pays, as sentences for its public page, from the effective terms commissions are computed by
 * (a group's page passes its group to effectiveTerms), so the page can never promise what the ledger does not pay.
 */
export function programTermsText(
  terms: CommissionTerms,
  facts: { cookieDays: number; attributionRule: AttributionRule },
  locale: LandingLocale,
): TermsText {
  const w = landingWords(locale);
  const commission = commissionText(terms, locale);
  const headline = terms.payoutModel === 'cpc' ? w.perClick(commission) : w.perConversion(commission);
  const rebillRate = terms.recurringRateBps !== null ? percentText(terms.recurringRateBps, locale) : commission;
  const lines = [headline];
  if (terms.payoutModel !== 'cpc')
    lines.push(
      terms.recurringMode === 'lifetime'
        ? w.rebillsLifetime(rebillRate)
        : terms.recurringMode === 'months' && terms.recurringMonths !== null
          ? w.rebillsMonths(terms.recurringMonths, rebillRate)
          : w.noRebills,
    );
  lines.push(`${w.cookie(facts.cookieDays)}; ${w.attribution[facts.attributionRule]}`);
  lines.push(w.hold(terms.holdDays));
  const upline = terms.multiLevelRatesBps.filter((bps) => bps > 0);
  if (upline.length > 0) lines.push(w.upline(upline.map((bps) => percentText(bps, locale)).join(' / ')));
  return { commission: headline, lines };
}
