import { type SQL, sql } from 'drizzle-orm';
import { ROLLUP_NONE_ID } from '../../../schema/click-stats';
import { ROLLUP_NO_CURRENCY } from '../../../schema/conversion-stats';

const NONE = sql.raw(`'${ROLLUP_NONE_ID}'::uuid`);

/**
 * The advisory lock key of one (organization, hour, enrollment) bucket, the all-zero enrollment
 * for unattributed conversions; shared by every refresh and the rebuild, which take their keys in
 * (organization, hour, enrollment) order.
 */
export const bucketLockKey = (org: SQL, hour: SQL, enrollment: SQL): SQL =>
  sql`hashtextextended(concat_ws(':', 'stats', ${org}, extract(epoch FROM ${hour})::bigint, ${enrollment}), 0)`;

/**
 * Every refresh holds this key shared and a rebuild holds it exclusively: a rebuild waits for the
 * refreshes in flight and holds new ones back with one lock, where a lock per bucket would need
 * hundreds of thousands (more than Postgres's lock table holds).
 */
export const REBUILD_LOCK = sql`hashtextextended('stats:rebuild', 0)`;

/** A conversion's bucket enrollment: its enrollment, or the all-zero id while unattributed. */
export const bucketEnrollment = (enrollmentId: SQL): SQL => sql`coalesce(${enrollmentId}, ${NONE})`;

/** Which conversion buckets a statement covers: listed (organization, hour, enrollment) triples, or every bucket of an hour range. */
export type ConversionScope =
  | { kind: 'buckets'; organizationIds: string[]; hours: string[]; enrollmentIds: string[] }
  | { kind: 'range'; from: Date | null; to: Date | null };

const bucketList = (s: Extract<ConversionScope, { kind: 'buckets' }>) =>
  sql`SELECT * FROM unnest(${sql.param(s.organizationIds)}::uuid[], ${sql.param(s.hours)}::timestamptz[],
    ${sql.param(s.enrollmentIds)}::uuid[]) AS b(org, hour, enrollment)`;

function rangeCondition(column: SQL, from: Date | null, to: Date | null): SQL {
  const parts = [sql`true`];
  if (from) parts.push(sql`${column} >= ${from.toISOString()}::timestamptz`);
  if (to) parts.push(sql`${column} < ${to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

/**
 * The attributed click of conversion `v`: clicks are partitioned by clicked_at, and a click id is
 * a UUIDv7 whose first 48 bits are that very millisecond, so each look-up reads one partition's
 * primary key. LATERAL … LIMIT keeps it a look-up per conversion: a hash join would read every click.
 */
const attributedClick = sql`LEFT JOIN LATERAL (
    SELECT k.id, k.country, k.device_type, k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10
    FROM affiliate.clicks k
    WHERE k.id = v.click_id AND k.clicked_at = timestamptz 'epoch'
      + ('x' || substr(v.click_id::text, 1, 8) || substr(v.click_id::text, 10, 4))::bit(48)::bigint * interval '1 millisecond'
    LIMIT 1
  ) k ON v.enrollment_id IS NOT NULL`;

const subSlots = (a: string) =>
  sql.raw(
    `CROSS JOIN LATERAL (VALUES ${Array.from({ length: 10 }, (_, i) => `(${i + 1}::smallint, ${a}.sub${i + 1})`).join(', ')}) AS sv(slot, value)`,
  );

/** The conversions (with their attributed click) in scope, for the rollup inserts. */
function scopedConversions(scope: ConversionScope): SQL {
  if (scope.kind === 'buckets') {
    // An enrollment's bucket reads the enrollment's index; the unattributed one its advertiser's hour.
    const hourOf = sql`v.occurred_at >= b.hour AND v.occurred_at < b.hour + interval '1 hour'`;
    return sql`${conversionsFrom(sql`affiliate.conversions v JOIN (${bucketList(scope)}) b ON b.enrollment <> ${NONE}
        AND v.enrollment_id = b.enrollment AND v.organization_id = b.org AND ${hourOf}`)}
      UNION ALL ${conversionsFrom(sql`affiliate.conversions v JOIN (${bucketList(scope)}) b ON b.enrollment = ${NONE}
        AND v.enrollment_id IS NULL AND v.organization_id = b.org AND ${hourOf}`)}`;
  }
  return sql`${conversionsFrom(sql`affiliate.conversions v`)} WHERE ${rangeCondition(sql`v.occurred_at`, scope.from, scope.to)}`;
}

function conversionsFrom(from: SQL): SQL {
  return sql`SELECT v.id, v.stats_enrollment_id, v.organization_id, date_trunc('hour', v.occurred_at, 'UTC') AS hour, v.app_id,
      coalesce(v.program_id, ${NONE}) AS program_id, coalesce(v.enrollment_id, ${NONE}) AS enrollment_id,
      coalesce(v.affiliate_id, ${NONE}) AS affiliate_id, v.event_type, v.status,
      coalesce(v.currency, ${ROLLUP_NO_CURRENCY}) AS currency, v.amount_minor,
      k.id IS NOT NULL AS has_click, coalesce(k.country, 'ZZ') AS country, coalesce(k.device_type, 'unknown') AS device_type,
      k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10
    FROM ${from} ${attributedClick}`;
}

/** What enrollment_totals counts from a rollup row: leads and sales, and level-0 lines, not rejected or reversed. */
const COUNTED_CONVERSIONS = sql.raw(
  `CASE WHEN event_type IN ('lead', 'sale') AND status NOT IN ('rejected', 'reversed') THEN conversions ELSE 0 END`,
);
const COUNTED_EARNINGS = sql.raw(
  `CASE WHEN level = 0 AND status NOT IN ('rejected', 'reversed') THEN amount_minor ELSE 0 END`,
);

/** Per enrollment, what the rollup rows in scope counted toward enrollment_totals. */
export interface EnrollmentCounts {
  enrollmentIds: string[];
  conversions: number[];
  earnings: number[];
}

/**
 * Deletes the rows of the four conversion-side rollups in scope, in one statement, answering per
 * enrollment what the deleted rows counted toward its totals (rows enrollment_id, conversions, earnings).
 */
export function deleteConversionRollups(scope: ConversionScope): SQL {
  const where = () =>
    scope.kind === 'buckets'
      ? sql.raw(`USING b WHERE r.organization_id = b.org AND r.hour = b.hour AND r.enrollment_id = b.enrollment`)
      : sql`WHERE ${rangeCondition(sql`r.hour`, scope.from, scope.to)}`;
  const head = scope.kind === 'buckets' ? sql`b AS (${bucketList(scope)}), ` : sql``;
  return sql`WITH ${head}
    d0 AS (DELETE FROM affiliate.conversion_stats_hourly r ${where()} RETURNING r.enrollment_id, ${COUNTED_CONVERSIONS} AS n),
    d1 AS (DELETE FROM affiliate.conversion_subs_hourly r ${where()}),
    d2 AS (DELETE FROM affiliate.commission_stats_hourly r ${where()} RETURNING r.enrollment_id, ${COUNTED_EARNINGS} AS amount),
    d3 AS (DELETE FROM affiliate.commission_subs_hourly r ${where()})
    SELECT enrollment_id, sum(n)::bigint AS conversions, sum(amount)::bigint AS earnings
    FROM (SELECT enrollment_id, n, 0 AS amount FROM d0 UNION ALL SELECT enrollment_id, 0, amount FROM d2) x
    WHERE enrollment_id <> ${NONE}
    GROUP BY 1`;
}

/**
 * Inserts the aggregates of the conversions in scope and of their commission lines into the four
 * rollups, in one statement (after deleteConversionRollups, in the same transaction), and records
 * each conversion's bucket in conversions.stats_enrollment_id, so that the refresh that moves it
 * next knows which bucket still counts it. The affiliate
 * follows from the enrollment; min() keeps the insert safe should a row ever disagree. With
 * `replaced` (what the deleted rows counted), the enrollments' totals move by the difference: the
 * cost follows the bucket, not the enrollment's lifetime, and concurrent buckets add up under the
 * row lock.
 */
export function insertConversionRollups(scope: ConversionScope, replaced: EnrollmentCounts | null): SQL {
  return sql`
    WITH v AS MATERIALIZED (${scopedConversions(scope)}),
    m AS MATERIALIZED (
      SELECT v.*, c.beneficiary_id, c.level, c.kind, c.status AS line_status, c.currency AS line_currency, c.amount_minor AS line_amount
      FROM v CROSS JOIN LATERAL (
        -- OFFSET 0: one index look-up per conversion, never a scan of every commission.
        SELECT * FROM affiliate.commissions c WHERE c.conversion_id = v.id OFFSET 0
      ) c
    ),
    i0 AS (
      INSERT INTO affiliate.conversion_stats_hourly (organization_id, hour, app_id, program_id, enrollment_id, country, device_type,
        event_type, status, currency, affiliate_id, conversions, revenue_minor)
      SELECT organization_id, hour, app_id, program_id, enrollment_id, country, device_type, event_type, status, currency,
        min(affiliate_id::text)::uuid, count(*), sum(amount_minor)
      FROM v GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      RETURNING enrollment_id, ${COUNTED_CONVERSIONS} AS n
    ),
    i1 AS (
      INSERT INTO affiliate.conversion_subs_hourly (organization_id, hour, app_id, program_id, enrollment_id, slot, value,
        event_type, status, currency, affiliate_id, conversions, revenue_minor)
      SELECT v.organization_id, v.hour, v.app_id, v.program_id, v.enrollment_id, sv.slot, sv.value, v.event_type, v.status, v.currency,
        min(v.affiliate_id::text)::uuid, count(*), sum(v.amount_minor)
      FROM v ${subSlots('v')}
      WHERE v.has_click AND sv.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    ),
    i2 AS (
      INSERT INTO affiliate.commission_stats_hourly (organization_id, hour, app_id, program_id, enrollment_id, beneficiary_id, level, kind,
        status, country, device_type, currency, affiliate_id, lines, amount_minor)
      SELECT organization_id, hour, app_id, program_id, enrollment_id, beneficiary_id, level, kind, line_status, country, device_type,
        line_currency, min(affiliate_id::text)::uuid, count(*), sum(line_amount)
      FROM m GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      RETURNING enrollment_id, level, currency, ${COUNTED_EARNINGS} AS amount
    ),
    i3 AS (
      INSERT INTO affiliate.commission_subs_hourly (organization_id, hour, app_id, program_id, enrollment_id, slot, value, status, currency,
        affiliate_id, lines, amount_minor)
      SELECT m.organization_id, m.hour, m.app_id, m.program_id, m.enrollment_id, sv.slot, sv.value, m.line_status, m.line_currency,
        min(m.affiliate_id::text)::uuid, count(*), sum(m.line_amount)
      FROM m ${subSlots('m')}
      WHERE m.level = 0 AND m.has_click AND sv.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ),
    recorded AS (
      UPDATE affiliate.conversions c SET stats_enrollment_id = v.enrollment_id
      FROM v WHERE c.id = v.id AND v.stats_enrollment_id IS DISTINCT FROM v.enrollment_id
    )${replaced ? sql`, ${totalsDelta(replaced)}` : sql``}
    SELECT (SELECT count(*) FROM v)::int AS conversions`;
}

function totalsDelta(replaced: EnrollmentCounts): SQL {
  return sql`
    delta AS (
      SELECT enrollment_id, sum(n)::bigint AS n, sum(amount)::bigint AS amount, max(currency) AS currency
      FROM (
        SELECT enrollment_id, n, 0 AS amount, NULL::char(3) AS currency FROM i0
        UNION ALL SELECT enrollment_id, 0, amount, CASE WHEN level = 0 THEN currency END FROM i2
        UNION ALL SELECT * FROM unnest(${sql.param(replaced.enrollmentIds)}::uuid[], ${sql.param(replaced.conversions.map((n) => -n))}::bigint[],
          ${sql.param(replaced.earnings.map((n) => -n))}::bigint[], ${sql.param(replaced.enrollmentIds.map(() => null))}::char(3)[])
      ) x
      WHERE enrollment_id <> ${NONE}
      GROUP BY 1
    ),
    totals AS (
      INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, conversions, earnings_minor, currency)
      SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, d.n, d.amount, d.currency
      FROM delta d JOIN affiliate.enrollments e ON e.id = d.enrollment_id
      ORDER BY e.id
      ON CONFLICT (enrollment_id) DO UPDATE SET
        conversions = t.conversions + excluded.conversions, earnings_minor = t.earnings_minor + excluded.earnings_minor,
        currency = coalesce(t.currency, excluded.currency), updated_at = now()
    )`;
}

/**
 * Recomputes the conversion and earnings totals of the listed enrollments (every enrollment when
 * null) from raw rows, upserted in key order. Conversions are leads and sales not rejected or
 * reversed; earnings are level-0 lines (adjustments included) not rejected or reversed.
 */
export function upsertEnrollmentConversionTotals(enrollmentIds: string[] | null): SQL {
  const only = (column: SQL) =>
    enrollmentIds ? sql`${column} = ANY(${sql.param(enrollmentIds)}::uuid[])` : sql`${column} IS NOT NULL`;
  return sql`
    WITH conv AS (
      SELECT enrollment_id, count(*) AS n FROM affiliate.conversions
      WHERE ${only(sql`enrollment_id`)} AND event_type IN ('lead', 'sale') AND status NOT IN ('rejected', 'reversed')
      GROUP BY 1
    ),
    earn AS (
      SELECT enrollment_id, coalesce(sum(amount_minor) FILTER (WHERE status NOT IN ('rejected', 'reversed')), 0) AS amount,
        max(currency) AS currency
      FROM affiliate.commissions
      WHERE ${only(sql`enrollment_id`)} AND level = 0
      GROUP BY 1
    ),
    touched AS (
      ${enrollmentIds ? sql`SELECT unnest(${sql.param(enrollmentIds)}::uuid[]) AS id` : sql`SELECT enrollment_id AS id FROM conv UNION SELECT enrollment_id FROM earn UNION SELECT enrollment_id FROM affiliate.conversions WHERE enrollment_id IS NOT NULL`}
    )
    INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, conversions, earnings_minor, currency)
    SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, coalesce(conv.n, 0), coalesce(earn.amount, 0), earn.currency
    FROM affiliate.enrollments e
    JOIN (SELECT DISTINCT id FROM touched) x ON x.id = e.id
    LEFT JOIN conv ON conv.enrollment_id = e.id
    LEFT JOIN earn ON earn.enrollment_id = e.id
    ORDER BY e.id
    ON CONFLICT (enrollment_id) DO UPDATE SET
      conversions = excluded.conversions, earnings_minor = excluded.earnings_minor, currency = excluded.currency, updated_at = now()`;
}
