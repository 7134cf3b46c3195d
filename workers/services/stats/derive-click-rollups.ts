import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall } from '../../context';
import {
  deleteDerivedClickRollups,
  sumDailyClickRollupsSql,
  sumHourlyClickRollupsSql,
} from './derive-click-rollups-sql';

const HOUR_MS = 3_600_000;
/** Serializes the job with itself and with rebuildStats (a second run at once skips). */
export const DERIVE_CLICK_ROLLUPS_LOCK = sql`hashtextextended('derive-click-rollups', 0)`;

export interface DeriveClickRollupsResult {
  /** The hour the advertiser-grain rollups now end at (exclusive), or null when another run held the lock. */
  derivedThrough: string | null;
  /** Hours summed by this run (0 when already up to date, or on the first run, which only starts the clock). */
  hours: number;
}

/**
 * The click-rollups job: sums every UTC hour that has passed from the raw clicks into the hourly
 * click rollups, recounts the daily ones of the days it touched, and moves click_rollups_derived
 * past them. Ingest then writes no rollup for clicks of the hours after it, only for the clicks that
 * arrive late for hours before it, and readers take the hours after it from the raw clicks
 * (clickRollupRows), so no click is missed or counted twice. Locking the clicks table in SHARE mode
 * waits for the ingest statements in flight (each inserts into it) and holds new ones until the
 * commit, when they read the new hour: no batch can add clicks of an hour without its rollups after
 * the job summed that hour. Reads of the clicks go on meanwhile.
 * The first run (no row yet: ingest wrote every click into the rollups) only records the hour.
 */
export async function deriveClickRollups({ ctx }: ServiceCall<void>): Promise<DeriveClickRollupsResult> {
  const through = new Date(Math.floor(ctx.now.getTime() / HOUR_MS) * HOUR_MS);
  return inTransaction(ctx, async (tx) => {
    const locked = await tx.db.execute(sql`SELECT pg_try_advisory_xact_lock(${DERIVE_CLICK_ROLLUPS_LOCK}) AS ok`);
    if (!(locked.rows[0] as { ok: boolean } | undefined)?.ok) return { derivedThrough: null, hours: 0 };
    await tx.db.execute(sql`LOCK TABLE affiliate.clicks IN SHARE MODE`);
    const { rows } = await tx.db.execute(
      sql`SELECT extract(epoch FROM derived_through)::float8 * 1000 AS ms FROM affiliate.click_rollups_derived WHERE id = 1`,
    );
    const stored = (rows[0] as { ms: number } | undefined)?.ms;
    if (stored === undefined) {
      await tx.db.execute(
        sql`INSERT INTO affiliate.click_rollups_derived (id, derived_through) VALUES (1, ${through.toISOString()}::timestamptz)`,
      );
      return { derivedThrough: through.toISOString(), hours: 0 };
    }
    const from = new Date(Number(stored));
    if (from >= through) return { derivedThrough: from.toISOString(), hours: 0 };
    await tx.db.execute(deleteDerivedClickRollups(from, through));
    await tx.db.execute(sumHourlyClickRollupsSql(from, through));
    await tx.db.execute(sumDailyClickRollupsSql(from, through));
    await tx.db.execute(
      sql`UPDATE affiliate.click_rollups_derived SET derived_through = ${through.toISOString()}::timestamptz WHERE id = 1`,
    );
    return { derivedThrough: through.toISOString(), hours: (through.getTime() - from.getTime()) / HOUR_MS };
  });
}
