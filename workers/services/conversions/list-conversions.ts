import { and, desc, eq, gte, isNotNull, isNull, lt, lte, type SQL } from 'drizzle-orm';
import { conversions, users, type Commission, type Conversion } from '../../../schema';
import type { RecordedEventType, ConversionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { listDirectCommissions } from './list-direct-commissions';

export interface ConversionFilters {
  status?: ConversionStatus | undefined;
  type?: RecordedEventType | undefined;
  programId?: string | undefined;
  /** occurredAt, inclusive, ISO 8601. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface ListConversionsInput extends ConversionFilters {
  affiliateId?: string | undefined;
  appId?: string | undefined;
  /** true: attributed to an affiliate; false: nobody (yet). */
  attributed?: boolean | undefined;
}

export interface ConversionRow {
  id: string;
  conversion: Conversion;
  affiliateEmail: string | null;
  /** The direct affiliate's (level 0) line of this conversion, if it earned one. */
  directCommission: Commission | null;
}

/** The filters both sides share; cursor paging is by id, and UUIDv7 ids sort by arrival. */
export function conversionFilterClause(input: ConversionFilters): SQL | undefined {
  return and(
    input.status ? eq(conversions.status, input.status) : undefined,
    input.type ? eq(conversions.eventType, input.type) : undefined,
    input.programId ? eq(conversions.programId, input.programId) : undefined,
    input.from ? gte(conversions.occurredAt, new Date(input.from)) : undefined,
    input.to ? lte(conversions.occurredAt, new Date(input.to)) : undefined,
    input.cursor ? lt(conversions.id, input.cursor) : undefined,
  );
}

/**
 * The organization's conversions, newest first; status=flagged is the review queue. One row beyond
 * `limit` marks a next page.
 */
export async function listConversions({ ctx, input }: ServiceCall<ListConversionsInput>): Promise<ConversionRow[]> {
  const rows = await ctx.db
    .select({ conversion: conversions, affiliateEmail: users.email })
    .from(conversions)
    .leftJoin(users, eq(users.id, conversions.affiliateId))
    .where(
      and(
        eq(conversions.organizationId, advertiserOrgId(ctx)),
        conversionFilterClause(input),
        input.affiliateId ? eq(conversions.affiliateId, input.affiliateId) : undefined,
        input.appId ? eq(conversions.appId, input.appId) : undefined,
        input.attributed === undefined
          ? undefined
          : input.attributed
            ? isNotNull(conversions.enrollmentId)
            : isNull(conversions.enrollmentId),
      ),
    )
    .orderBy(desc(conversions.id))
    .limit(input.limit + 1);
  const direct = await listDirectCommissions(
    ctx.db,
    rows.map((r) => r.conversion),
  );
  return rows.map((r) => ({ id: r.conversion.id, ...r, directCommission: direct.get(r.conversion.id) ?? null }));
}
