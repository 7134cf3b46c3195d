import { count, eq, isNotNull, sql } from 'drizzle-orm';
import { importItems, type ImportJob } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * Counts per kind: each outcome, `<outcome>:<reason code>` for the reasons behind them (the code before
 * the first colon, the first note of a create), and how many the run has written or settled (`done`,
 * refused records included), so the console can say why in its own words.
 */
export async function summarize({
  ctx,
  input: job,
}: ServiceCall<ImportJob>): Promise<Record<string, Record<string, number>>> {
  const rows = await ctx.db
    .select({
      kind: importItems.kind,
      outcome: sql<string>`coalesce(${importItems.outcome}, 'undecided')`,
      reason: sql<string | null>`nullif(split_part(${importItems.reason}, ':', 1), '')`,
      n: count(),
      // A record the source check refused is settled from the start: no stage touches it.
      done: sql<number>`count(*) filter (where ${isNotNull(importItems.appliedAt)} or coalesce(${importItems.reason}, '') like 'invalid_record%')::int`,
    })
    .from(importItems)
    .where(eq(importItems.jobId, job.id))
    .groupBy(importItems.kind, sql`2`, sql`3`);
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const of = out[r.kind] ?? { total: 0, done: 0 };
    out[r.kind] = of;
    of[r.outcome] = (of[r.outcome] ?? 0) + r.n;
    if (r.reason) of[`${r.outcome}:${r.reason}`] = (of[`${r.outcome}:${r.reason}`] ?? 0) + r.n;
    of.total = (of.total ?? 0) + r.n;
    of.done = (of.done ?? 0) + r.done;
  }
  return out;
}
