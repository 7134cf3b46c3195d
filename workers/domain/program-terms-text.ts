import type { AttributionRule } from '../../schema/enums';
import type { CommissionTerms } from './commission-terms';
import { type LandingLocale, landingWords } from './landing-words';
import { moneyText, percentText } from './money-text';

export interface TermsText {
  /**
   * The headline, renewals included: "30 % per conversion and 30 % of every renewal, for the customer’s lifetime"
   * (the hero, the meta description and the offers say this; a lifetime share must never read as one payment).
   */
  commission: string;
  /** Every term as a sentence, what a conversion pays first, then renewals. */
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
  const first = terms.payoutModel === 'cpc' ? w.perClick(commission) : w.perConversion(commission);
  const rebillRate = terms.recurringRateBps !== null ? percentText(terms.recurringRateBps, locale) : commission;
  const rebills =
    terms.payoutModel === 'cpc'
      ? null
      : terms.recurringMode === 'lifetime'
        ? w.rebillsLifetime(rebillRate)
        : terms.recurringMode === 'months' && terms.recurringMonths !== null
          ? w.rebillsMonths(terms.recurringMonths, rebillRate)
          : null;
  const headline = rebills ? w.withRenewals(first, rebills) : first;
  const lines = [first];
  if (terms.payoutModel !== 'cpc') lines.push(rebills ?? w.noRebills);
  lines.push(`${w.cookie(facts.cookieDays)}; ${w.attribution[facts.attributionRule]}`);
  lines.push(w.hold(terms.holdDays));
  const upline = terms.multiLevelRatesBps.filter((bps) => bps > 0);
  if (upline.length > 0) lines.push(w.upline(upline.map((bps) => percentText(bps, locale)).join(' / ')));
  return { commission: headline, lines };
}
