import { and, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import { customDomains, memberships, organizations, plans, programs } from '../../../schema';
import type { OrganizationStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { requirePlatformStaff } from '../access';
import { containsPattern } from '../like-pattern';

export interface PlatformOrganizationFilters {
  /** Part of the name or slug, case-insensitive. */
  q?: string | undefined;
  status?: OrganizationStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Every tenant for platform staff, newest first, with its plan and how many members and programs it has;
 * one row beyond `limit` marks a next page.
 */
export async function listPlatformOrganizations({ ctx, input }: ServiceCall<PlatformOrganizationFilters>) {
  requirePlatformStaff(ctx);
  const pattern = input.q ? containsPattern(input.q) : undefined;
  return ctx.db
    .select({
      organization: organizations,
      planCode: plans.code,
      memberCount: sql<number>`(select count(*)::int from ${memberships} where ${memberships.organizationId} = ${organizations.id})`,
      programCount: sql<number>`(select count(*)::int from ${programs} where ${programs.organizationId} = ${organizations.id})`,
      // The tenant's own live hostnames, its portal's first: a pending or failed one does not serve it yet, and an
      // edition's host is an affiliate's brand, not the tenant's.
      customDomains: sql<string[]>`array(select ${customDomains.hostname} from ${customDomains}
        where ${customDomains.organizationId} = ${organizations.id} and ${customDomains.status} = 'active'
          and ${customDomains.purpose} <> 'edition'
        order by (${customDomains.purpose} = 'tracking'), ${customDomains.hostname})`,
    })
    .from(organizations)
    .innerJoin(plans, eq(plans.id, organizations.planId))
    .where(
      and(
        pattern ? or(ilike(organizations.name, pattern), ilike(organizations.slug, pattern)) : undefined,
        input.status ? eq(organizations.status, input.status) : undefined,
        input.cursor ? lt(organizations.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(organizations.id))
    .limit(input.limit + 1);
}
