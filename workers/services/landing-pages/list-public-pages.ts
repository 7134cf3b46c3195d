import { and, asc, eq, inArray } from 'drizzle-orm';
import { organizations, programGroups, programs } from '../../../schema';
import type { ServiceCall } from '../../context';

/** A sitemap has room for 50,000 URLs; far more than one platform's open programs. */
const MAX_PAGES = 10_000;

/**
 * Every public page the host serves, for its sitemap: each open program and each of its groups but the default
 * (whose page is the program's own). On a portal host only that advertiser's; on the platform host every one.
 */
export async function listPublicPages({
  ctx,
}: ServiceCall<void>): Promise<{ programId: string; groupId: string | null; updatedAt: Date }[]> {
  const portal = ctx.portal?.organizationId;
  const rows = await ctx.db
    .select({
      programId: programs.id,
      updatedAt: programs.updatedAt,
      groupId: programGroups.id,
      isDefault: programGroups.isDefault,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(programGroups, eq(programGroups.programId, programs.id))
    .where(
      and(
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        portal ? eq(programs.organizationId, portal) : undefined,
      ),
    )
    .orderBy(asc(programs.id), asc(programGroups.id))
    .limit(MAX_PAGES);
  return rows.map((r) => ({ programId: r.programId, groupId: r.isDefault ? null : r.groupId, updatedAt: r.updatedAt }));
}
