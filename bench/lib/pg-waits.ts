import { sql } from 'drizzle-orm';
import type { Db } from './ingest-stack';
import { table } from './machine';

/** What the sampled backends were doing, by state and wait event, summed over samples. */
export type WaitTally = Map<string, number>;

/**
 * Samples pg_stat_activity every `everyMs` until stopped: the client backends of the bench's database (not the
 * sampler's own), each counted under its state and, when active, its wait event (`active: cpu` when it waits on
 * nothing, so is running or ready to run). Where a writer's transaction spends its time: running, waiting on a
 * row lock another writer holds, or idle in its transaction while node and the relay carry the next statement.
 */
export function sampleWaits(db: Db, tally: WaitTally, everyMs = 20): () => Promise<number> {
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await db.execute(sql`
        SELECT state, wait_event_type AS type, wait_event AS event FROM pg_stat_activity
        WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND datname = current_database()
          AND state IS NOT NULL AND state <> 'idle'`);
      samples++;
      for (const r of rows as { state: string; type: string | null; event: string | null }[]) {
        const key =
          r.state === 'active'
            ? `active: ${r.type ? `${r.type}/${r.event}` : 'cpu'}`
            : `${r.state}${r.type === 'Client' ? '' : ` (${r.type}/${r.event})`}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return samples;
  };
}

/** The tallies of each mode side by side, as backends per sample (the writers' average occupancy of each state). */
export function waitsTable(modes: Record<string, { tally: WaitTally; samples: number }>): string {
  const names = Object.keys(modes);
  const keys = [...new Set(names.flatMap((m) => [...modes[m]!.tally.keys()]))].sort(
    (a, b) =>
      names.reduce((n, m) => n + (modes[m]!.tally.get(b) ?? 0), 0) -
      names.reduce((n, m) => n + (modes[m]!.tally.get(a) ?? 0), 0),
  );
  return table(
    ['backends in state (per sample)', ...names],
    keys.map((k) => [
      k,
      ...names.map((m) => ((modes[m]!.tally.get(k) ?? 0) / Math.max(1, modes[m]!.samples)).toFixed(2)),
    ]),
  );
}
