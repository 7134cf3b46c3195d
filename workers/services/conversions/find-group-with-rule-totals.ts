import { eq, sql } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type AffiliateMetric, type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { affiliateTotals, affiliateTotalsSql, totalsMap } from '../enrollments';

/** Every "affiliate's totals" condition of the group's rules, at any depth of their all/any trees, once each. */
export const RULE_WINDOWS = sql`(SELECT DISTINCT n ->> 'metric' AS metric, (n ->> 'windowDays')::int AS window_days
  FROM jsonb_path_query(${programGroups.rewardRules}, 'lax $[*].when.** ? (@.kind == "affiliate_totals")') n)`;

/**
 * The enrollment's group (whose terms it earns under now) and the affiliate's totals its reward rules
 * ask about before one event (domain/earn-lines.ts tests the rules against them), in one round trip:
 * the windows are read from the rules in SQL. The windows the pure side wants (totalsNeeded) are
 * checked against those read; should one be missing, it is read on its own, so the totals stay exact.
 */
export async function findGroupWithRuleTotals({
  ctx,
  input,
}: ServiceCall<{
  groupId: string;
  enrollmentId: string;
  currency: string;
  before: Date;
  excludeConversionId: string;
  /** Conversions this transaction changed before this one, not yet in the rollups (affiliateTotalsSql). */
  changedConversionIds: string[];
}>): Promise<{ group: ProgramGroup; totals: (metric: AffiliateMetric, windowDays: number | null) => number }> {
  const windows = sql`${RULE_WINDOWS} w`;
  const [row] = await ctx.db
    .select({
      group: programGroups,
      windows: sql<
        string[] | null
      >`(SELECT json_agg(w.metric || ':' || coalesce(w.window_days::text, 'null')) FROM ${windows})`,
      totals: sql<Record<string, unknown>[] | null>`(SELECT json_agg(t) FROM (${affiliateTotalsSql({
        enrollmentId: sql`${input.enrollmentId}::uuid`,
        currency: sql`${input.currency}::char(3)`,
        before: sql`${input.before.toISOString()}::timestamptz`,
        exclude: sql`${input.excludeConversionId}::uuid`,
        changed: sql`${sql.param(input.changedConversionIds)}::uuid[]`,
        windows: RULE_WINDOWS,
      })}) t)`,
    })
    .from(programGroups)
    .where(eq(programGroups.id, input.groupId));
  if (!row) throw new Error(`group ${input.groupId} of an enrollment is missing`);
  const read = new Set(row.windows ?? []);
  const totals = totalsMap(row.totals ?? []);
  const missing = totalsNeeded(row.group.rewardRules as RewardRule[]).filter(
    (w) => !read.has(`${w.metric}:${w.windowDays}`),
  );
  if (missing.length > 0) {
    const more = await affiliateTotals({ ctx, input: { ...input, windows: missing } });
    for (const [key, value] of more) totals.set(key, value);
  }
  return { group: row.group, totals: (metric, windowDays) => totals.get(`${metric}:${windowDays}`) ?? 0 };
}
