import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall } from '../../context';
import { deleteDerivedClickRollups, deriveClickRollupsSql } from './derive-click-rollups-sql';

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
 * The click-rollups job: sums every UTC hour that has passed into the advertiser-grain rollups
 * (per program hour, per country/device hour, per enrollment day, per sub day) from the
 * enrollment-grain rollups ingest keeps, and moves click_rollups_derived past it. Ingest then
 * adds only the clicks that arrive late for such hours, and reports read the hours after from the
 * enrollment-grain rollups, so they never miss a click. Locking click_stats_hourly waits for the
 * ingest statements in flight (each writes it) and holds new ones until the commit, when they read
 * the new hour: no batch can add an hour's clicks to the enrollment-grain rollups alone after the
 * job summed that hour.
 * The first run (no row yet: ingest wrote every click into both grains) only records the hour.
 */
export async function deriveClickRollups({ ctx }: ServiceCall<void>): Promise<DeriveClickRollupsResult> {
  const through = new Date(Math.floor(ctx.now.getTime() / HOUR_MS) * HOUR_MS);
  return inTransaction(ctx, async (tx) => {
    const locked = await tx.db.execute(sql`SELECT pg_try_advisory_xact_lock(${DERIVE_CLICK_ROLLUPS_LOCK}) AS ok`);
    if (!(locked.rows[0] as { ok: boolean } | undefined)?.ok) return { derivedThrough: null, hours: 0 };
    await tx.db.execute(sql`LOCK TABLE affiliate.click_stats_hourly IN EXCLUSIVE MODE`);
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
    await tx.db.execute(deriveClickRollupsSql(from, through));
    await tx.db.execute(
      sql`UPDATE affiliate.click_rollups_derived SET derived_through = ${through.toISOString()}::timestamptz WHERE id = 1`,
    );
    return { derivedThrough: through.toISOString(), hours: (through.getTime() - from.getTime()) / HOUR_MS };
  });
}
