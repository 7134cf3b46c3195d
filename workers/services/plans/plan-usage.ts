import { and, count, countDistinct, eq, gte, inArray, isNotNull, lt, or, ne } from 'drizzle-orm';
import {
  campaigns,
  customDomains,
  editions,
  enrollments,
  organizations,
  planClickUsage,
  programs,
  type Branding,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import type { Executor } from '../../db/client';
import { type PlanLimit, usageMonth } from '../../domain/plan-limits';
import { LIVE_PROGRAM_STATUSES } from '../../domain/program-status';

/** The organization whose use a meter counts. */
export interface OrgUsageInput {
  organizationId: string;
}

/** Affiliates count toward the plan while they have an active enrollment (pending applications do not). */
export const COUNTED_ENROLLMENT_STATUSES = ['active'] as const;

/** Whether the organization shows its own branding (logo, colour or portal name set). */
export function brandingInUse(branding: Branding): boolean {
  return Object.values(branding).some((v) => typeof v === 'string' && v.length > 0);
}

/** Tracked clicks of the organization's current calendar month (UTC): one row of the usage table. */
export async function clicksThisMonth({ ctx, input }: ServiceCall<OrgUsageInput>): Promise<number> {
  const [row] = await ctx.db
    .select({ clicks: planClickUsage.clicks })
    .from(planClickUsage)
    .where(and(eq(planClickUsage.organizationId, input.organizationId), eq(planClickUsage.month, usageMonth(ctx.now))));
  return row?.clicks ?? 0;
}

export async function livePrograms({ ctx, input }: ServiceCall<OrgUsageInput>): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(programs)
    .where(and(eq(programs.organizationId, input.organizationId), inArray(programs.status, LIVE_PROGRAM_STATUSES)));
  return row?.n ?? 0;
}

export async function countedAffiliates({ ctx, input }: ServiceCall<OrgUsageInput>): Promise<number> {
  const [row] = await ctx.db
    .select({ n: countDistinct(enrollments.affiliateId) })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, input.organizationId),
        inArray(enrollments.status, COUNTED_ENROLLMENT_STATUSES),
      ),
    );
  return row?.n ?? 0;
}

/** Whether this affiliate already counts (an active enrollment in another program of the organization). */
export async function affiliateCounted({
  ctx,
  input,
}: ServiceCall<OrgUsageInput & { affiliateId: string }>): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, input.organizationId),
        eq(enrollments.affiliateId, input.affiliateId),
        inArray(enrollments.status, COUNTED_ENROLLMENT_STATUSES),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Every hostname the organization added counts, pending or failed too: each holds a Cloudflare custom hostname.
 * Its affiliates' edition hosts count as editions instead.
 */
export async function customDomainsInUse({ ctx, input }: ServiceCall<OrgUsageInput>): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(customDomains)
    .where(and(eq(customDomains.organizationId, input.organizationId), ne(customDomains.purpose, 'edition')));
  return row?.n ?? 0;
}

/** Branded editions of the organization's apps that are not deleted (drafts too: each holds its host). */
async function editionsInUse(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(editions)
    .where(and(eq(editions.organizationId, organizationId), ne(editions.status, 'deleted')));
  return row?.n ?? 0;
}

/**
 * Campaigns sent, scheduled or switched on this UTC calendar month. One cancelled before anything went out
 * (a scheduled send called off) gives its allowance back; one that reached anyone keeps counting.
 */
async function campaignSendsThisMonth(db: Executor, organizationId: string, now: Date): Promise<number> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const [row] = await db
    .select({ n: count() })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.organizationId, organizationId),
        gte(campaigns.countedAt, start),
        lt(campaigns.countedAt, next),
        or(ne(campaigns.status, 'cancelled'), isNotNull(campaigns.startedAt)),
      ),
    );
  return row?.n ?? 0;
}

/** Current use of one limit (white-label: 1 when branding is set). */
export async function usageOf({ ctx, input }: ServiceCall<OrgUsageInput & { limit: PlanLimit }>): Promise<number> {
  const { organizationId } = input;
  switch (input.limit) {
    case 'clicks':
      return clicksThisMonth({ ctx, input: { organizationId } });
    case 'programs':
      return livePrograms({ ctx, input: { organizationId } });
    case 'affiliates':
      return countedAffiliates({ ctx, input: { organizationId } });
    case 'customDomains':
      return customDomainsInUse({ ctx, input: { organizationId } });
    case 'editions':
      return editionsInUse(ctx.db, organizationId);
    case 'campaignSends':
      return campaignSendsThisMonth(ctx.db, organizationId, ctx.now);
    case 'whiteLabel': {
      const [row] = await ctx.db
        .select({ branding: organizations.branding })
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      return row && brandingInUse(row.branding) ? 1 : 0;
    }
  }
}
