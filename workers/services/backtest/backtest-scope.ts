import { type SQL, sql } from 'drizzle-orm';

/**
 * The events a backtest replays (conversion alias `c`): the program's attributed leads, sales and rebills
 * of the history, from before the period when the terms look back. A branded edition's sales earn the
 * edition's own reward (docs/editions.md), which no change to the program's terms or rules moves: they
 * are neither replayed nor compared.
 */
export function backtestScope(programId: string, from: Date, to: Date): SQL {
  return sql`c.program_id = ${programId} AND c.enrollment_id IS NOT NULL
    AND c.edition_id IS NULL AND c.event_type IN ('lead', 'sale', 'rebill')
    AND c.occurred_at >= ${from.toISOString()}::timestamptz AND c.occurred_at <= ${to.toISOString()}::timestamptz`;
}
