import type { ServiceCall } from '../../context';
import { runNamed } from '../../db/execute-named';
import { compiledTotals, type TotalsQuery } from './affiliate-totals-sql';

/**
 * An enrollment's totals before an event (or now), per (metric, window) reward rules or workflows
 * ask about, in one statement (affiliate-totals-sql.ts says what counts), keyed `metric:windowDays`
 * (lifetime: `metric:null`). Windows end at `before` and reach back N days (null: lifetime); the
 * event `excludeConversionId`, if any, is left out, and the conversions this transaction changed
 * before count as they are now (none outside a settling transaction).
 */
export async function affiliateTotals({
  ctx,
  input,
}: ServiceCall<Omit<TotalsQuery, 'changedConversionIds'> & { changedConversionIds?: readonly string[] }>): Promise<
  Map<string, number>
> {
  if (input.windows.length === 0) return new Map();
  const { statement, values, read } = compiledTotals({
    ...input,
    changedConversionIds: input.changedConversionIds ?? [],
  });
  // Named, as its planning costs as much as running it: a warm connection parses each shape once, and after its
  // five custom plans Postgres reuses the generic one (test/workers/affiliate-totals.test.ts checks that).
  const { rows } = await runNamed(ctx.db, statement, values);
  return read(rows[0] as Record<string, unknown>);
}
