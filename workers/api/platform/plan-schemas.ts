import { z } from '@hono/zod-openapi';
import { BillingPeriod } from '../../../schema/enums';
import { auditedPlan, type OrganizationPlan, type Plan, type PlanWithSubscribers } from '../../services/plans';
import { currencyCode, iso, isoOrNull, minorAmount, name, nonNegativeInt, timestamp } from '../shared/schemas';
import { PLAN_SOURCES } from '../../domain/plan-source';

const limit = (what: string) => nonNegativeInt.nullable().describe(`${what}; null: unlimited`);
const clicksLimit = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .nullable()
  .describe('Tracked clicks per calendar month (UTC); null: unlimited');

/** What a plan allows, the same in the plan's view and in the bodies that set it. */
const planLimits = {
  maxClicksMonthly: clicksLimit,
  maxPrograms: limit('Programs that are not archived'),
  maxAffiliates: limit('Distinct affiliates with an active enrollment'),
  customDomains: limit('Custom domains'),
  maxCampaignSendsMonthly: limit('Campaigns sent, scheduled or switched on per calendar month (UTC)'),
  maxEditions: limit('Affiliates’ branded editions that are not deleted'),
};

export const planCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Must be a lower-case slug: letters, digits and hyphens, at most 40')
  .describe('Unique slug, e.g. starter or agency-2026');

export const plan = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    monthlyPriceMinor: minorAmount,
    yearlyPriceMinor: minorAmount,
    currency: z.string().describe('ISO 4217, of both prices'),
    ...planLimits,
    whiteLabel: z.boolean().describe('Whether the white-label portal (branding) is included'),
    archivedAt: timestamp.nullable().describe('Set: no longer offered; its subscribers keep it'),
  })
  .openapi('Plan');

export const platformPlan = plan
  .extend({ subscribers: z.number().int().describe('Organizations on this plan'), createdAt: timestamp })
  .openapi('PlatformPlan');

export const platformPlanList = z.object({ items: z.array(platformPlan) }).openapi('PlatformPlanList');

const planFields = {
  code: planCode,
  name,
  monthlyPriceMinor: minorAmount,
  yearlyPriceMinor: minorAmount.describe(
    'Minor units; omitted on create: twelve months less 20 %, rounded down (4900 a month → 47040 a year)',
  ),
  currency: currencyCode,
  ...planLimits,
  whiteLabel: z.boolean(),
};

export const createPlanBody = z
  .strictObject({
    ...planFields,
    yearlyPriceMinor: planFields.yearlyPriceMinor.optional(),
    maxCampaignSendsMonthly: planFields.maxCampaignSendsMonthly.optional().describe('Omitted: unlimited'),
    maxEditions: planFields.maxEditions.optional().describe('Omitted: unlimited'),
  })
  .openapi('CreatePlan');

export const updatePlanBody = z
  .strictObject({
    ...Object.fromEntries(Object.entries(planFields).map(([k, v]) => [k, v.optional()])),
    archived: z.boolean().optional().describe('true: stop offering it (subscribers keep it); false: offer it again'),
  } as { [K in keyof typeof planFields]: z.ZodOptional<(typeof planFields)[K]> } & {
    archived: z.ZodOptional<z.ZodBoolean>;
  })
  .openapi('UpdatePlan');

export const setOrganizationPlanBody = z
  .strictObject({ planId: z.uuid(), billingPeriod: z.enum(BillingPeriod) })
  .openapi('SetOrganizationPlan');

export const planView = (p: Plan): z.infer<typeof plan> => ({
  id: p.id,
  ...auditedPlan(p),
  archivedAt: isoOrNull(p.archivedAt),
});

export const platformPlanView = (p: PlanWithSubscribers): z.infer<typeof platformPlan> => ({
  ...planView(p),
  subscribers: p.subscribers,
  createdAt: iso(p.createdAt),
});

const usageMeter = z
  .object({
    limit: z.enum(['clicks', 'programs', 'affiliates', 'customDomains', 'whiteLabel', 'campaignSends', 'editions']),
    used: z
      .number()
      .int()
      .describe('clicks and campaignSends: this calendar month (UTC); whiteLabel: 1 when branding is set'),
    allowed: z.number().int().nullable().describe('null: unlimited (whiteLabel: null when included, 0 when not)'),
    percent: z.number().int().nullable().describe('Whole percent of the limit in use, rounded down; null: unlimited'),
  })
  .openapi('UsageMeter');

/** Shared by the Plan and Billing answers, so both pages read the same field. */
export const planSourceSchema = z
  .enum(PLAN_SOURCES)
  .describe(
    'Who pays for the plan. subscription: a Stripe subscription (active, or past due within grace); platform: billing is on but nothing pays for it (given at sign-up, set by platform staff, or after a subscription ended); billing_off: this installation does not bill. Only subscription has a price charged and a billing cycle.',
  )
  .openapi('PlanSource');

export const organizationPlan = z
  .object({
    plan,
    source: planSourceSchema,
    billingPeriod: z
      .enum(BillingPeriod)
      .describe('The billing cycle when source is subscription; otherwise only the period prices are compared in'),
    periodStart: timestamp.describe('Start of the UTC calendar month the click meter counts'),
    meters: z.array(usageMeter),
    offered: z.array(plan).describe('Plans on offer, cheapest first, to compare and move to'),
  })
  .openapi('OrganizationPlan');

export const organizationPlanView = (p: OrganizationPlan): z.infer<typeof organizationPlan> => ({
  plan: planView(p.plan),
  source: p.source,
  billingPeriod: p.billingPeriod,
  periodStart: iso(p.periodStart),
  meters: p.meters,
  offered: p.offered.map(planView),
});
