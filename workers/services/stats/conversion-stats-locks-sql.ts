import { type SQL, sql } from 'drizzle-orm';

/**
 * Advisory lock keys of the conversion-side stats. A refresh holds the whole-range key and the key
 * of each UTC day of its conversions shared, and each conversion's key exclusively: refreshes of
 * different conversions run side by side, while the rebuild takes the day keys (or the whole-range
 * key) exclusively and so waits for them, and they for it. Every statement takes its keys in
 * (rank, key) order, so two lockers cannot wait on each other in a cycle.
 */
const ALL_KEY = sql`hashtextextended('stats:conversions', 0)`;
const dayKey = (day: SQL) => sql`hashtextextended('stats:day:' || (${day})::text, 0)`;
/**
 * Conversions share 1,024 lock slots: a payout that settles lines of 50,000 conversions then takes at
 * most 1,024 locks, which the lock table holds, at the price of rare waits between unrelated conversions.
 */
const conversionKey = (id: SQL) =>
  sql`hashtextextended('stats:conversion:' || (hashtext((${id})::text) & 1023)::text, 0)`;
const epochDay = (at: SQL) => sql`floor(extract(epoch FROM ${at}) / 86400)::bigint`;

/** A rebuild of more days than this locks every refresh out at once: one lock per day would crowd the lock table. */
const MAX_LOCKED_DAYS = 400;

/**
 * Locks the conversions a refresh changes (those listed and those of the listed lines), and answers
 * them (rows with `conversion_id`). Lock functions are volatile, so Postgres calls them after the sort.
 */
export function lockChangedConversions(conversionIds: string[], commissionIds: string[]): SQL {
  return lockConversions(sql`
    SELECT unnest(${sql.param(conversionIds)}::uuid[]) AS id
    UNION SELECT conversion_id FROM affiliate.commissions WHERE id = ANY(${sql.param(commissionIds)}::uuid[])`);
}

/**
 * The same for one conversion, its id an SQL value (a named statement's slot): the refresh of one settled
 * conversion, planned once per connection instead of on every call. It also sets plan_cache_mode to
 * force_generic_plan until the transaction ends (set_config's `true`), for the rollups' statement that follows
 * it, last in the transaction: once autovacuum had analyzed the tables, Postgres judged that statement's new
 * generic plan dearer than the custom plans it had averaged before, and planned it on every call again on
 * about half the connections (5 ms each). The CTE is read three times, so it is computed once.
 */
export const lockOneConversion = (id: SQL): SQL =>
  lockConversions(
    sql`SELECT ${id}::uuid AS id, set_config('plan_cache_mode', 'force_generic_plan', true) AS plan_cache_mode`,
  );

function lockConversions(changed: SQL): SQL {
  return sql`
    WITH changed AS (${changed}),
    keys AS (
      SELECT 0 AS rank, ${ALL_KEY} AS key, NULL::uuid AS id
      UNION ALL
      -- One primary-key look-up per changed conversion (OFFSET 0 keeps it one): as a join, a payout's
      -- thousands were hash-joined against a scan of every conversion, a cost that grew with the history.
      SELECT DISTINCT 1, ${dayKey(epochDay(sql`v.occurred_at`))}, NULL::uuid
      FROM changed CROSS JOIN LATERAL (
        SELECT v.occurred_at FROM affiliate.conversions v WHERE v.id = changed.id OFFSET 0
      ) v
      UNION ALL
      SELECT DISTINCT 2, ${conversionKey(sql`id`)}, NULL::uuid FROM changed
      UNION ALL
      SELECT 3, 0, id FROM changed
    )
    SELECT id AS conversion_id,
      CASE rank WHEN 3 THEN NULL
        WHEN 2 THEN pg_advisory_xact_lock(key)::text ELSE pg_advisory_xact_lock_shared(key)::text END AS locked
    FROM keys
    ORDER BY rank, key`;
}

/**
 * Locks out every refresh of conversions that occurred in [from, to) until the rebuild commits:
 * the day keys of the range, or the whole-range key when the range is open or very long.
 */
export function lockConversionRange(from: Date | null, to: Date | null): SQL {
  if (!from || !to || to.getTime() - from.getTime() > MAX_LOCKED_DAYS * 86_400_000) {
    return sql`SELECT pg_advisory_xact_lock(${ALL_KEY})::text AS locked`;
  }
  const first = epochDay(sql`${from.toISOString()}::timestamptz`);
  const last = epochDay(sql`${to.toISOString()}::timestamptz - interval '1 microsecond'`);
  // The whole-range key shared as well, so a rebuild of everything waits for this one.
  return sql`
    SELECT CASE WHEN rank = 0 THEN pg_advisory_xact_lock_shared(key)::text ELSE pg_advisory_xact_lock(key)::text END AS locked
    FROM (
      SELECT 0 AS rank, ${ALL_KEY} AS key
      UNION ALL SELECT 1, ${dayKey(sql`d`)} FROM generate_series(${first}, ${last}) AS d
    ) keys
    ORDER BY rank, key`;
}
