import { and, eq } from 'drizzle-orm';
import { commissions, conversions, programs, type Commission } from '../../../schema';
import type { RecordedEventType } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { wordRuleVerdicts } from '../programs';
import { commissionFilterClause, type CommissionFilters, commissionPaging } from './list-commissions';

export interface MyCommissionRow {
  id: string;
  commission: Commission;
  programName: string;
  conversionType: RecordedEventType;
  conversionOccurredAt: Date;
}

/**
 * The lines the signed-in affiliate earns from one advertiser, by when the conversion happened, newest first
 * unless `sort` says otherwise: its own sales
 * (level 0) and its share of its referrals' sales (levels 1–3).
 */
export async function listMyCommissions({
  ctx,
  input,
}: ServiceCall<CommissionFilters & { level?: number | undefined }>): Promise<MyCommissionRow[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const scope = and(eq(commissions.organizationId, organizationId), eq(commissions.beneficiaryId, affiliateId));
  const { after, orderBy } = await commissionPaging({ ctx, input: { sort: input.sort, cursor: input.cursor, scope } });
  const rows = await ctx.db
    .select({
      commission: commissions,
      programName: programs.name,
      conversionType: conversions.eventType,
      conversionOccurredAt: conversions.occurredAt,
    })
    .from(commissions)
    .innerJoin(programs, eq(programs.id, commissions.programId))
    .innerJoin(conversions, eq(conversions.id, commissions.conversionId))
    .where(
      and(
        scope,
        commissionFilterClause(input),
        input.level === undefined ? undefined : eq(commissions.level, input.level),
        after,
      ),
    )
    .orderBy(...orderBy)
    .limit(input.limit + 1);
  await wordRuleVerdicts({ ctx, input: rows.map((r) => r.commission) });
  return rows.map((r) => ({ id: r.commission.id, ...r }));
}
