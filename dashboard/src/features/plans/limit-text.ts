import { formatMoney, formatNumber } from '@/lib/format';
import type { Plan } from './queries/plans';

export const PLAN_LIMITS = [
  'clicks',
  'programs',
  'affiliates',
  'customDomains',
  'campaignSends',
  'editions',
  'whiteLabel',
] as const;
export type PlanLimitKey = (typeof PLAN_LIMITS)[number];

/** A plan's allowance for one limit as the comparison shows it; `unlimited` and yes/no come from the caller's words. */
export function allowanceText(
  plan: Plan,
  limit: PlanLimitKey,
  lng: string,
  words: { unlimited: string; yes: string; no: string },
): string {
  if (limit === 'whiteLabel') return plan.whiteLabel ? words.yes : words.no;
  const value =
    limit === 'clicks'
      ? plan.maxClicksMonthly
      : limit === 'programs'
        ? plan.maxPrograms
        : limit === 'affiliates'
          ? plan.maxAffiliates
          : limit === 'campaignSends'
            ? plan.maxCampaignSendsMonthly
            : limit === 'editions'
              ? plan.maxEditions
              : plan.customDomains;
  return value === null ? words.unlimited : formatNumber(value, lng);
}

export const priceText = (minor: number, currency: string, lng: string) => formatMoney(minor, currency, lng);
