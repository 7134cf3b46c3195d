import { type SQL, sql } from 'drizzle-orm';
import { NONE, subSlots } from './rollup-sql';

/** Clicks that resolved to a program: the only ones the program-keyed rollups count. */
const RESOLVED = sql.raw('program_id IS NOT NULL AND organization_id IS NOT NULL AND app_id IS NOT NULL');
const ACCEPTED = sql`status = 'accepted' AND ${RESOLVED}`;
// On conflict, added counts go onto the stored row's (alias s).
const ADD_ACCEPTED = 'clicks = s.clicks + excluded.clicks, unique_clicks = s.unique_clicks + excluded.unique_clicks';
const ADD_ALL = `${ADD_ACCEPTED}, rejected_clicks = s.rejected_clicks + excluded.rejected_clicks`;
/** Accepted, unique and rejected clicks of a group, in the rollups' column order. */
const COUNTS = sql.raw(
  `count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected')`,
);

/**
 * Where the click rollups end: they hold every click of the hours before it (the click-rollups job
 * summed them from raw rows; ingest adds the late ones) and none of the hours from it, which
 * readers take from the raw clicks (clickRollupRows). 'infinity' while the job has never run: then
 * ingest writes every click into the rollups itself.
 */
export const DERIVED_THROUGH = sql.raw(
  `coalesce((SELECT derived_through FROM affiliate.click_rollups_derived), 'infinity'::timestamptz)`,
);

/**
 * The columns every rollup is cut from, per click: ingest's RETURNING, the job's and the readers'
 * raw rows alike (hour, the owners with the all-zero id for none, the dimensions and the counts' inputs).
 */
export const CLICK_ROLLUP_SHAPE = sql`date_trunc('hour', clicked_at, 'UTC') AS hour, organization_id, app_id, program_id,
  coalesce(enrollment_id, ${NONE}) AS enrollment_id, coalesce(affiliate_id, ${NONE}) AS affiliate_id,
  country, device_type, os, browser, link_id, status, reject_reason, is_unique,
  sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10`;

/** One hourly click rollup: its columns and how a source of clicks (CLICK_ROLLUP_SHAPE) sums into them. */
interface HourlyRollup {
  columns: string;
  /** The grouped rows of `source` (alias a), in `columns` order. */
  select: (source: SQL) => SQL;
  /** The conflict key, which is also the insert order (so concurrent writers lock rows alike). */
  key: string;
  add: string;
}

export const HOURLY_CLICK_ROLLUPS = {
  click_stats_hourly: {
    columns:
      'hour, program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks',
    select: (source) => sql`
      SELECT hour, program_id, enrollment_id, coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'), organization_id, app_id, affiliate_id,
        ${COUNTS}
      FROM ${source} a WHERE ${RESOLVED}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    key: 'hour, program_id, enrollment_id, country, device_type',
    add: ADD_ALL,
  },
  click_rejections_hourly: {
    columns: 'hour, organization_id, program_id, enrollment_id, affiliate_id, reason, clicks',
    // Refused clicks of unknown codes have no organization or program: counted under the zero id.
    select: (source) => sql`
      SELECT hour, coalesce(organization_id, ${NONE}), coalesce(program_id, ${NONE}), enrollment_id, affiliate_id, reject_reason, count(*)
      FROM ${source} a WHERE status = 'rejected' AND reject_reason IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6`,
    key: 'hour, organization_id, program_id, enrollment_id, reason',
    add: 'clicks = s.clicks + excluded.clicks',
  },
  click_tech_hourly: {
    columns:
      'hour, program_id, enrollment_id, device_type, os, browser, organization_id, app_id, affiliate_id, clicks, unique_clicks',
    select: (source) => sql`
      SELECT hour, program_id, enrollment_id, coalesce(device_type, 'unknown'), coalesce(os, ''), coalesce(browser, ''),
        organization_id, app_id, affiliate_id, count(*), count(*) FILTER (WHERE is_unique)
      FROM ${source} a WHERE ${ACCEPTED}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    key: 'hour, program_id, enrollment_id, device_type, os, browser',
    add: ADD_ACCEPTED,
  },
  click_links_hourly: {
    columns: 'hour, program_id, enrollment_id, link_id, organization_id, app_id, affiliate_id, clicks, unique_clicks',
    select: (source) => sql`
      SELECT hour, program_id, enrollment_id, coalesce(link_id, ${NONE}), organization_id, app_id, affiliate_id,
        count(*), count(*) FILTER (WHERE is_unique)
      FROM ${source} a WHERE ${ACCEPTED}
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    key: 'hour, program_id, enrollment_id, link_id',
    add: ADD_ACCEPTED,
  },
  click_subs_hourly: {
    columns:
      'hour, program_id, enrollment_id, slot, value, organization_id, app_id, affiliate_id, clicks, unique_clicks',
    select: (source) => sql`
      SELECT a.hour, a.program_id, a.enrollment_id, v.slot, v.value, a.organization_id, a.app_id, a.affiliate_id,
        count(*), count(*) FILTER (WHERE a.is_unique)
      FROM ${source} a
      ${subSlots('a', 'v')}
      WHERE ${ACCEPTED} AND v.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
    key: 'hour, program_id, enrollment_id, slot, value',
    add: ADD_ACCEPTED,
  },
  // The advertiser grain: what overviews without an affiliate read, a few rows per hour.
  click_program_hourly: {
    columns: 'organization_id, hour, program_id, app_id, clicks, unique_clicks, rejected_clicks',
    select: (source) => sql`
      SELECT organization_id, hour, program_id, app_id, ${COUNTS}
      FROM ${source} a WHERE ${RESOLVED}
      GROUP BY 1, 2, 3, 4`,
    key: 'organization_id, hour, program_id',
    add: ADD_ALL,
  },
  click_geo_hourly: {
    columns: 'organization_id, hour, country, device_type, clicks, unique_clicks, rejected_clicks',
    select: (source) => sql`
      SELECT organization_id, hour, coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'), ${COUNTS}
      FROM ${source} a WHERE ${RESOLVED}
      GROUP BY 1, 2, 3, 4`,
    key: 'organization_id, hour, country, device_type',
    add: ADD_ALL,
  },
} satisfies Record<string, HourlyRollup>;

export type HourlyClickRollup = keyof typeof HOURLY_CLICK_ROLLUPS;
/** The daily click rollups (per UTC day), summed from the hourly ones. */
export const DAILY_CLICK_ROLLUPS = ['click_enrollment_daily', 'click_subs_daily'] as const;
/** Every click rollup table: seven hourly, two daily. */
export const CLICK_ROLLUP_TABLES = [
  ...(Object.keys(HOURLY_CLICK_ROLLUPS) as HourlyClickRollup[]),
  ...DAILY_CLICK_ROLLUPS,
] as const;

/** Upserts one hourly rollup's sums of `source` as CTE `name`, in key order, so concurrent writers cannot deadlock. */
function upsertHourly(name: string, table: HourlyClickRollup, source: SQL): SQL {
  const r: HourlyRollup = HOURLY_CLICK_ROLLUPS[table];
  // By position: the selected expressions are not named after the columns they fill.
  const columns = r.columns.split(', ');
  const order = r.key.split(', ').map((k) => columns.indexOf(k) + 1);
  return sql`${sql.raw(name)} AS (
    INSERT INTO ${sql.raw(`affiliate.${table}`)} AS s (${sql.raw(r.columns)})
    ${r.select(source)}
    ORDER BY ${sql.raw(order.join(', '))}
    ON CONFLICT (${sql.raw(r.key)}) DO UPDATE SET ${sql.raw(r.add)}
  )`;
}

/**
 * The seven hourly click rollups fed from CTE `sourceCte` (clicks cut to CLICK_ROLLUP_SHAPE), as
 * CTEs h0…h6: the click-rollups job sums passed hours with them, ingest a batch's late clicks.
 */
export function hourlyClickRollupCtes(sourceCte: string): SQL {
  const source = sql.raw(sourceCte);
  return sql.join(
    (Object.keys(HOURLY_CLICK_ROLLUPS) as HourlyClickRollup[]).map((table, i) => upsertHourly(`h${i}`, table, source)),
    sql`, `,
  );
}

/**
 * The two daily rollups (per enrollment and per sub value, by UTC day) fed from `sourceCte` as CTEs
 * d0 and d1. Readers take only the days before the one DERIVED_THROUGH falls in from them, which the
 * click-rollups job recounts whole from the hourly rollups when it passes their end.
 */
export function dailyClickRollupCtes(sourceCte: string): SQL {
  const source = sql.raw(sourceCte);
  return sql`
    d0 AS (
      INSERT INTO affiliate.click_enrollment_daily AS s
        (organization_id, day, program_id, enrollment_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, date_trunc('day', hour, 'UTC'), program_id, enrollment_id, app_id, affiliate_id, ${COUNTS}
      FROM ${source} WHERE ${RESOLVED}
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (organization_id, day, program_id, enrollment_id) DO UPDATE SET ${sql.raw(ADD_ALL)}
    ),
    d1 AS (
      INSERT INTO affiliate.click_subs_daily AS s (organization_id, slot, day, value, clicks, unique_clicks)
      SELECT a.organization_id, v.slot, date_trunc('day', a.hour, 'UTC'), v.value, count(*), count(*) FILTER (WHERE a.is_unique)
      FROM ${source} a
      ${subSlots('a', 'v')}
      WHERE ${ACCEPTED} AND v.value IS NOT NULL
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (organization_id, slot, day, value) DO UPDATE SET ${sql.raw(ADD_ACCEPTED)}
    )`;
}

/** Every click rollup, hourly and daily, fed from `sourceCte`: the rebuild's and a late batch's write. */
export function clickRollupCtes(sourceCte: string): SQL {
  return sql`${hourlyClickRollupCtes(sourceCte)}, ${dailyClickRollupCtes(sourceCte)}`;
}

/**
 * An hourly rollup's rows as every reader must take them: the stored rows of the hours before
 * DERIVED_THROUGH and, for the hours since, the same sums of the raw clicks. Filters a caller puts
 * on the result reach the clicks scan (the planner pushes them through the grouping), so a
 * tenant's report reads only its own recent clicks, through (organization_id, clicked_at).
 */
export function clickRollupRows(table: HourlyClickRollup): SQL {
  const r: HourlyRollup = HOURLY_CLICK_ROLLUPS[table];
  const recent = sql`(SELECT ${CLICK_ROLLUP_SHAPE} FROM affiliate.clicks WHERE clicked_at >= ${DERIVED_THROUGH})`;
  return sql`(
    SELECT ${sql.raw(r.columns)} FROM ${sql.raw(`affiliate.${table}`)} WHERE hour < ${DERIVED_THROUGH}
    UNION ALL SELECT * FROM (${r.select(recent)}) AS recent
  )`;
}
