import { type SQL, sql } from 'drizzle-orm';
import { NONE, subSlots } from './rollup-sql';

/** Clicks that resolved to a program: the only ones the program-keyed rollups count. */
const RESOLVED = sql.raw('program_id IS NOT NULL AND organization_id IS NOT NULL AND app_id IS NOT NULL');
// On conflict, a batch's counts add to the stored row's (alias s).
const ADD_ACCEPTED = 'clicks = s.clicks + excluded.clicks, unique_clicks = s.unique_clicks + excluded.unique_clicks';
const ADD_COUNTS = sql.raw(ADD_ACCEPTED);
const ADD_ALL_COUNTS = sql.raw(`${ADD_ACCEPTED}, rejected_clicks = s.rejected_clicks + excluded.rejected_clicks`);
/** Accepted, unique and rejected clicks of a group, in the rollups' column order. */
const COUNTS = sql.raw(
  `count(*) FILTER (WHERE status = 'accepted'), count(*) FILTER (WHERE is_unique), count(*) FILTER (WHERE status = 'rejected')`,
);

/**
 * Where the advertiser-grain rollups end (click_rollups_derived): they hold the hours before it,
 * and everything while the click-rollups job has not run yet (no row).
 */
export const DERIVED_THROUGH = sql.raw(
  `coalesce((SELECT derived_through FROM affiliate.click_rollups_derived), 'infinity'::timestamptz)`,
);

/**
 * The nine click rollups fed from `sourceCte`: a CTE of clicks cut to their rollup columns (hour,
 * organization_id, app_id, program_id, enrollment_id and affiliate_id with the all-zero id for none,
 * country, device_type, os, browser, link_id, status, reject_reason, is_unique, sub1…sub10). Ingest
 * adds each batch's new rows and the rebuild adds a range's rows to emptied rollups through the same
 * keys and expressions. Rows are upserted in key order, so concurrent batches lock them in the same
 * order and cannot deadlock. Declares the CTEs rolled (RETURNING 1 per rollup row), accepted,
 * rejections, tech, links, subs and the advertiser-grain settled, programs, geo, enrollment_days
 * and sub_days; `clicks` counts accepted clicks, rejected ones are counted apart. The
 * advertiser-grain rollups take only clicks of hours before DERIVED_THROUGH (late ones, at
 * ingest): the click-rollups job derives the hours after from the enrollment-grain rollups. Without
 * `advertiserGrain` they are left out (a batch that cannot hold late clicks: planning and opening
 * four rollups it would not write costs ingest about 6 µs of Postgres CPU per click).
 */
export function clickRollupCtes(
  sourceCte: string,
  opts: { advertiserGrain: boolean } = { advertiserGrain: true },
): SQL {
  const source = sql.raw(sourceCte);
  return sql`
    rolled AS (
      INSERT INTO affiliate.click_stats_hourly AS s
        (hour, program_id, enrollment_id, country, device_type, organization_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)
      SELECT hour, program_id, enrollment_id, coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'), organization_id, app_id, affiliate_id,
        ${COUNTS}
      FROM ${source}
      WHERE ${RESOLVED}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (hour, program_id, enrollment_id, country, device_type) DO UPDATE SET ${ADD_ALL_COUNTS}
      RETURNING 1
    ),
    accepted AS (
      SELECT * FROM ${source}
      WHERE status = 'accepted' AND ${RESOLVED}
    ),
    rejections AS (
      INSERT INTO affiliate.click_rejections_hourly AS s (hour, organization_id, program_id, enrollment_id, affiliate_id, reason, clicks)
      SELECT hour, coalesce(organization_id, ${NONE}), coalesce(program_id, ${NONE}), enrollment_id, affiliate_id, reject_reason, count(*)
      FROM ${source}
      WHERE status = 'rejected' AND reject_reason IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4, 6
      ON CONFLICT (hour, organization_id, program_id, enrollment_id, reason) DO UPDATE SET clicks = s.clicks + excluded.clicks
    ),
    tech AS (
      INSERT INTO affiliate.click_tech_hourly AS s
        (hour, program_id, enrollment_id, device_type, os, browser, organization_id, app_id, affiliate_id, clicks, unique_clicks)
      SELECT hour, program_id, enrollment_id, coalesce(device_type, 'unknown'), coalesce(os, ''), coalesce(browser, ''),
        organization_id, app_id, affiliate_id, count(*), count(*) FILTER (WHERE is_unique)
      FROM accepted
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (hour, program_id, enrollment_id, device_type, os, browser) DO UPDATE SET ${ADD_COUNTS}
    ),
    links AS (
      INSERT INTO affiliate.click_links_hourly AS s
        (hour, program_id, enrollment_id, link_id, organization_id, app_id, affiliate_id, clicks, unique_clicks)
      SELECT hour, program_id, enrollment_id, coalesce(link_id, ${NONE}), organization_id, app_id, affiliate_id,
        count(*), count(*) FILTER (WHERE is_unique)
      FROM accepted
      GROUP BY 1, 2, 3, 4, 5, 6, 7
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (hour, program_id, enrollment_id, link_id) DO UPDATE SET ${ADD_COUNTS}
    ),
    subs AS (
      INSERT INTO affiliate.click_subs_hourly AS s
        (hour, program_id, enrollment_id, slot, value, organization_id, app_id, affiliate_id, clicks, unique_clicks)
      SELECT a.hour, a.program_id, a.enrollment_id, v.slot, v.value, a.organization_id, a.app_id, a.affiliate_id,
        count(*), count(*) FILTER (WHERE a.is_unique)
      FROM accepted a
      ${subSlots('a', 'v')}
      WHERE v.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (hour, program_id, enrollment_id, slot, value) DO UPDATE SET ${ADD_COUNTS}
    ),
    ${opts.advertiserGrain ? advertiserGrainCtes(source) : sql`settled AS (SELECT 1)`}`;
}

/**
 * The rollups without the enrollment (or with it per UTC day), which the advertiser and platform
 * overviews read, for the clicks of hours the click-rollups job has already derived (`settled`).
 */
function advertiserGrainCtes(source: SQL): SQL {
  return sql`
    settled AS (
      SELECT * FROM ${source} WHERE ${RESOLVED} AND hour < ${DERIVED_THROUGH}
    ),
    programs AS (
      INSERT INTO affiliate.click_program_hourly AS s (organization_id, hour, program_id, app_id, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, hour, program_id, app_id, ${COUNTS}
      FROM settled
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3
      ON CONFLICT (organization_id, hour, program_id) DO UPDATE SET ${ADD_ALL_COUNTS}
    ),
    geo AS (
      INSERT INTO affiliate.click_geo_hourly AS s (organization_id, hour, country, device_type, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, hour, coalesce(country, 'ZZ'), coalesce(device_type, 'unknown'), ${COUNTS}
      FROM settled
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (organization_id, hour, country, device_type) DO UPDATE SET ${ADD_ALL_COUNTS}
    ),
    enrollment_days AS (
      INSERT INTO affiliate.click_enrollment_daily AS s
        (organization_id, day, program_id, enrollment_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, date_trunc('day', hour, 'UTC'), program_id, enrollment_id, app_id, affiliate_id, ${COUNTS}
      FROM settled
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (organization_id, day, program_id, enrollment_id) DO UPDATE SET ${ADD_ALL_COUNTS}
    ),
    sub_days AS (
      INSERT INTO affiliate.click_subs_daily AS s (organization_id, slot, day, value, clicks, unique_clicks)
      SELECT a.organization_id, v.slot, date_trunc('day', a.hour, 'UTC'), v.value, count(*), count(*) FILTER (WHERE a.is_unique)
      FROM settled a
      ${subSlots('a', 'v')}
      WHERE a.status = 'accepted' AND v.value IS NOT NULL
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
      ON CONFLICT (organization_id, slot, day, value) DO UPDATE SET ${ADD_COUNTS}
    )`;
}
