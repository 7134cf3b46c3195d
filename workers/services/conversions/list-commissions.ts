import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { commissions, conversions, programs, users, type Commission } from '../../../schema';
import type { CommissionKind, CommissionStatus, RecordedEventType } from '../../../schema/enums';
import { type CommissionSort, DEFAULT_EVENT_SORT, parseSort } from '../../contracts/list-sort';
import type { ServiceCall } from '../../context';
import { keysetPaging } from '../keyset';
import { actingAdvertiser } from '../access';
import { wordRuleVerdicts } from '../programs';

export interface CommissionFilters {
  status?: CommissionStatus | undefined;
  programId?: string | undefined;
  kind?: CommissionKind | undefined;
  currency?: string | undefined;
  /** The conversion's occurredAt, inclusive, ISO 8601: the period a line was earned in. */
  from?: string | undefined;
  to?: string | undefined;
  /** Default -occurredAt: when the conversion behind the line happened, newest first. */
  sort?: CommissionSort | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface CommissionRow {
  id: string;
  commission: Commission;
  beneficiaryEmail: string;
  programName: string;
  conversionType: RecordedEventType;
  conversionOccurredAt: Date;
}

/** The filters both sides share (paging is commissionPaging's); the query joins the line's conversion. */
export function commissionFilterClause(input: CommissionFilters) {
  return and(
    input.status ? eq(commissions.status, input.status) : undefined,
    input.programId ? eq(commissions.programId, input.programId) : undefined,
    input.kind ? eq(commissions.kind, input.kind) : undefined,
    input.currency ? eq(commissions.currency, input.currency) : undefined,
    input.from ? gte(conversions.occurredAt, new Date(input.from)) : undefined,
    input.to ? lte(conversions.occurredAt, new Date(input.to)) : undefined,
  );
}

const SORT_KEYS = {
  occurredAt: conversions.occurredAt,
  createdAt: commissions.createdAt,
  amount: commissions.amountMinor,
} as const;

/** The order and the "after the cursor" condition of a page of lines; the cursor is read within `scope`. */
export async function commissionPaging({
  ctx,
  input,
}: ServiceCall<Pick<CommissionFilters, 'sort' | 'cursor'> & { scope: SQL | undefined }>): Promise<{
  after: SQL | undefined;
  orderBy: SQL[];
}> {
  const { key, direction } = parseSort(input.sort ?? DEFAULT_EVENT_SORT);
  const column = SORT_KEYS[key];
  return keysetPaging(column, commissions.id, direction, input.cursor, (cursor) =>
    ctx.db
      .select({ key: column })
      .from(commissions)
      .innerJoin(conversions, eq(conversions.id, commissions.conversionId))
      .where(and(input.scope, eq(commissions.id, cursor))),
  );
}

/**
 * Every commission line the organization owes, by when its conversion happened, newest first, unless `sort`
 * says otherwise; one row beyond `limit` marks a next page.
 */
export async function listCommissions({
  ctx,
  input,
}: ServiceCall<CommissionFilters & { beneficiaryId?: string | undefined }>): Promise<CommissionRow[]> {
  const scope = eq(commissions.organizationId, actingAdvertiser(ctx).organizationId);
  const { after, orderBy } = await commissionPaging({ ctx, input: { sort: input.sort, cursor: input.cursor, scope } });
  const rows = await ctx.db
    .select({
      commission: commissions,
      beneficiaryEmail: users.email,
      programName: programs.name,
      conversionType: conversions.eventType,
      conversionOccurredAt: conversions.occurredAt,
    })
    .from(commissions)
    .innerJoin(users, eq(users.id, commissions.beneficiaryId))
    .innerJoin(programs, eq(programs.id, commissions.programId))
    .innerJoin(conversions, eq(conversions.id, commissions.conversionId))
    .where(
      and(
        scope,
        commissionFilterClause(input),
        input.beneficiaryId ? eq(commissions.beneficiaryId, input.beneficiaryId) : undefined,
        after,
      ),
    )
    .orderBy(...orderBy)
    .limit(input.limit + 1);
  await wordRuleVerdicts({ ctx, input: rows.map((r) => r.commission) });
  return rows.map((r) => ({ id: r.commission.id, ...r }));
}
