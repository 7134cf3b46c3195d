import { z } from '@hono/zod-openapi';
import {
  AttributionRule,
  CommissionType,
  EnrollmentStatus,
  Locale,
  PayoutModel,
  ProgramCategory,
  ProgramStatus,
  ProgramVisibility,
  RecurringMode,
} from '../../../schema/enums';
import { CLICK_ID_PARAM_PATTERN, DEFAULT_CLICK_ID_PARAM } from '../../contracts/click-id-param';
import { DEFAULT_REFERRAL_PARAMS, MAX_REFERRAL_PARAMS, REFERRAL_PARAM_PATTERN } from '../../contracts/referral-params';
import type { MarketplaceRow, Program } from '../../services/programs';
import { discountTerms } from '../../domain/discount-terms';
import { isIpAllowEntry } from '../../domain/ip-allow-list';
import { leaderboardSettings } from '../leaderboards/schemas';
import { defaultAllowedDomains, programRuleIssues } from '../../domain/program-rules';
import {
  bps,
  countryList,
  currencyCode,
  days,
  domainList,
  httpsUrl,
  idParam,
  iso,
  longText,
  minorAmount,
  name,
  nonNegativeInt,
  pageQuery,
  timestamp,
  cancelVoidsWithinDaysView,
} from '../shared/schemas';

export const programParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });

const cap = nonNegativeInt.nullable().describe('NULL: unlimited');

/** Every program setting, as accepted on create; PATCH takes any subset. */
const settings = {
  name,
  slug: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'Lower-case letters, digits and hyphens, at most 64')
    .describe('Unique within the organization; generated from the name when omitted'),
  description: longText.nullable(),
  visibility: z
    .enum(ProgramVisibility)
    .describe('public: anyone may join; approval: the advertiser approves; invite_only: hidden'),
  payoutModel: z.enum(PayoutModel),
  commissionType: z
    .enum(CommissionType)
    .describe('percent needs commissionRateBps, fixed needs commissionFixedMinor, hybrid both'),
  commissionRateBps: bps.nullable(),
  commissionFixedMinor: minorAmount.nullable(),
  revenueMinor: minorAmount
    .nullable()
    .describe('What the advertiser earns per action, in minor units; for ROI reports only'),
  currency: currencyCode,
  recurringMode: z
    .enum(RecurringMode)
    .describe('Commissions on subscription rebills: none, for recurringMonths months, or lifetime'),
  recurringMonths: z.number().int().min(1).max(1_200).nullable(),
  recurringRateBps: bps.nullable().describe('Rate for rebills; NULL: the commission rate'),
  multiLevelRatesBps: z.array(bps).max(3).describe('Upline rates for levels 1–3, in basis points'),
  holdDays: days.describe('Days a commission is held for refunds before approval'),
  cancelVoidsWithinDays: z
    .number()
    .int()
    .min(1)
    .max(3_650)
    .nullable()
    .describe(
      'Money-back guarantee: a cancellation within this many days of the sale (before any renewal) reverses the sale’s commission as a full refund would; null: off, a cancellation only ends recurring commissions',
    ),
  cookieDays: days.describe('Attribution window of the click cookie, in days'),
  attributionRule: z.enum(AttributionRule),
  landingUrl: httpsUrl.describe('Default landing page; may contain click macros such as {click_id}'),
  clickIdParam: z
    .string()
    .regex(CLICK_ID_PARAM_PATTERN, 'Letters, digits, _ and -, 1 to 40 characters')
    .describe(
      'Query parameter that carries the click id to the landing page when its URL places no {click_id} (default aff_click)',
    ),
  referralParams: z
    .array(z.string().regex(REFERRAL_PARAM_PATTERN, 'Letters, digits, _ and -, 1 to 40 characters'))
    .min(1)
    .max(MAX_REFERRAL_PARAMS)
    .refine((names) => new Set(names).size === names.length, 'Each name once')
    .describe(
      'Query parameters that carry a ref code on links straight to your site, for client-side click tracking by /aff-click.js (default ["ref"]; add via, fpr or gspk to keep links imported from Rewardful, FirstPromoter or PartnerStack counting)',
    ),
  landingUrls: z.array(httpsUrl).max(50),
  allowedDomains: domainList.describe("Hosts redirects may target; defaults to the landing URLs' hosts"),
  fallbackUrl: httpsUrl.nullable().describe('Where refused clicks go; on the allowed domains'),
  geoAllow: countryList.describe('ISO 3166-1 alpha-2; empty allows every country not denied'),
  geoDeny: countryList,
  capClicksDaily: cap,
  capClicksTotal: cap,
  capConversionsDaily: cap,
  capConversionsTotal: cap,
  payoutMinMinor: minorAmount
    .nullable()
    .describe(
      "The program's own payout minimum, in minor units of the program's currency: it raises the platform minimum of that currency for lines in it, never lowers it; null: the platform minimum",
    ),
  fraudMaxConversionsPerIpHour: z.number().int().min(1).max(1_000_000),
  fraudMinSecondsAfterClick: z.number().int().min(0).max(86_400),
  postbackAllowedIps: z
    .array(z.string().trim().refine(isIpAllowEntry, 'Must be an IP address or a CIDR range such as 203.0.113.0/24'))
    .max(50)
    .describe('When not empty, S2S /postback calls are accepted only from these addresses'),
  onboardingBrief: longText.nullable(),
  goals: longText.nullable(),
  category: z.enum(ProgramCategory).nullable().describe('What the app is about, for the marketplace’s filter'),
  languages: z
    .array(z.enum(Locale))
    .min(1)
    .max(Locale.length)
    .refine((l) => new Set(l).size === l.length, 'Each language once')
    .describe('Languages you work with affiliates in, for the marketplace’s filter'),
  discount: discountTerms
    .nullable()
    .describe(
      'What the referred customer gets off: percent (percentBps) or amount (amountMinor + currency), for duration once, repeating (durationMonths) or forever; made in Stripe as a coupon with a promotion code per affiliate (their coupon code) when the app has a Stripe key; null: none',
    ),
  discountInLink: z
    .boolean()
    .describe(
      "Redirects add the affiliate's discount code to the landing URL as aff_discount, which /aff-click.js and the SDK's getDiscountCode() keep for the checkout",
    ),
  leaderboard: leaderboardSettings
    .nullable()
    .describe(
      "A leaderboard for the program's active affiliates: the top ten by name (or masked, as each chooses) and each one's own place, ranked by the metric over the period; never revenue. null: none",
    ),
};

export const PROGRAM_DEFAULTS = {
  description: null,
  visibility: 'approval',
  commissionRateBps: null,
  commissionFixedMinor: null,
  revenueMinor: null,
  recurringMode: 'none',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [1000, 300, 100],
  holdDays: 30,
  cancelVoidsWithinDays: null,
  cookieDays: 30,
  attributionRule: 'last_click',
  clickIdParam: DEFAULT_CLICK_ID_PARAM,
  referralParams: [...DEFAULT_REFERRAL_PARAMS],
  landingUrls: [],
  fallbackUrl: null,
  geoAllow: [],
  geoDeny: [],
  capClicksDaily: null,
  capClicksTotal: null,
  capConversionsDaily: null,
  capConversionsTotal: null,
  payoutMinMinor: null,
  fraudMaxConversionsPerIpHour: 10,
  fraudMinSecondsAfterClick: 10,
  postbackAllowedIps: [],
  onboardingBrief: null,
  goals: null,
  category: null,
  languages: ['en'],
  discount: null,
  discountInLink: false,
  leaderboard: null,
} as const;

/** Every setting optional and unknown fields refused; create and update start from this. */
const optionalSettings = z.strictObject(settings).partial();

export const createProgramBody = optionalSettings
  .extend({
    appId: z.uuid().describe('An app of this organization'),
    status: z.enum(['draft', 'active']).default('draft'),
    name: settings.name,
    payoutModel: settings.payoutModel,
    commissionType: settings.commissionType,
    currency: settings.currency,
    landingUrl: settings.landingUrl,
  })
  .superRefine((body, ctx) => {
    const landingUrls = body.landingUrls ?? [];
    const merged = {
      ...PROGRAM_DEFAULTS,
      ...stripUndefined(body),
      landingUrls,
      allowedDomains: body.allowedDomains ?? defaultAllowedDomains(body.landingUrl, landingUrls),
    };
    for (const issue of programRuleIssues(merged))
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  })
  .openapi('CreateProgram');

export const updateProgramBody = optionalSettings
  .extend({ status: z.enum(ProgramStatus).optional().describe('draft → active ⇄ paused; any → archived (final)') })
  .openapi('UpdateProgram');

export type CreateProgramInput = z.infer<typeof createProgramBody>;
export type ProgramChanges = z.infer<typeof updateProgramBody>;

export function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

export const program = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    appId: z.uuid(),
    status: z.enum(ProgramStatus),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    visibility: z.enum(ProgramVisibility),
    payoutModel: z.enum(PayoutModel),
    commissionType: z.enum(CommissionType),
    commissionRateBps: z.number().int().nullable().describe('Basis points'),
    commissionFixedMinor: z.number().int().nullable().describe('Amount in minor units'),
    revenueMinor: z.number().int().nullable().describe('Amount in minor units'),
    currency: z.string(),
    recurringMode: z.enum(RecurringMode),
    recurringMonths: z.number().int().nullable(),
    recurringRateBps: z.number().int().nullable().describe('Basis points'),
    multiLevelRatesBps: z.array(z.number().int()).describe('Basis points, levels 1–3'),
    holdDays: z.number().int(),
    cancelVoidsWithinDays: cancelVoidsWithinDaysView,
    cookieDays: z.number().int(),
    attributionRule: z.enum(AttributionRule),
    landingUrl: z.string(),
    clickIdParam: z.string(),
    referralParams: z.array(z.string()),
    landingUrls: z.array(z.string()),
    allowedDomains: z.array(z.string()),
    fallbackUrl: z.string().nullable(),
    geoAllow: z.array(z.string()),
    geoDeny: z.array(z.string()),
    capClicksDaily: z.number().int().nullable(),
    capClicksTotal: z.number().int().nullable(),
    capConversionsDaily: z.number().int().nullable(),
    capConversionsTotal: z.number().int().nullable(),
    payoutMinMinor: z
      .number()
      .int()
      .nullable()
      .describe("Minor units of the program's currency; null: the platform minimum of that currency"),
    fraudMaxConversionsPerIpHour: z.number().int(),
    fraudMinSecondsAfterClick: z.number().int(),
    postbackAllowedIps: z.array(z.string()),
    hasPostbackSecret: z.boolean().describe('The secret itself is shown only when it is rotated'),
    onboardingBrief: z.string().nullable(),
    goals: z.string().nullable(),
    category: z.enum(ProgramCategory).nullable(),
    languages: z.array(z.enum(Locale)),
    discount: discountTerms.nullable().describe("The referred customer's discount; null: none"),
    discountInLink: z.boolean(),
    leaderboard: leaderboardSettings.nullable().describe('The leaderboard affiliates see; null: none'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Program');

export const programPage = z
  .object({ items: z.array(program), nextCursor: z.uuid().nullable() })
  .openapi('ProgramPage');

export const listProgramsQuery = pageQuery.extend({
  status: z.enum(ProgramStatus).optional(),
  appId: z.uuid().optional(),
});

export const postbackSecret = z
  .object({ programId: z.uuid(), postbackSecret: z.string().describe('Shown this once; only its hash is stored') })
  .openapi('PostbackSecret');

const PROGRAM_FIELDS = Object.keys(program.shape).filter(
  (k) => k !== 'hasPostbackSecret' && k !== 'createdAt' && k !== 'updatedAt',
);

/** Copies only the documented fields, so a column added later (a secret, say) never leaks by default. */
export function programView(row: Program): z.infer<typeof program> {
  const fields = Object.fromEntries(PROGRAM_FIELDS.map((k) => [k, row[k as keyof Program]]));
  // The keys come from the response schema itself and the values from the row with the same names.
  return {
    ...(fields as Omit<z.infer<typeof program>, 'hasPostbackSecret' | 'createdAt' | 'updatedAt'>),
    hasPostbackSecret: row.postbackSecretHash !== null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export const marketplaceQuery = pageQuery.extend({
  organizationId: z.uuid().optional().describe('Only this advertiser'),
  programId: z.uuid().optional().describe('Only this program (a landing page’s Apply button links here)'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Words found in the program’s, its app’s or its advertiser’s name (case-insensitive)'),
  appId: z.uuid().optional().describe('Only this app’s programs'),
  payoutModel: z.enum(PayoutModel).optional().describe('Only programs paying this way'),
  category: z.enum(ProgramCategory).optional().describe('Only programs of this category'),
  language: z.enum(Locale).optional().describe('Only programs working in this language'),
});

/** What an affiliate may see of a program before joining it (its name and payout, never the advertiser's revenue). */
export const marketplaceProgram = z
  .object({
    id: z.uuid(),
    name: z.string(),
    appId: z.uuid(),
    appName: z.string(),
    advertiser: z.object({ id: z.uuid(), name: z.string() }),
    category: z.enum(ProgramCategory).nullable(),
    languages: z.array(z.enum(Locale)),
    visibility: z.enum(['public', 'approval']).describe('public: joined at once; approval: the advertiser decides'),
    payoutModel: z.enum(PayoutModel),
    commissionType: z.enum(CommissionType),
    commissionRateBps: z.number().int().nullable().describe('Basis points'),
    commissionFixedMinor: z.number().int().nullable().describe('Amount in minor units'),
    currency: z.string(),
    recurringMode: z.enum(RecurringMode),
    recurringMonths: z.number().int().nullable(),
    recurringRateBps: z.number().int().nullable().describe('Basis points'),
    multiLevelRatesBps: z.array(z.number().int()).describe('Upline rates for levels 1–3, in basis points'),
    holdDays: z.number().int().describe('Days a commission is held for refunds before approval'),
    cancelVoidsWithinDays: cancelVoidsWithinDaysView,
    cookieDays: z.number().int(),
    attributionRule: z.enum(AttributionRule),
    onboardingBrief: z.string().nullable(),
    goals: z.string().nullable(),
    myEnrollment: z
      .object({ id: z.uuid(), status: z.enum(EnrollmentStatus) })
      .nullable()
      .describe('Your enrollment, when you have applied'),
    asksApplication: z.boolean().describe('Applying asks a form or terms first: read them with getProgramApplication'),
  })
  .openapi('MarketplaceProgram');

export const marketplacePage = z
  .object({ items: z.array(marketplaceProgram), nextCursor: z.uuid().nullable() })
  .openapi('MarketplacePage');

export const marketplaceView = (r: MarketplaceRow): z.infer<typeof marketplaceProgram> => ({
  id: r.id,
  name: r.name,
  appId: r.appId,
  appName: r.appName,
  advertiser: { id: r.advertiserId, name: r.advertiserName },
  category: r.category,
  languages: r.languages,
  // The query only returns these two; invite-only programs never reach the marketplace.
  visibility: r.visibility as 'public' | 'approval',
  payoutModel: r.payoutModel,
  commissionType: r.commissionType,
  commissionRateBps: r.commissionRateBps,
  commissionFixedMinor: r.commissionFixedMinor,
  currency: r.currency,
  recurringMode: r.recurringMode,
  recurringMonths: r.recurringMonths,
  recurringRateBps: r.recurringRateBps,
  multiLevelRatesBps: r.multiLevelRatesBps,
  holdDays: r.holdDays,
  cancelVoidsWithinDays: r.cancelVoidsWithinDays,
  cookieDays: r.cookieDays,
  attributionRule: r.attributionRule,
  onboardingBrief: r.onboardingBrief,
  goals: r.goals,
  myEnrollment:
    r.myEnrollmentId && r.myEnrollmentStatus ? { id: r.myEnrollmentId, status: r.myEnrollmentStatus } : null,
  asksApplication: r.asksApplication,
});
