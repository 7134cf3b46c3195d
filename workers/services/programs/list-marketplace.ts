import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { apps, enrollments, organizations, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';
import { asksApplicationSql } from '../asks-application-sql';
import { affiliateProgramTerms } from './affiliate-terms';

export interface MarketplaceInput {
  organizationId?: string | undefined;
  programId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Programs any affiliate may find and join: active, public or by approval, of an active
 * advertiser, across advertisers. Selects only what an affiliate may see of a program: never
 * revenue, caps, fraud thresholds, landing configuration or secrets.
 */
export async function listMarketplace({ ctx, input }: ServiceCall<MarketplaceInput>) {
  const affiliateId = actorId(ctx);
  return ctx.db
    .select({
      ...affiliateProgramTerms,
      visibility: programs.visibility,
      appName: apps.name,
      advertiserId: organizations.id,
      advertiserName: organizations.name,
      myEnrollmentId: enrollments.id,
      myEnrollmentStatus: enrollments.status,
      // Whether applying shows a form or terms first.
      asksApplication: asksApplicationSql(),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .leftJoin(enrollments, and(eq(enrollments.programId, programs.id), eq(enrollments.affiliateId, affiliateId)))
    .where(
      and(
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        input.organizationId ? eq(programs.organizationId, input.organizationId) : undefined,
        eqIf(programs.id, input.programId),
        eqIf(programs.organizationId, portalScope(ctx)),
        input.cursor ? lt(programs.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(programs.id))
    .limit(input.limit + 1);
}

export type MarketplaceRow = Awaited<ReturnType<typeof listMarketplace>>[number];
