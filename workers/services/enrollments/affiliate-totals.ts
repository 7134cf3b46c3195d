import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import type { AffiliateMetric } from '../../domain/reward-rules';
import { affiliateTotalsSql } from './affiliate-totals-sql';

/** Totals rows (metric, window_days, value) as a map keyed `metric:windowDays` (lifetime: `metric:null`). */
export function totalsMap(rows: readonly Record<string, unknown>[]): Map<string, number> {
  return new Map(rows.map((r) => [`${r.metric as string}:${r.window_days ?? null}`, Number(r.value)]));
}

/**
 * An enrollment's totals before an event (or now), per (metric, window) reward rules or workflows
 * ask about, in one statement (affiliateTotalsSql says what counts). Windows end at `before` and
 * reach back N days (null: lifetime); the event `excludeConversionId`, if any, is left out. A window
 * nothing falls in is absent from the map: read it as 0.
 */
export async function affiliateTotals({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  before: Date;
  excludeConversionId: string | null;
  /** Conversions this transaction changed, not yet in the rollups (affiliateTotalsSql); none outside one. */
  changedConversionIds?: string[];
  windows: { metric: AffiliateMetric; windowDays: number | null }[];
}>): Promise<Map<string, number>> {
  if (input.windows.length === 0) return new Map();
  const { rows } = await ctx.db.execute(
    affiliateTotalsSql({
      enrollmentId: sql`${input.enrollmentId}::uuid`,
      currency: sql`${input.currency}::char(3)`,
      before: sql`${input.before.toISOString()}::timestamptz`,
      exclude: sql`${input.excludeConversionId}::uuid`,
      changed: sql`${sql.param(input.changedConversionIds ?? [])}::uuid[]`,
      windows: input.windows,
    }),
  );
  return totalsMap(rows as Record<string, unknown>[]);
}
