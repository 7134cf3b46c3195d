import { and, desc, eq, lt } from 'drizzle-orm';
import { commissions, conversions, users, type Commission } from '../../../schema';
import type { CommissionKind, CommissionStatus, RecordedEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';

export interface CommissionFilters {
  status?: CommissionStatus | undefined;
  programId?: string | undefined;
  kind?: CommissionKind | undefined;
  currency?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface CommissionRow {
  id: string;
  commission: Commission;
  beneficiaryEmail: string;
  conversionType: RecordedEventType;
  conversionOccurredAt: Date;
}

/** The filters both sides share; cursor paging is by id (UUIDv7: newest first). */
export function commissionFilterClause(input: CommissionFilters) {
  return and(
    input.status ? eq(commissions.status, input.status) : undefined,
    input.programId ? eq(commissions.programId, input.programId) : undefined,
    input.kind ? eq(commissions.kind, input.kind) : undefined,
    input.currency ? eq(commissions.currency, input.currency) : undefined,
    input.cursor ? lt(commissions.id, input.cursor) : undefined,
  );
}

/** Every commission line the organization owes, newest first; one row beyond `limit` marks a next page. */
export async function listCommissions({
  ctx,
  input,
}: ServiceCall<CommissionFilters & { beneficiaryId?: string | undefined }>): Promise<CommissionRow[]> {
  const rows = await ctx.db
    .select({
      commission: commissions,
      beneficiaryEmail: users.email,
      conversionType: conversions.eventType,
      conversionOccurredAt: conversions.occurredAt,
    })
    .from(commissions)
    .innerJoin(users, eq(users.id, commissions.beneficiaryId))
    .innerJoin(conversions, eq(conversions.id, commissions.conversionId))
    .where(
      and(
        eq(commissions.organizationId, advertiserOrgId(ctx)),
        commissionFilterClause(input),
        input.beneficiaryId ? eq(commissions.beneficiaryId, input.beneficiaryId) : undefined,
      ),
    )
    .orderBy(desc(commissions.id))
    .limit(input.limit + 1);
  return rows.map((r) => ({ id: r.commission.id, ...r }));
}
