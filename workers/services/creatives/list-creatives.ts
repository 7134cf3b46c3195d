import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findProgramOrThrow } from '../programs';
import { actingAdvertiser } from '../access';
import { type CreativeFilters, creativeFilterSql } from './creative-filters';
import { type CreativeStats, creativeStats } from './creative-stats';

export interface CreativeLibrary {
  items: (Creative & { stats: CreativeStats })[];
  /** Every category the program's creatives use, for the search's choices. */
  categories: string[];
}

/** A program's creatives matching the search, newest first, each with its clicks and conversions. */
export async function listCreatives({
  ctx,
  input,
}: ServiceCall<{ programId: string; filters?: CreativeFilters | undefined }>): Promise<CreativeLibrary> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  const rows = await ctx.db
    .select()
    .from(creatives)
    .where(
      and(
        eq(creatives.programId, input.programId),
        eq(creatives.organizationId, organizationId),
        creativeFilterSql(input.filters ?? {}),
      ),
    )
    .orderBy(desc(creatives.id));
  const stats = await creativeStats({ ctx, input: { organizationId, programId: input.programId } });
  return {
    items: rows.map((row) => ({ ...row, stats: stats.get(row.id) ?? { clicks: 0, conversions: 0 } })),
    categories: await programCategories({ ctx, input: { organizationId, programId: input.programId } }),
  };
}

/** The distinct categories of a program's creatives, by name. */
export async function programCategories({
  ctx,
  input: { organizationId, programId },
}: ServiceCall<{ organizationId: string; programId: string }>): Promise<string[]> {
  const rows = await ctx.db
    .selectDistinct({ category: creatives.category })
    .from(creatives)
    .where(
      and(
        eq(creatives.programId, programId),
        eq(creatives.organizationId, organizationId),
        isNotNull(creatives.category),
      ),
    )
    .orderBy(asc(creatives.category));
  return rows.map((r) => r.category!);
}
