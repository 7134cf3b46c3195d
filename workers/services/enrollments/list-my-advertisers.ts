import { and, asc, count, eq, sql } from 'drizzle-orm';
import { enrollments, organizations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, namedByBrand, portalScope } from '../access';

/**
 * The advertisers the signed-in affiliate has joined programs of, with its enrollment counts: the
 * contexts of the dashboard's advertiser switcher. Only the brand an affiliate portal shows, nothing else.
 */
export async function listMyAdvertisers({ ctx }: ServiceCall<void>) {
  const affiliateId = actorId(ctx);
  const rows = await ctx.db
    .select({
      id: organizations.id,
      name: organizations.name,
      branding: organizations.branding,
      total: count(),
      active: sql<number>`count(*) filter (where ${enrollments.status} = 'active')`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${enrollments.status} = 'pending')`.mapWith(Number),
    })
    .from(enrollments)
    .innerJoin(organizations, eq(organizations.id, enrollments.organizationId))
    .where(and(eq(enrollments.affiliateId, affiliateId), eqIf(organizations.id, portalScope(ctx))))
    .groupBy(organizations.id)
    .orderBy(asc(organizations.name), asc(organizations.id));
  return namedByBrand(ctx, rows, (r) => r.id);
}

export type MyAdvertiserRow = Awaited<ReturnType<typeof listMyAdvertisers>>[number];
