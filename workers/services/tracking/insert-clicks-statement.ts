import { sql, type SQL } from 'drizzle-orm';
import { arrayLiteral } from '../../db/array-literal';
import type { Slot } from '../../db/compile-statement';
import { type PreparedStatement, preparedStatement } from '../../db/execute-prepared';
import { CLICK_ROLLUP_SHAPE, clickRollupCtes, DERIVED_THROUGH } from '../click-rollup-ctes';

/** One column of the batch, as a single array parameter for unnest(). */
export interface ClickColumns {
  id: string[];
  clickedAt: string[];
  linkForm: string[];
  code: (string | null)[];
  status: string[];
  rejectReason: (string | null)[];
  organizationId: (string | null)[];
  appId: (string | null)[];
  programId: (string | null)[];
  enrollmentId: (string | null)[];
  affiliateId: (string | null)[];
  linkId: (string | null)[];
  ip: (string | null)[];
  userAgent: (string | null)[];
  referrer: (string | null)[];
  country: (string | null)[];
  region: (string | null)[];
  city: (string | null)[];
  asn: (number | null)[];
  deviceType: string[];
  os: (string | null)[];
  browser: (string | null)[];
  fingerprint: (string | null)[];
  sub: (string | null)[][];
  landingUrl: string[];
  isBot: boolean[];
}

type Cell = string | number | boolean | null;
const sub = (c: ClickColumns, i: number) => c.sub.map((s) => s[i] ?? null);

/** The unnest() columns, in order: each its cast, and the batch column sent for it as one array literal. */
const COLUMNS = [
  ['id', 'uuid', (c) => c.id],
  ['clicked_at', 'timestamptz', (c) => c.clickedAt],
  ['link_form', 'text', (c) => c.linkForm],
  ['code', 'text', (c) => c.code],
  ['status', 'text', (c) => c.status],
  ['reject_reason', 'text', (c) => c.rejectReason],
  ['organization_id', 'uuid', (c) => c.organizationId],
  ['app_id', 'uuid', (c) => c.appId],
  ['program_id', 'uuid', (c) => c.programId],
  ['enrollment_id', 'uuid', (c) => c.enrollmentId],
  ['affiliate_id', 'uuid', (c) => c.affiliateId],
  ['link_id', 'uuid', (c) => c.linkId],
  ['ip', 'inet', (c) => c.ip],
  ['user_agent', 'text', (c) => c.userAgent],
  ['referrer', 'text', (c) => c.referrer],
  ['country', 'text', (c) => c.country],
  ['region', 'text', (c) => c.region],
  ['city', 'text', (c) => c.city],
  ['asn', 'int', (c) => c.asn],
  ['device_type', 'text', (c) => c.deviceType],
  ['os', 'text', (c) => c.os],
  ['browser', 'text', (c) => c.browser],
  ['fingerprint', 'text', (c) => c.fingerprint],
  ['sub1', 'text', (c) => sub(c, 0)],
  ['sub2', 'text', (c) => sub(c, 1)],
  ['sub3', 'text', (c) => sub(c, 2)],
  ['sub4', 'text', (c) => sub(c, 3)],
  ['sub5', 'text', (c) => sub(c, 4)],
  ['sub6', 'text', (c) => sub(c, 5)],
  ['sub7', 'text', (c) => sub(c, 6)],
  ['sub8', 'text', (c) => sub(c, 7)],
  ['sub9', 'text', (c) => sub(c, 8)],
  ['sub10', 'text', (c) => sub(c, 9)],
  ['landing_url', 'text', (c) => c.landingUrl],
  ['is_bot', 'boolean', (c) => c.isBot],
] as const satisfies readonly (readonly [string, string, (c: ClickColumns) => Cell[]])[];

/** What one batch fills the statement with: every column, the look-back's bounds and the plan check. */
export type InsertClicksValues = Record<
  (typeof COLUMNS)[number][0] | 'lookback_from' | 'lookback_to' | 'check_plan' | 'grace_percent',
  string
>;

/**
 * A batch's columns as the statement's values (the look-back bounds from its earliest and latest click).
 * `checkPlan`: the consumer did not mark the batch's over-plan clicks, having seen every organization of
 * the batch far enough under its limit; the statement then refuses the batch should a month's counter
 * end past the limit plus the grace margin after all.
 */
export function insertClicksValues(
  c: ClickColumns,
  plan: { check: boolean; gracePercent: number },
): InsertClicksValues {
  const times = c.clickedAt.map((t) => Date.parse(t));
  return {
    check_plan: plan.check ? 't' : 'f',
    grace_percent: String(plan.gracePercent),
    ...(Object.fromEntries(COLUMNS.map(([name, , column]) => [name, arrayLiteral(column(c))])) as Record<
      (typeof COLUMNS)[number][0],
      string
    >),
    // Constant bounds let the planner prune the look-back to the partitions it can touch (an
    // expression such as "clicked_at - interval" is only known at execution, after all are planned).
    lookback_from: new Date(Math.min(...times) - 86_400_000).toISOString(),
    lookback_to: new Date(Math.max(...times)).toISOString(),
  };
}

/** What the statement says when it refuses a batch for a late click it was built without the rollups for. */
export const LATE_REFUSAL = 'the click-rollups job summed its hour since the batch was built';

/** What the statement says when it refuses an unmarked batch (`check_plan`) that took a month past its plan. */
export const PLAN_REFUSAL = 'the batch takes a month past its plan and was not marked';

/** Where the click rollups stand for a batch: its clicks are all of unsummed hours (on time), or some may be late. */
export type RollupMode = 'on_time' | 'may_be_late';

/**
 * The whole write of a batch in one statement (so one round trip, and atomic): the rows go in
 * through unnest with ON CONFLICT DO NOTHING, and only the rows really inserted count further, so
 * redelivering a batch changes nothing. The click rollups are not written here for clicks of hours
 * the click-rollups job has not summed yet (readers take those hours from the raw clicks, and the
 * job sums them once they pass); a click that arrives late, for an hour already summed, is added to
 * every rollup by this statement in mode `may_be_late`. `is_unique` marks the first accepted click
 * of a fingerprint on a program within 24 hours; concurrent batches may both see none before them,
 * so it is approximate at the edges of a batch, by design. The enrollments' lifetime click totals
 * count accepted clicks; the enrollment join skips clicks whose enrollment was deleted since (its
 * FK). plan_click_usage adds each organization's tracked clicks (accepted and over_plan) of the
 * month, and the statement answers the new totals with each plan's limit, for the plan warnings; a
 * batch the consumer did not mark for the plan (`check_plan`) is refused when a counter ends past the
 * limit plus the grace margin. Every upsert goes in key order, so concurrent batches lock rows in the
 * same order and cannot deadlock.
 */
function insertClicksStatement(mode: RollupMode, slot: Slot<keyof InsertClicksValues>): SQL {
  const unnested = sql.join(
    COLUMNS.map(([name, type]) => sql`${slot(name)}::${sql.raw(type)}[]`),
    sql`, `,
  );
  return sql`
    WITH input AS (
      SELECT * FROM unnest(${unnested}) AS t(${sql.raw(COLUMNS.map(([name]) => name).join(', '))})
    ),
    ranked AS (
      SELECT i.*,
        i.status = 'accepted' AND i.fingerprint IS NOT NULL AND i.program_id IS NOT NULL
        AND row_number() OVER (PARTITION BY i.fingerprint, i.program_id, i.status ORDER BY i.clicked_at, i.id) = 1
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.clicks c
          WHERE c.fingerprint = i.fingerprint AND c.program_id = i.program_id AND c.status = 'accepted'
            AND c.clicked_at >= ${slot('lookback_from')}::timestamptz AND c.clicked_at <= ${slot('lookback_to')}::timestamptz
            AND c.clicked_at >= i.clicked_at - interval '24 hours' AND c.clicked_at <= i.clicked_at AND c.id <> i.id
        ) AS is_unique
      FROM input i
    ),
    inserted AS (
      INSERT INTO affiliate.clicks (id, clicked_at, link_form, code, status, reject_reason, organization_id, app_id, program_id, enrollment_id,
        affiliate_id, link_id, ip, user_agent, referrer, country, region, city, asn, device_type, os, browser, fingerprint,
        sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10, landing_url, is_unique, is_bot)
      SELECT id, clicked_at, link_form, code, status, reject_reason, organization_id, app_id, program_id, enrollment_id,
        affiliate_id, link_id, ip, user_agent, referrer, country, region, city, asn, device_type, os, browser, fingerprint,
        sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10, landing_url, is_unique, is_bot
      FROM ranked
      ON CONFLICT DO NOTHING
      RETURNING ${
        mode === 'may_be_late'
          ? CLICK_ROLLUP_SHAPE
          : // What the totals, the meter and the late-click check read: the rollups' columns are not needed.
            sql`date_trunc('hour', clicked_at, 'UTC') AS hour, organization_id, program_id, enrollment_id, status, reject_reason, is_unique`
      }
    ),
    ${
      mode === 'may_be_late'
        ? sql`late AS MATERIALIZED (SELECT * FROM inserted WHERE hour < ${DERIVED_THROUGH}), ${clickRollupCtes('late')},`
        : sql``
    }
    totals AS (
      INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, clicks, unique_clicks)
      SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, a.clicks, a.unique_clicks
      FROM (
        SELECT enrollment_id, count(*) AS clicks, count(*) FILTER (WHERE is_unique) AS unique_clicks
        FROM inserted WHERE status = 'accepted' AND program_id IS NOT NULL GROUP BY 1
      ) a
      JOIN affiliate.enrollments e ON e.id = a.enrollment_id
      ORDER BY 1
      ON CONFLICT (enrollment_id) DO UPDATE SET
        clicks = t.clicks + excluded.clicks, unique_clicks = t.unique_clicks + excluded.unique_clicks, updated_at = now()
    ),
    usage_added AS (
      SELECT organization_id, date_trunc('month', hour, 'UTC')::date AS month, count(*) AS added
      FROM inserted
      WHERE organization_id IS NOT NULL AND (status = 'accepted' OR reject_reason = 'over_plan')
      GROUP BY 1, 2
    ),
    usage AS (
      INSERT INTO affiliate.plan_click_usage AS u (organization_id, month, clicks)
      SELECT organization_id, month, added FROM usage_added
      ORDER BY 1, 2
      ON CONFLICT (organization_id, month) DO UPDATE SET clicks = u.clicks + excluded.clicks
      RETURNING organization_id, month, clicks
    ),
    -- Each counter after the batch with its plan's limit now (NULL: unlimited), for the warnings and the check.
    usage_after AS (
      SELECT u.organization_id, u.month, u.clicks, a.added, p.max_clicks_monthly AS allowed
      FROM usage u
      JOIN usage_added a USING (organization_id, month)
      JOIN affiliate.organizations o ON o.id = u.organization_id
      LEFT JOIN affiliate.plans p ON p.id = o.plan_id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS inserted,
      ${
        mode === 'may_be_late'
          ? sql`(${DERIVED_THROUGH} < 'infinity')`
          : // On time as the consumer judged it; should the job have summed an hour of this batch
            // meanwhile, refuse it (the batch is written again, with the rollups).
            sql`((SELECT ('late click of ' || hour::text || ${`: ${LATE_REFUSAL}`}::text)::int
              FROM inserted WHERE hour < ${DERIVED_THROUGH} LIMIT 1) IS NULL)`
      } AS derived,
      -- The counter row is locked from its upsert to the commit, so this sees every batch before this one.
      ((SELECT ('over plan: ' || organization_id::text || ${`: ${PLAN_REFUSAL}`}::text)::int
        FROM usage_after
        WHERE ${slot('check_plan')}::boolean AND allowed IS NOT NULL
          AND clicks > allowed + allowed::bigint * ${slot('grace_percent')}::int / 100
        LIMIT 1) IS NULL) AS within_plan,
      (SELECT coalesce(json_agg(json_build_object('organizationId', organization_id, 'month', month::text, 'clicks', clicks,
          'added', added, 'allowed', allowed)), '[]'::json)
       FROM usage_after) AS usage`;
}

/** The batch write, per rollup mode (each its own prepared statement). */
export const insertClicks: Record<RollupMode, PreparedStatement<keyof InsertClicksValues>> = {
  on_time: preparedStatement('insert_clicks_on_time', (slot) => insertClicksStatement('on_time', slot)),
  may_be_late: preparedStatement('insert_clicks_may_be_late', (slot) => insertClicksStatement('may_be_late', slot)),
};
