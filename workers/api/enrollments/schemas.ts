import { discountTerms } from '../../domain/discount-terms';
import { leaderboardSettings } from '../leaderboards/schemas';
import { z } from '@hono/zod-openapi';
import {
  AttributionRule,
  CommissionType,
  EnrollmentStatus,
  GroupColor,
  PayoutModel,
  ProgramStatus,
  RecurringMode,
} from '../../../schema/enums';
import { trackingLinkForms } from '../../domain/tracking-links';
import type { Enrollment, EnrollmentRow, MyAdvertiserRow, MyEnrollmentRow } from '../../services/enrollments';
import { EnrollmentAction } from '../../domain/enrollment-status';
import { enrollmentApplication, enrollmentApplicationView } from './application-schemas';
import { ruleWhen } from '../program-groups/rule-schemas';
import { SPEND_LIMIT_PERIODS } from '../../domain/spend-limits';
import {
  bps,
  cancelVoidsWithinDaysView,
  days,
  idParam,
  iso,
  isoOrNull,
  minorAmount,
  orgParams,
  pageQuery,
  timestamp,
} from '../shared/schemas';

export const enrollmentParams = orgParams.extend({ enrollmentId: idParam('enrollmentId') });
export const enrollmentActionParams = enrollmentParams.extend({
  action: z.enum(EnrollmentAction).openapi({
    param: { name: 'action', in: 'path' },
    description: 'approve, reject, suspend, reactivate or terminate',
  }),
});

export const couponCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,32}$/, '4–32 letters and digits')
  .describe(
    'Unique within the organization, across its apps and programs, whatever the case (stored upper-cased); a taken code answers 409 coupon_code_taken',
  );

export const enrollment = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    programName: z.string(),
    affiliate: z.object({
      id: z.uuid(),
      email: z.string(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
    }),
    group: z
      .object({ id: z.uuid(), name: z.string(), color: z.enum(GroupColor) })
      .describe('The partner group of the program the enrollment belongs to'),
    status: z.enum(EnrollmentStatus),
    refCode: z.string().describe('The {code} of /aff/{code}'),
    couponCode: z.string().nullable(),
    rateOverrideBps: z.number().int().nullable().describe("Basis points; NULL: the program's rate"),
    fixedOverrideMinor: z.number().int().nullable().describe("Amount in minor units; NULL: the program's amount"),
    holdDaysOverride: z.number().int().nullable(),
    statusReason: z.string().nullable(),
    appliedAt: timestamp.nullable(),
    approvedAt: timestamp.nullable(),
    decidedById: z.uuid().nullable(),
    application: enrollmentApplication,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Enrollment');

export const enrollmentPage = z
  .object({ items: z.array(enrollment), nextCursor: z.uuid().nullable() })
  .openapi('EnrollmentPage');

export const listEnrollmentsQuery = pageQuery.extend({
  status: z.enum(EnrollmentStatus).optional(),
  programId: z.uuid().optional(),
});

export const countEnrollmentsQuery = z.strictObject({ programId: z.uuid().optional() });

const statusCount = z.int().nonnegative();
export const enrollmentCounts = z
  .object({
    counts: z
      .object({
        pending: statusCount,
        active: statusCount,
        suspended: statusCount,
        rejected: statusCount,
        terminated: statusCount,
      } satisfies Record<(typeof EnrollmentStatus)[number], typeof statusCount>)
      .describe('Enrollments in each status, zeros included'),
  })
  .openapi('EnrollmentCounts');

export const enrollmentActionBody = z
  .strictObject({ reason: z.string().trim().min(1).max(500).optional().describe('Shown to the affiliate') })
  .openapi('EnrollmentAction');

export const updateEnrollmentBody = z
  .strictObject({
    rateOverrideBps: bps.nullable().optional(),
    fixedOverrideMinor: minorAmount.nullable().optional(),
    holdDaysOverride: days.nullable().optional(),
    couponCode: couponCode.nullable().optional(),
  })
  .openapi('UpdateEnrollment');

export const enrollmentView = ({
  enrollment: e,
  programName,
  group,
  affiliate,
}: EnrollmentRow): z.infer<typeof enrollment> => ({
  id: e.id,
  programId: e.programId,
  programName,
  group,
  affiliate,
  status: e.status,
  refCode: e.refCode,
  couponCode: e.couponCode,
  rateOverrideBps: e.rateOverrideBps,
  fixedOverrideMinor: e.fixedOverrideMinor,
  holdDaysOverride: e.holdDaysOverride,
  statusReason: e.statusReason,
  appliedAt: isoOrNull(e.appliedAt),
  approvedAt: isoOrNull(e.approvedAt),
  decidedById: e.decidedById,
  application: enrollmentApplicationView(e),
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

export const application = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    organizationId: z.uuid().describe('The advertiser: use it as the context of /affiliate/orgs/{orgId}/…'),
    status: z.enum(EnrollmentStatus).describe('active for public programs, pending for those by approval'),
    refCode: z.string(),
    couponCode: z.string().nullable(),
  })
  .openapi('Application');

export const applicationView = (e: Enrollment): z.infer<typeof application> => ({
  id: e.id,
  programId: e.programId,
  organizationId: e.organizationId,
  status: e.status,
  refCode: e.refCode,
  couponCode: e.couponCode,
});

export const applyParams = z.object({ programId: idParam('programId') });

const trackingLinks = z
  .object({
    affPath: z.string().describe('Form 1: /aff/{code} appended to any page of the partner site'),
    affTrackingHost: z.string().describe('Form 1 on the tracking host: to the default landing page'),
    click: z.string().describe('Form 2: /click?o=&a=, add sub1…sub10 as you like'),
  })
  .openapi('TrackingLinks');

const myGroup = z
  .object({
    id: z.uuid(),
    name: z.string(),
    color: z.enum(GroupColor),
    description: z.string().nullable().describe('What the advertiser wrote about the group for its members'),
    rewardRules: z
      .array(
        z
          .object({
            events: z.array(z.enum(['lead', 'sale', 'rebill'])),
            when: ruleWhen,
            reward: z.object({
              commissionType: z.enum(CommissionType),
              rateBps: z.number().int().nullable(),
              fixedMinor: z.number().int().nullable().describe("Minor units of the program's currency"),
            }),
          })
          .openapi('MyRewardRule'),
      )
      .describe(
        "The group's reward rules as they pay you (your own rate or amount, if you have one, beats a rule's); when several match an event, the one paying you most wins",
      ),
    apps: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .describe('The apps the rules name, so their conditions can be read'),
    spendLimits: z
      .array(
        z
          .object({
            period: z.enum(SPEND_LIMIT_PERIODS).describe('A calendar period in UTC (day, ISO week, month) or total'),
            maxMinor: z.number().int().describe('The most you earn in the period, in minor units of currency'),
            currency: z.string(),
            periodStart: timestamp.nullable().describe('When the current period began (UTC); null for total'),
            periodEnd: timestamp.nullable().describe('When it ends and the cap starts again; null for total'),
            earnedMinor: z
              .number()
              .int()
              .describe('Your direct commission counted against the limit so far in the current period'),
          })
          .openapi('MySpendLimit'),
      )
      .describe(
        'Caps on what you earn in this program; past one, a commission is cut (to zero if need be) and its explanation says which cap',
      ),
  })
  .openapi('MyPartnerGroup');

export const myEnrollment = z
  .object({
    id: z.uuid(),
    status: z.enum(EnrollmentStatus),
    statusReason: z.string().nullable(),
    refCode: z.string(),
    couponCode: z.string().nullable(),
    appliedAt: timestamp.nullable(),
    approvedAt: timestamp.nullable(),
    group: myGroup.describe('Your partner group in this program'),
    program: z
      .object({
        id: z.uuid(),
        name: z.string(),
        appName: z.string(),
        status: z.enum(ProgramStatus),
        payoutModel: z.enum(PayoutModel),
        commissionType: z.enum(CommissionType),
        commissionRateBps: z.number().int().nullable().describe('Your rate in basis points'),
        commissionFixedMinor: z.number().int().nullable().describe('Your fixed amount in minor units'),
        currency: z.string(),
        recurringMode: z.enum(RecurringMode),
        recurringMonths: z.number().int().nullable(),
        recurringRateBps: z.number().int().nullable(),
        multiLevelRatesBps: z.array(z.number().int()).describe('Upline rates for levels 1–3, in basis points'),
        holdDays: z.number().int().describe('Your hold period'),
        cancelVoidsWithinDays: cancelVoidsWithinDaysView,
        cookieDays: z.number().int(),
        attributionRule: z.enum(AttributionRule),
        landingUrl: z.string(),
        landingUrls: z.array(z.string()),
        allowedDomains: z.array(z.string()).describe('Hosts your links may land on'),
        onboardingBrief: z.string().nullable(),
        goals: z.string().nullable(),
        leaderboard: leaderboardSettings
          .nullable()
          .describe(
            'The program’s leaderboard (GET …/programs/{programId}/leaderboard once you are active); null: none',
          ),
      })
      .describe(
        "The program with the commission terms that apply to you, each your own override, else your group's, else the program's",
      ),
    discount: discountTerms
      .nullable()
      .describe(
        'What your referred customers get off with your coupon code (your group’s, else the program’s); null: none',
      ),
    trackingLinks: trackingLinks.nullable().describe('Null until the enrollment is active'),
    leaderboardMasked: z.boolean().describe('Whether the program’s leaderboard shows your name masked (A•••a)'),
  })
  .openapi('MyEnrollment');

export const myEnrollmentList = z.object({ items: z.array(myEnrollment) }).openapi('MyEnrollmentList');

export function myEnrollmentView(row: MyEnrollmentRow, trackingOrigin: string): z.infer<typeof myEnrollment> {
  const { enrollment: e, program: p, terms } = row;
  return {
    id: e.id,
    status: e.status,
    statusReason: e.statusReason,
    refCode: e.refCode,
    couponCode: e.couponCode,
    appliedAt: isoOrNull(e.appliedAt),
    approvedAt: isoOrNull(e.approvedAt),
    group: row.group,
    discount: row.discount,
    program: {
      id: p.id,
      name: p.name,
      appName: row.appName,
      status: p.status,
      payoutModel: p.payoutModel,
      commissionType: terms.commissionType,
      commissionRateBps: terms.rateBps,
      commissionFixedMinor: terms.fixedMinor,
      currency: p.currency,
      recurringMode: terms.recurringMode,
      recurringMonths: terms.recurringMonths,
      recurringRateBps: terms.recurringRateBps,
      multiLevelRatesBps: terms.multiLevelRatesBps,
      holdDays: terms.holdDays,
      cancelVoidsWithinDays: p.cancelVoidsWithinDays,
      cookieDays: p.cookieDays,
      attributionRule: p.attributionRule,
      landingUrl: p.landingUrl,
      landingUrls: p.landingUrls,
      allowedDomains: p.allowedDomains,
      onboardingBrief: p.onboardingBrief,
      goals: p.goals,
      leaderboard: p.leaderboard,
    },
    leaderboardMasked: e.leaderboardMasked,
    trackingLinks:
      e.status === 'active'
        ? trackingLinkForms({
            trackingOrigin,
            landingUrl: p.landingUrl,
            refCode: e.refCode,
            programId: p.id,
            affiliateId: e.affiliateId,
          })
        : null,
  };
}

export const myAdvertiser = z
  .object({
    id: z.uuid(),
    name: z.string(),
    brand: z.object({
      portalName: z.string().nullable(),
      logoUrl: z.string().nullable(),
      primaryColor: z.string().nullable(),
    }),
    enrollments: z.object({
      total: z.number().int(),
      active: z.number().int(),
      pending: z.number().int().describe('Waiting for the advertiser to decide'),
    }),
  })
  .openapi('MyAdvertiser');

export const myAdvertiserList = z.object({ items: z.array(myAdvertiser) }).openapi('MyAdvertiserList');

export const myAdvertiserView = (row: MyAdvertiserRow): z.infer<typeof myAdvertiser> => ({
  id: row.id,
  name: row.name,
  brand: {
    portalName: row.branding.portalName ?? null,
    logoUrl: row.branding.logoUrl ?? null,
    primaryColor: row.branding.primaryColor ?? null,
  },
  enrollments: { total: row.total, active: row.active, pending: row.pending },
});
