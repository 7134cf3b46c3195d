import { and, eq } from 'drizzle-orm';
import { conversions, programs, type Commission, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { conversionFilterClause, type ConversionFilters, conversionPaging } from './list-conversions';
import { listDirectCommissions } from './list-direct-commissions';

export interface MyConversionRow {
  id: string;
  conversion: Conversion;
  /** Never NULL here: only credited conversions are listed. */
  programId: string;
  programName: string;
  directCommission: Commission | null;
}

/**
 * The conversions attributed to the signed-in affiliate in one advertiser's context, by when they happened,
 * newest first unless `sort` says otherwise,
 * with its own (direct) commission. The API view decides which columns it may see.
 */
export async function listMyConversions({ ctx, input }: ServiceCall<ConversionFilters>): Promise<MyConversionRow[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const scope = and(eq(conversions.organizationId, organizationId), eq(conversions.affiliateId, affiliateId));
  const { after, orderBy } = await conversionPaging({ ctx, input: { sort: input.sort, cursor: input.cursor, scope } });
  const rows = await ctx.db
    .select({ conversion: conversions, programId: programs.id, programName: programs.name })
    .from(conversions)
    // Attributed conversions always have a program (conversions_attribution_check).
    .innerJoin(programs, eq(programs.id, conversions.programId))
    .where(and(scope, conversionFilterClause(input), after))
    .orderBy(...orderBy)
    .limit(input.limit + 1);
  const direct = await listDirectCommissions({ ctx, input: { page: rows.map((r) => r.conversion) } });
  return rows.map((r) => ({ id: r.conversion.id, ...r, directCommission: direct.get(r.conversion.id) ?? null }));
}
