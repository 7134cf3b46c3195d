import type { TaxFormRequirement } from '../../schema/enums';

export interface TaxFormPolicy {
  formRequirement: TaxFormRequirement;
  thresholdMinor: number | null;
  thresholdCurrency: string | null;
}

/**
 * Whether an affiliate must have a valid form before this payout: always, never, or above_amount once
 * what the advertiser paid them this calendar year plus this payout reaches the amount. An amount in
 * another currency than the payout's cannot be compared without a rate, so the form is asked for.
 */
export function taxFormNeeded(
  policy: TaxFormPolicy,
  payout: { currency: string; paidThisYearMinor: number; payoutMinor: number },
): boolean {
  if (policy.formRequirement === 'never') return false;
  if (policy.formRequirement === 'always') return true;
  if (policy.thresholdCurrency !== payout.currency || policy.thresholdMinor === null) return true;
  return payout.paidThisYearMinor + payout.payoutMinor > policy.thresholdMinor;
}
