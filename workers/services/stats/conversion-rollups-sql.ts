import { type SQL, sql } from 'drizzle-orm';
import {
  CONVERSION_COLUMNS,
  columnList,
  currentConversions,
  currentLines,
  LINE_COLUMNS,
} from './conversion-contributions-sql';
import { NONE, subSlots } from '../rollup-sql';

/** The conversion-side rollups: primary key columns and measures (a row whose measures are all 0 is removed). */
const ROLLUPS = {
  conversion_stats_hourly: {
    key: 'organization_id, hour, app_id, program_id, enrollment_id, country, device_type, event_type, status, currency',
    measures: ['conversions', 'revenue_minor'],
  },
  conversion_subs_hourly: {
    key: 'organization_id, hour, app_id, program_id, enrollment_id, slot, value, event_type, status, currency',
    measures: ['conversions', 'revenue_minor'],
  },
  commission_stats_hourly: {
    key: 'organization_id, hour, app_id, program_id, enrollment_id, beneficiary_id, level, kind, status, country, device_type, currency',
    measures: ['lines', 'amount_minor'],
  },
  commission_subs_hourly: {
    key: 'organization_id, hour, app_id, program_id, enrollment_id, slot, value, status, currency',
    measures: ['lines', 'amount_minor'],
  },
  conversion_org_hourly: {
    key: 'organization_id, hour, event_type, status, currency',
    measures: ['conversions', 'revenue_minor'],
  },
  commission_org_hourly: {
    key: 'organization_id, hour, status, currency',
    measures: ['lines', 'amount_minor'],
  },
  conversion_creatives_hourly: {
    key: 'organization_id, program_id, hour, enrollment_id, creative_id',
    measures: ['conversions'],
  },
} as const;

type RollupTable = keyof typeof ROLLUPS;

/** Per rollup, the rows a refresh left with every measure at 0 (as returned by the upsert), or null. */
export type EmptiedRollupRows = Record<RollupTable, unknown[] | null>;

const CONVERSION_KEYS = sql.raw(
  'organization_id, hour, app_id, program_id, enrollment_id, affiliate_id, country, device_type, has_click, sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10',
);
const COUNTED_CONVERSION = sql.raw(`event_type IN ('lead', 'sale') AND status NOT IN ('rejected', 'reversed')`);
const COUNTED_EARNING = sql.raw(`level = 0 AND line_status NOT IN ('rejected', 'reversed')`);

/**
 * Up to this many conversions, a refresh looks each one's click up through click_facts (a plan per
 * look-up, pruned to one partition); past it (a payout's thousands) the inline look-up, planned once.
 */
const FEW_CONVERSIONS = 50;

/**
 * Which conversions a statement recomputes: listed ids (a refresh), one id given as an SQL value (a named
 * statement's slot: the refresh of one settled conversion, planned once per connection), or every one in an
 * hour range (the rebuild).
 */
export type ConversionScope =
  | { kind: 'ids'; conversionIds: string[] }
  | { kind: 'one'; id: SQL }
  | { kind: 'range'; from: Date | null; to: Date | null };

function hourRange(column: SQL, from: Date | null, to: Date | null): SQL {
  const parts = [sql`true`];
  if (from) parts.push(sql`${column} >= ${from.toISOString()}::timestamptz`);
  if (to) parts.push(sql`${column} < ${to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

/** ON CONFLICT's SET of every column but the key, skipped when nothing differs (a redelivered refresh). */
const replaceAll = (names: string[], alias: string): SQL => {
  const rest = names.slice(1);
  const mine = rest.map((n) => `${alias}.${n}`).join(', ');
  const theirs = rest.map((n) => `excluded.${n}`).join(', ');
  return sql.raw(`(${rest.join(', ')}) = ROW(${theirs}) WHERE (${mine}) IS DISTINCT FROM (${theirs})`);
};

/**
 * One statement that moves the conversion-side rollups from what the conversions in scope are
 * counted as (stats_counted_conversions and _commissions, sign −1) to what their raw rows give now
 * (sign +1): the signed sums per rollup key are upserted in primary key order, so concurrent
 * refreshes lock shared rows in one order and cannot deadlock, and keys whose sums are all 0 are
 * skipped, so a redelivered refresh writes no rollup row. The stored contributions are then replaced.
 * For a refresh (`ids`) the enrollments' totals move by the same delta and the answer carries the
 * rollup rows left at 0 (for deleteEmptiedRollups); the rebuild (`range`) stores nothing beforehand
 * (deleteConversionRollups emptied the range) and recomputes the totals itself.
 */
export function applyConversionContributions(scope: ConversionScope): SQL {
  const refresh = scope.kind !== 'range';
  const storedFor = (column: SQL) => {
    if (scope.kind === 'ids') return sql`${column} = ANY(${sql.param(scope.conversionIds)}::uuid[])`;
    return scope.kind === 'one' ? sql`${column} = ${scope.id}::uuid` : sql`false`;
  };
  const current = scope.kind === 'range' ? hourRange(sql`v.occurred_at`, scope.from, scope.to) : storedFor(sql`v.id`);
  const few = scope.kind === 'one' || (scope.kind === 'ids' && scope.conversionIds.length <= FEW_CONVERSIONS);
  const returning = refresh ? sql`RETURNING *` : sql``;
  return sql`
    WITH cur AS MATERIALIZED (${currentConversions(current, few)}),
    cur_l AS MATERIALIZED (${currentLines}),
    old AS MATERIALIZED (SELECT ${columnList(CONVERSION_COLUMNS)} FROM affiliate.stats_counted_conversions o WHERE ${storedFor(sql`o.conversion_id`)}),
    old_l AS MATERIALIZED (
      -- The ids again on l (the join alone is implied): the planner then reads l by its conversion_id index,
      -- where for a payout's thousands of conversions it hash-joined a scan of every stored line.
      SELECT ${columnList(LINE_COLUMNS, 'l')}
      FROM old JOIN affiliate.stats_counted_commissions l ON l.conversion_id = old.conversion_id
      WHERE ${storedFor(sql`l.conversion_id`)}
    ),
    sv AS (SELECT 1 AS sign, cur.* FROM cur UNION ALL SELECT -1, old.* FROM old),
    sm AS (
      SELECT 1 AS sign, ${CONVERSION_KEYS}, l.beneficiary_id, l.level, l.kind, l.status AS line_status,
        l.currency AS line_currency, l.amount_minor AS line_amount
      FROM cur_l l JOIN cur USING (conversion_id)
      UNION ALL
      SELECT -1, ${CONVERSION_KEYS}, l.beneficiary_id, l.level, l.kind, l.status, l.currency, l.amount_minor
      FROM old_l l JOIN old USING (conversion_id)
    ),
    u0 AS (
      INSERT INTO affiliate.conversion_stats_hourly AS r (organization_id, hour, app_id, program_id, enrollment_id, country,
        device_type, event_type, status, currency, affiliate_id, conversions, revenue_minor)
      SELECT organization_id, hour, app_id, program_id, enrollment_id, country, device_type, event_type, status, currency,
        min(affiliate_id::text)::uuid, sum(sign), sum(sign * amount_minor)
      FROM sv GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      HAVING sum(sign) <> 0 OR sum(sign * amount_minor) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      ON CONFLICT ON CONSTRAINT conversion_stats_hourly_pkey DO UPDATE SET
        conversions = r.conversions + excluded.conversions, revenue_minor = r.revenue_minor + excluded.revenue_minor
      ${returning}
    ),
    u1 AS (
      INSERT INTO affiliate.conversion_subs_hourly AS r (organization_id, hour, app_id, program_id, enrollment_id, slot, value,
        event_type, status, currency, affiliate_id, conversions, revenue_minor)
      SELECT sv.organization_id, sv.hour, sv.app_id, sv.program_id, sv.enrollment_id, s.slot, s.value, sv.event_type, sv.status,
        sv.currency, min(sv.affiliate_id::text)::uuid, sum(sv.sign), sum(sv.sign * sv.amount_minor)
      FROM sv ${subSlots('sv')}
      WHERE sv.has_click AND s.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      HAVING sum(sv.sign) <> 0 OR sum(sv.sign * sv.amount_minor) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      ON CONFLICT ON CONSTRAINT conversion_subs_hourly_pkey DO UPDATE SET
        conversions = r.conversions + excluded.conversions, revenue_minor = r.revenue_minor + excluded.revenue_minor
      ${returning}
    ),
    u2 AS (
      INSERT INTO affiliate.commission_stats_hourly AS r (organization_id, hour, app_id, program_id, enrollment_id, beneficiary_id,
        level, kind, status, country, device_type, currency, affiliate_id, lines, amount_minor)
      SELECT organization_id, hour, app_id, program_id, enrollment_id, beneficiary_id, level, kind, line_status, country,
        device_type, line_currency, min(affiliate_id::text)::uuid, sum(sign), sum(sign * line_amount)
      FROM sm GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      HAVING sum(sign) <> 0 OR sum(sign * line_amount) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      ON CONFLICT ON CONSTRAINT commission_stats_hourly_pkey DO UPDATE SET
        lines = r.lines + excluded.lines, amount_minor = r.amount_minor + excluded.amount_minor
      ${returning}
    ),
    u3 AS (
      INSERT INTO affiliate.commission_subs_hourly AS r (organization_id, hour, app_id, program_id, enrollment_id, slot, value,
        status, currency, affiliate_id, lines, amount_minor)
      SELECT sm.organization_id, sm.hour, sm.app_id, sm.program_id, sm.enrollment_id, s.slot, s.value, sm.line_status,
        sm.line_currency, min(sm.affiliate_id::text)::uuid, sum(sm.sign), sum(sm.sign * sm.line_amount)
      FROM sm ${subSlots('sm')}
      WHERE sm.level = 0 AND sm.has_click AND s.value IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      HAVING sum(sm.sign) <> 0 OR sum(sm.sign * sm.line_amount) <> 0
      ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      ON CONFLICT ON CONSTRAINT commission_subs_hourly_pkey DO UPDATE SET
        lines = r.lines + excluded.lines, amount_minor = r.amount_minor + excluded.amount_minor
      ${returning}
    ),
    u4 AS (
      INSERT INTO affiliate.conversion_org_hourly AS r (organization_id, hour, event_type, status, currency, conversions, revenue_minor)
      SELECT organization_id, hour, event_type, status, currency, sum(sign), sum(sign * amount_minor)
      FROM sv GROUP BY 1, 2, 3, 4, 5
      HAVING sum(sign) <> 0 OR sum(sign * amount_minor) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT conversion_org_hourly_pkey DO UPDATE SET
        conversions = r.conversions + excluded.conversions, revenue_minor = r.revenue_minor + excluded.revenue_minor
      ${returning}
    ),
    u5 AS (
      INSERT INTO affiliate.commission_org_hourly AS r (organization_id, hour, status, currency, lines, amount_minor)
      SELECT organization_id, hour, line_status, line_currency, sum(sign), sum(sign * line_amount)
      FROM sm GROUP BY 1, 2, 3, 4
      HAVING sum(sign) <> 0 OR sum(sign * line_amount) <> 0
      ORDER BY 1, 2, 3, 4
      ON CONFLICT ON CONSTRAINT commission_org_hourly_pkey DO UPDATE SET
        lines = r.lines + excluded.lines, amount_minor = r.amount_minor + excluded.amount_minor
      ${returning}
    ),
    u6 AS (
      INSERT INTO affiliate.conversion_creatives_hourly AS r (organization_id, program_id, hour, enrollment_id, creative_id,
        affiliate_id, conversions)
      SELECT organization_id, program_id, hour, enrollment_id, creative_id, min(affiliate_id::text)::uuid, sum(sign)
      FROM sv WHERE creative_id IS NOT NULL AND ${COUNTED_CONVERSION}
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(sign) <> 0
      ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ON CONSTRAINT conversion_creatives_hourly_pkey DO UPDATE SET conversions = r.conversions + excluded.conversions
      ${returning}
    ),
    counted AS (
      INSERT INTO affiliate.stats_counted_conversions AS o (${columnList(CONVERSION_COLUMNS)})
      SELECT ${columnList(CONVERSION_COLUMNS)} FROM cur
      ON CONFLICT (conversion_id) DO UPDATE SET ${replaceAll(CONVERSION_COLUMNS, 'o')}
    ),
    uncounted AS (
      DELETE FROM affiliate.stats_counted_conversions o USING old
      WHERE o.conversion_id = old.conversion_id AND NOT EXISTS (SELECT 1 FROM cur WHERE cur.conversion_id = old.conversion_id)
    ),
    counted_l AS (
      INSERT INTO affiliate.stats_counted_commissions AS o (${columnList(LINE_COLUMNS)})
      SELECT ${columnList(LINE_COLUMNS)} FROM cur_l
      ON CONFLICT (commission_id) DO UPDATE SET ${replaceAll(LINE_COLUMNS, 'o')}
    ),
    uncounted_l AS (
      DELETE FROM affiliate.stats_counted_commissions o USING old_l
      WHERE o.commission_id = old_l.commission_id
        AND NOT EXISTS (SELECT 1 FROM cur_l WHERE cur_l.commission_id = old_l.commission_id)
    )${refresh ? sql`, ${totalsDelta()}` : sql``}
    SELECT (SELECT count(*) FROM cur)::int AS conversions${
      refresh
        ? sql.raw(
            Object.entries(ROLLUPS)
              .map(
                ([table, r], i) =>
                  `, (SELECT json_agg(u${i}) FROM u${i} WHERE ${r.measures.map((m) => `u${i}.${m} = 0`).join(' AND ')}) AS ${table}`,
              )
              .join(''),
          )
        : sql``
    }`;
}

/**
 * Moves enrollment_totals (conversions, earnings) by the signed contributions of `sv` and `sm`, in
 * enrollment order. An enrollment whose totals do not change only gets its row created if missing,
 * without locking an existing one, so refreshes that change nothing do not queue on it.
 */
function totalsDelta(): SQL {
  return sql`
    delta AS (
      SELECT enrollment_id, sum(n)::bigint AS n, sum(amount)::bigint AS amount, max(currency) AS currency
      FROM (
        SELECT enrollment_id, CASE WHEN ${COUNTED_CONVERSION} THEN sign ELSE 0 END AS n, 0 AS amount, NULL::char(3) AS currency FROM sv
        UNION ALL
        SELECT enrollment_id, 0, CASE WHEN ${COUNTED_EARNING} THEN sign * line_amount ELSE 0 END,
          CASE WHEN level = 0 AND sign = 1 THEN line_currency END
        FROM sm
      ) x
      WHERE enrollment_id <> ${NONE}
      GROUP BY 1
    ),
    moves AS (
      SELECT d.*, e.organization_id, e.program_id, e.affiliate_id,
        d.n <> 0 OR d.amount <> 0 OR (d.currency IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM affiliate.enrollment_totals t0 WHERE t0.enrollment_id = d.enrollment_id AND t0.currency IS NOT NULL
        )) AS changes
      FROM delta d JOIN affiliate.enrollments e ON e.id = d.enrollment_id
    ),
    totals AS (
      INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, conversions, earnings_minor, currency)
      SELECT enrollment_id, organization_id, program_id, affiliate_id, n, amount, currency FROM moves WHERE changes
      ORDER BY enrollment_id
      ON CONFLICT (enrollment_id) DO UPDATE SET
        conversions = t.conversions + excluded.conversions, earnings_minor = t.earnings_minor + excluded.earnings_minor,
        currency = coalesce(t.currency, excluded.currency), updated_at = now()
    ),
    totals_seen AS (
      INSERT INTO affiliate.enrollment_totals (enrollment_id, organization_id, program_id, affiliate_id)
      SELECT enrollment_id, organization_id, program_id, affiliate_id FROM moves WHERE NOT changes
      ORDER BY enrollment_id
      ON CONFLICT (enrollment_id) DO NOTHING
    )`;
}

/**
 * Removes the rollup rows a refresh left at 0 (every measure), so the rollups hold exactly the rows
 * the raw rows give. The refresh still holds their row locks, so no other writer has moved them since;
 * the measures are checked again all the same.
 */
export function deleteEmptiedRollups(emptied: EmptiedRollupRows): SQL {
  const deletes = Object.entries(ROLLUPS).map(([table, r], i) => {
    const keys = r.key.split(', ');
    return sql`${sql.raw(`d${i} AS (DELETE FROM affiliate.${table} r USING json_populate_recordset(NULL::affiliate.${table}, `)}${JSON.stringify(
      emptied[table as RollupTable] ?? [],
    )}::json) z ${sql.raw(`WHERE (${keys.map((k) => `r.${k}`).join(', ')}) = (${keys.map((k) => `z.${k}`).join(', ')})
        AND ${r.measures.map((m) => `r.${m} = 0`).join(' AND ')})`)}`;
  });
  return sql`WITH ${sql.join(deletes, sql`, `)} SELECT 1`;
}

/**
 * Deletes the rows of the conversion-side rollups of the hours in [from, to), and the stored
 * contributions of the conversions of those hours, in one statement (the rebuild's first step).
 */
export function deleteConversionRollups(from: Date | null, to: Date | null): SQL {
  const deletes = Object.keys(ROLLUPS).map(
    (table, i) =>
      sql`${sql.raw(`d${i} AS (DELETE FROM affiliate.${table} r WHERE `)}${hourRange(sql`r.hour`, from, to)})`,
  );
  return sql`WITH ${sql.join(deletes, sql`, `)},
    dc AS (DELETE FROM affiliate.stats_counted_conversions o WHERE ${hourRange(sql`o.hour`, from, to)} RETURNING o.conversion_id),
    dl AS (DELETE FROM affiliate.stats_counted_commissions l USING dc WHERE l.conversion_id = dc.conversion_id)
    SELECT 1`;
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
