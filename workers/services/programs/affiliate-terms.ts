import { programs } from '../../../schema';

/**
 * The program terms an affiliate may see, in one place: never revenue, caps, fraud thresholds,
 * postback secrets or anything else only the advertiser should know.
 */
export const affiliateProgramTerms = {
  id: programs.id,
  name: programs.name,
  payoutModel: programs.payoutModel,
  commissionType: programs.commissionType,
  commissionRateBps: programs.commissionRateBps,
  commissionFixedMinor: programs.commissionFixedMinor,
  currency: programs.currency,
  recurringMode: programs.recurringMode,
  recurringMonths: programs.recurringMonths,
  recurringRateBps: programs.recurringRateBps,
  multiLevelRatesBps: programs.multiLevelRatesBps,
  holdDays: programs.holdDays,
  cancelVoidsWithinDays: programs.cancelVoidsWithinDays,
  cookieDays: programs.cookieDays,
  attributionRule: programs.attributionRule,
  onboardingBrief: programs.onboardingBrief,
  goals: programs.goals,
};
