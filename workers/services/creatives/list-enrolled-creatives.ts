import { and, desc, eq } from 'drizzle-orm';
import { creatives } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findMyEnrollmentOrThrow } from '../enrollments';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { type CreativeFilters, creativeFilterSql } from './creative-filters';
import { creativeStats } from './creative-stats';
import { type CreativeLibrary, programCategories } from './list-creatives';

/**
 * A program's creatives matching the search, for an affiliate whose enrollment in it is active (empty before;
 * not_found for a program it is not in), each with the affiliate's own clicks and conversions.
 */
export async function listEnrolledCreatives({
  ctx,
  input,
}: ServiceCall<{ programId: string; filters?: CreativeFilters | undefined }>): Promise<CreativeLibrary> {
  const enrollment = await findMyEnrollmentOrThrow({ ctx, input: { programId: input.programId } });
  if (!isEnrollmentActive(enrollment.status)) return { items: [], categories: [] };
  const { organizationId, programId, affiliateId } = enrollment;
  const rows = await ctx.db
    .select()
    .from(creatives)
    .where(
      and(
        eq(creatives.programId, programId),
        eq(creatives.organizationId, organizationId),
        creativeFilterSql(input.filters ?? {}),
      ),
    )
    .orderBy(desc(creatives.id));
  const stats = await creativeStats({ ctx, input: { organizationId, programId, affiliateId } });
  return {
    items: rows.map((row) => ({ ...row, stats: stats.get(row.id) ?? { clicks: 0, conversions: 0 } })),
    categories: await programCategories({ ctx, input: { organizationId, programId } }),
  };
}
