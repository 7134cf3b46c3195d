import { type SQL, sql } from 'drizzle-orm';
import { ROLLUP_NO_CURRENCY } from '../../../schema/conversion-stats';

// The report rows of the `editions` source. The rollups have no edition key, and an edition's traffic is
// few rows (host-attributed conversions, one visit row per visitor and day), so they are summed from the
// raw rows at read time: exact, with nothing to keep in step. Each look-up starts from the editions of
// the tenant (the outer scope's organization_id and affiliate_id reach them) and reads
// conversions_edition_id_idx and edition_visits' primary key; the period bounds the scans.

/** The UTC instant a column must fall in, half-open. */
export interface RowPeriod {
  from: Date;
  to: Date;
}

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The edition's owners: the columns every stats reader filters by (tenancy, app, program, edition). */
const OWNER_COLUMNS = sql.raw(
  'e.organization_id, e.app_id, n.program_id, e.affiliate_id, e.id AS edition_id, e.enrollment_id',
);

/**
 * One row per visitor and UTC day (`visitors` 1), at the day's first hour: a visit is reported per day, so
 * by hour or in another time zone it falls in the bucket holding the UTC midnight.
 */
export function editionVisitRows(period: RowPeriod): SQL {
  return sql`(SELECT (v.day::timestamp AT TIME ZONE 'UTC') AS hour, ${OWNER_COLUMNS}, 1 AS visitors
    FROM affiliate.editions e
    JOIN affiliate.enrollments n ON n.id = e.enrollment_id
    JOIN affiliate.edition_visits v ON v.edition_id = e.id
      AND v.day >= (${at(period.from)} AT TIME ZONE 'UTC')::date
      AND v.day < ((${at(period.to)} - interval '1 microsecond') AT TIME ZONE 'UTC')::date + 1
  ) AS h`;
}

/** The conversions credited through an edition, with the columns of conversion_stats_hourly. */
export function editionConversionRows(period: RowPeriod): SQL {
  return sql`(SELECT date_trunc('hour', c.occurred_at, 'UTC') AS hour, ${OWNER_COLUMNS}, c.event_type, c.status,
      coalesce(c.currency, ${ROLLUP_NO_CURRENCY})::char(3) AS currency, c.amount_minor AS revenue_minor, 1 AS conversions
    FROM affiliate.editions e
    JOIN affiliate.enrollments n ON n.id = e.enrollment_id
    JOIN affiliate.conversions c ON c.edition_id = e.id
      AND c.occurred_at >= ${at(period.from)} AND c.occurred_at < ${at(period.to)}
  ) AS x`;
}

/** Their commission lines, every level, with the columns of commission_stats_hourly (the conversion's hour). */
export function editionCommissionRows(period: RowPeriod): SQL {
  return sql`(SELECT date_trunc('hour', c.occurred_at, 'UTC') AS hour, ${OWNER_COLUMNS}, l.level, l.beneficiary_id,
      l.status, l.currency, l.amount_minor
    FROM affiliate.editions e
    JOIN affiliate.enrollments n ON n.id = e.enrollment_id
    JOIN affiliate.conversions c ON c.edition_id = e.id
      AND c.occurred_at >= ${at(period.from)} AND c.occurred_at < ${at(period.to)}
    JOIN affiliate.commissions l ON l.conversion_id = c.id
  ) AS y`;
}
