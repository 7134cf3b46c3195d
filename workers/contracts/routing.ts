import { z } from 'zod';
import { CLICK_ID_PARAM_PATTERN, DEFAULT_CLICK_ID_PARAM } from './click-id-param';
import { DEFAULT_REFERRAL_PARAMS, MAX_REFERRAL_PARAMS, REFERRAL_PARAM_PATTERN } from './referral-params';
import { EnrollmentStatus, ProgramStatus } from '../../schema/enums';

/**
 * The tracker's edge copy of routing config, projected from Postgres into KV by
 * services/tracking/publish-*.ts and rebuilt in full by services/tracking/rebuild-routing.ts.
 * Every value carries `v` so the shape can evolve while old values are still in KV.
 */
export const programRoute = z.object({
  v: z.literal(1),
  programId: z.string(),
  organizationId: z.string(),
  appId: z.string(),
  status: z.enum(ProgramStatus),
  landingUrl: z.string(),
  allowedDomains: z.array(z.string()),
  fallbackUrl: z.string().nullable(),
  cookieDays: z.number().int().min(0),
  // Values written before the setting existed have no field: they mean the default.
  clickIdParam: z.string().regex(CLICK_ID_PARAM_PATTERN).default(DEFAULT_CLICK_ID_PARAM),
  referralParams: z
    .array(z.string().regex(REFERRAL_PARAM_PATTERN))
    .max(MAX_REFERRAL_PARAMS)
    .default([...DEFAULT_REFERRAL_PARAMS]),
  geoAllow: z.array(z.string()),
  geoDeny: z.array(z.string()),
  capClicksDaily: z.number().int().nullable(),
  capClicksTotal: z.number().int().nullable(),
  // Absent in values written before discounts: off.
  discountInLink: z.boolean().default(false),
});

/** Stored twice: under its ref code (form 1) and under (program, affiliate) (form 2). */
export const enrollmentRoute = z.object({
  v: z.literal(1),
  enrollmentId: z.string(),
  programId: z.string(),
  affiliateId: z.string(),
  organizationId: z.string(),
  refCode: z.string(),
  status: z.enum(EnrollmentStatus),
  /** The affiliate's coupon code, which a program with discountInLink adds to its landing URL. */
  couponCode: z.string().nullable().default(null),
});

export const linkRoute = z.object({
  v: z.literal(1),
  linkId: z.string(),
  slug: z.string(),
  enrollmentId: z.string(),
  programId: z.string(),
  affiliateId: z.string(),
  landingUrl: z.string(),
  params: z.record(z.string(), z.string()),
});

/**
 * An active custom tracking domain: links on this host resolve to this advertiser's programs only.
 * Absent for our own hosts and for hosts that are not (or no longer) a tracking domain.
 */
export const hostRoute = z.object({
  v: z.literal(1),
  hostname: z.string(),
  organizationId: z.string(),
});

/** Clicks counted by Postgres, published by the caps cron, for approximate cap enforcement. */
export const clickCounters = z.object({
  day: z.string(),
  clicksToday: z.number().int().nonnegative(),
  clicksTotal: z.number().int().nonnegative(),
});

export type ClickCounters = z.infer<typeof clickCounters>;
export type ProgramRoute = z.infer<typeof programRoute>;
export type EnrollmentRoute = z.infer<typeof enrollmentRoute>;
export type LinkRoute = z.infer<typeof linkRoute>;
export type HostRoute = z.infer<typeof hostRoute>;

export const routingKeys = {
  program: (programId: string) => `program:${programId}`,
  code: (refCode: string) => `code:${refCode}`,
  enrollment: (programId: string, affiliateId: string) => `enrollment:${programId}:${affiliateId}`,
  link: (slug: string) => `link:${slug}`,
  counters: (programId: string) => `counters:${programId}`,
  host: (hostname: string) => `host:${hostname}`,
};

/** One KV key and its JSON value. */
export interface RoutingEntry {
  key: string;
  value: string;
}

/** Where each value lives in KV: the one place that knows an enrollment is stored under two keys. */
export const routingEntries = {
  program: (r: ProgramRoute): RoutingEntry[] => [{ key: routingKeys.program(r.programId), value: JSON.stringify(r) }],
  enrollment: (r: EnrollmentRoute): RoutingEntry[] => {
    const value = JSON.stringify(r);
    return [
      { key: routingKeys.code(r.refCode), value },
      { key: routingKeys.enrollment(r.programId, r.affiliateId), value },
    ];
  },
  link: (r: LinkRoute): RoutingEntry[] => [{ key: routingKeys.link(r.slug), value: JSON.stringify(r) }],
  host: (r: HostRoute): RoutingEntry[] => [{ key: routingKeys.host(r.hostname), value: JSON.stringify(r) }],
};
