import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { customDomains, enrollments, links, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import {
  routingEntries,
  type EnrollmentRoute,
  type HostRoute,
  type LinkRoute,
  type ProgramRoute,
  type RoutingEntry,
} from '../../contracts/routing';

/** Which rows to read: one (`where`), or every row (rebuild) without it. */
export type RouteRows = { where?: SQL } | undefined;

/** Reads routing values straight from Postgres, for one row (`where`) or every row (rebuild). */
export async function programRoutes({ ctx, input }: ServiceCall<RouteRows>): Promise<ProgramRoute[]> {
  const where = input?.where;
  const rows = await ctx.db.select().from(programs).where(where);
  return rows.map((p) => ({
    v: 1,
    programId: p.id,
    organizationId: p.organizationId,
    appId: p.appId,
    status: p.status,
    landingUrl: p.landingUrl,
    allowedDomains: p.allowedDomains,
    fallbackUrl: p.fallbackUrl,
    cookieDays: p.cookieDays,
    clickIdParam: p.clickIdParam,
    referralParams: p.referralParams,
    geoAllow: p.geoAllow,
    geoDeny: p.geoDeny,
    capClicksDaily: p.capClicksDaily,
    capClicksTotal: p.capClicksTotal,
    discountInLink: p.discountInLink,
  }));
}

export async function enrollmentRoutes({ ctx, input }: ServiceCall<RouteRows>): Promise<EnrollmentRoute[]> {
  const where = input?.where;
  const rows = await ctx.db.select().from(enrollments).where(where);
  return rows.map((e) => ({
    v: 1,
    enrollmentId: e.id,
    programId: e.programId,
    affiliateId: e.affiliateId,
    organizationId: e.organizationId,
    refCode: e.refCode,
    status: e.status,
    couponCode: e.couponCode,
  }));
}

export async function linkRoutes({ ctx, input }: ServiceCall<RouteRows>): Promise<LinkRoute[]> {
  const where = input?.where;
  const rows = await ctx.db.select().from(links).where(where);
  return rows.map((l) => ({
    v: 1,
    linkId: l.id,
    slug: l.slug,
    enrollmentId: l.enrollmentId,
    programId: l.programId,
    affiliateId: l.affiliateId,
    landingUrl: l.landingUrl,
    params: l.params,
  }));
}

/** Active custom domains that serve tracking links: the tracker's host → advertiser map. */
export async function hostRoutes({ ctx, input }: ServiceCall<RouteRows>): Promise<HostRoute[]> {
  const where = input?.where;
  const rows = await ctx.db
    .select({ hostname: customDomains.hostname, organizationId: customDomains.organizationId })
    .from(customDomains)
    .where(and(eq(customDomains.status, 'active'), inArray(customDomains.purpose, ['tracking', 'both']), where));
  return rows.map((d) => ({ v: 1, hostname: d.hostname, organizationId: d.organizationId }));
}

export const byId = {
  program: (id: string) => eq(programs.id, id),
  enrollment: (id: string) => eq(enrollments.id, id),
  link: (id: string) => eq(links.id, id),
  host: (hostname: string) => eq(customDomains.hostname, hostname),
};

/** The whole projection, read from Postgres: for the rebuild cron and `npm run routing:rebuild`. */
export async function allRoutingEntries({ ctx }: ServiceCall<void>): Promise<RoutingEntry[]> {
  const all = { ctx, input: undefined };
  const [programs, enrollments, links, hosts] = await Promise.all([
    programRoutes(all),
    enrollmentRoutes(all),
    linkRoutes(all),
    hostRoutes(all),
  ]);
  return [
    ...programs.flatMap(routingEntries.program),
    ...enrollments.flatMap(routingEntries.enrollment),
    ...links.flatMap(routingEntries.link),
    ...hosts.flatMap(routingEntries.host),
  ];
}
