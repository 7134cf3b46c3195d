import { and, eq, gte, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import { conversions, programs, users, type Commission, type Conversion } from '../../../schema';
import type { RecordedEventType, ConversionStatus } from '../../../schema/enums';
import { type ConversionSort, DEFAULT_EVENT_SORT, parseSort } from '../../contracts/list-sort';
import type { ServiceCall } from '../../context';
import { keysetPaging } from '../keyset';
import { actingAdvertiser } from '../access';
import { listDirectCommissions } from './list-direct-commissions';

export interface ConversionFilters {
  status?: ConversionStatus | undefined;
  type?: RecordedEventType | undefined;
  programId?: string | undefined;
  /** occurredAt, inclusive, ISO 8601. */
  from?: string | undefined;
  to?: string | undefined;
  /** Default -occurredAt: when the event happened, newest first. */
  sort?: ConversionSort | undefined;
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
  affiliateFirstName: string | null;
  affiliateLastName: string | null;
  /** NULL while nobody is credited: only attributed conversions have a program. */
  programName: string | null;
  /** The direct affiliate's (level 0) line of this conversion, if it earned one. */
  directCommission: Commission | null;
}

/** The filters both sides share (paging is conversionPaging's). */
export function conversionFilterClause(input: ConversionFilters): SQL | undefined {
  return and(
    input.status ? eq(conversions.status, input.status) : undefined,
    input.type ? eq(conversions.eventType, input.type) : undefined,
    input.programId ? eq(conversions.programId, input.programId) : undefined,
    input.from ? gte(conversions.occurredAt, new Date(input.from)) : undefined,
    input.to ? lte(conversions.occurredAt, new Date(input.to)) : undefined,
  );
}

const SORT_KEYS = {
  occurredAt: conversions.occurredAt,
  receivedAt: conversions.receivedAt,
  amount: conversions.amountMinor,
} as const;

/**
 * The order and the "after the cursor" condition of a conversions page. The cursor row's key is read within
 * `scope` (the caller's tenant), so a cursor of another tenant is invalid_cursor like any unknown id.
 */
export async function conversionPaging({
  ctx,
  input,
}: ServiceCall<Pick<ConversionFilters, 'sort' | 'cursor'> & { scope: SQL | undefined }>): Promise<{
  after: SQL | undefined;
  orderBy: SQL[];
}> {
  const { key, direction } = parseSort(input.sort ?? DEFAULT_EVENT_SORT);
  const column = SORT_KEYS[key];
  return keysetPaging(column, conversions.id, direction, input.cursor, (cursor) =>
    ctx.db
      .select({ key: column })
      .from(conversions)
      .where(and(input.scope, eq(conversions.id, cursor))),
  );
}

/**
 * The organization's conversions, by when they happened, newest first, unless `sort` says otherwise;
 * status=flagged is the review queue. One row beyond `limit` marks a next page.
 */
export async function listConversions({ ctx, input }: ServiceCall<ListConversionsInput>): Promise<ConversionRow[]> {
  const scope = eq(conversions.organizationId, actingAdvertiser(ctx).organizationId);
  const { after, orderBy } = await conversionPaging({ ctx, input: { sort: input.sort, cursor: input.cursor, scope } });
  const rows = await ctx.db
    .select({
      conversion: conversions,
      affiliateEmail: users.email,
      affiliateFirstName: users.firstName,
      affiliateLastName: users.lastName,
      programName: programs.name,
    })
    .from(conversions)
    .leftJoin(users, eq(users.id, conversions.affiliateId))
    .leftJoin(programs, eq(programs.id, conversions.programId))
    .where(
      and(
        scope,
        conversionFilterClause(input),
        after,
        input.affiliateId ? eq(conversions.affiliateId, input.affiliateId) : undefined,
        input.appId ? eq(conversions.appId, input.appId) : undefined,
        input.attributed === undefined
          ? undefined
          : input.attributed
            ? isNotNull(conversions.enrollmentId)
            : isNull(conversions.enrollmentId),
      ),
    )
    .orderBy(...orderBy)
    .limit(input.limit + 1);
  const direct = await listDirectCommissions({ ctx, input: { page: rows.map((r) => r.conversion) } });
  return rows.map((r) => ({ id: r.conversion.id, ...r, directCommission: direct.get(r.conversion.id) ?? null }));
}
