import { sql } from 'drizzle-orm';
import { ROLLUP_NONE_ID } from '../../schema/click-stats';
import { SUB_KEYS } from '../contracts/sub-keys';

// SQL pieces every rollup statement shares, click side (ingest, rebuild) and conversion side alike.

/** The all-zero id that stands for "none" in rollup keys, as an SQL literal. */
export const NONE = sql.raw(`'${ROLLUP_NONE_ID}'::uuid`);

/**
 * One row per sub slot of row alias `row`, as columns (slot, value) of alias `as`: slot 1 to 10 and
 * the row's value in it (NULL where it carried none), to be cut to the carried ones by the caller.
 */
export const subSlots = (row: string, as = 's') =>
  sql.raw(
    `CROSS JOIN LATERAL (VALUES ${SUB_KEYS.map((key, i) => `(${i + 1}::smallint, ${row}.${key})`).join(', ')}) AS ${as}(slot, value)`,
  );
