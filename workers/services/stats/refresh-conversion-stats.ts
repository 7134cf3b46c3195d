import type { ServiceCall } from '../../context';
import { compileStatement, type NamedStatement } from '../../db/compile-statement';
import { runNamed } from '../../db/execute-named';
import { applyConversionContributions, deleteEmptiedRollups, type EmptiedRollupRows } from './conversion-rollups-sql';
import { lockChangedConversions, lockOneConversion } from './conversion-stats-locks-sql';

export interface ConversionStatsChange {
  /** Conversions written in this transaction. */
  conversionIds?: string[];
  /** Commission lines written in this transaction (their conversions are refreshed). */
  commissionIds?: string[];
}

// The refresh of one conversion alone (nearly every settled event's, last in its transaction) as two named statements,
// composed on first use. Unnamed, the rollups' statement was planned on every call: 5 ms of Postgres CPU per
// conversion at 8 writers, more than it took to run, and the lock statement another 0.45 ms.
let one: { lock: NamedStatement; apply: NamedStatement } | undefined;
export const oneConversionStatements = () =>
  (one ??= {
    lock: compileStatement('lock_conversion_stats', (slot) => lockOneConversion(slot('id'))),
    apply: compileStatement('refresh_conversion_stats', (slot) =>
      applyConversionContributions({ kind: 'one', id: slot('id') }),
    ),
  });

/**
 * Moves the conversion and commission rollups, and the enrollments' conversion totals, from what the
 * changed conversions (those listed and those of the listed lines) were counted as to what their raw
 * rows give now: the cost follows the changed conversions, not the hour they belong to. Call it once,
 * last in the transaction that made the change, with every id it changed: a second call takes its
 * locks in a second round, out of the one sorted order, and can deadlock against a concurrent refresh.
 * It first locks each changed conversion (advisory, transaction-scoped, sorted), so a concurrent
 * refresh of the same conversion waits for this commit and its later statements (READ COMMITTED) see
 * both these raw rows and what this one stored.
 */
export async function refreshConversionStats({
  ctx,
  input: change,
}: ServiceCall<ConversionStatsChange>): Promise<void> {
  const conversionIds = change.conversionIds ?? [];
  const commissionIds = change.commissionIds ?? [];
  if (conversionIds.length === 0 && commissionIds.length === 0) return;
  const single = conversionIds.length === 1 && commissionIds.length === 0 ? { id: conversionIds[0] } : null;
  const locked = single
    ? await runNamed(ctx.db, oneConversionStatements().lock, single)
    : await ctx.db.execute(lockChangedConversions(conversionIds, commissionIds));
  const changed = (locked.rows as { conversion_id: string | null }[]).flatMap((r) =>
    r.conversion_id ? [r.conversion_id] : [],
  );
  if (changed.length === 0) return;
  const applied = single
    ? await runNamed(ctx.db, oneConversionStatements().apply, single)
    : await ctx.db.execute(applyConversionContributions({ kind: 'ids', conversionIds: changed }));
  const emptied = applied.rows[0] as EmptiedRollupRows;
  if (Object.values(emptied).some((rows) => Array.isArray(rows) && rows.length > 0)) {
    await ctx.db.execute(deleteEmptiedRollups(emptied));
  }
}
