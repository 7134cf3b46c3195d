import { type SQL, sql } from 'drizzle-orm';
import { ROLLUP_NO_CURRENCY } from '../../../schema/conversion-stats';
import { SUB_KEYS } from '../../contracts/sub-keys';
import { NONE } from '../rollup-sql';

/** The columns of stats_counted_conversions, in table order: what a conversion contributes to the rollups. */
export const CONVERSION_COLUMNS = [
  'conversion_id',
  'organization_id',
  'hour',
  'app_id',
  'program_id',
  'enrollment_id',
  'affiliate_id',
  'country',
  'device_type',
  'event_type',
  'status',
  'currency',
  'amount_minor',
  'has_click',
  ...SUB_KEYS,
  'creative_id',
];

/** The columns of stats_counted_commissions, in table order. */
export const LINE_COLUMNS = [
  'commission_id',
  'conversion_id',
  'beneficiary_id',
  'level',
  'kind',
  'status',
  'currency',
  'amount_minor',
];

/** A column list, each name prefixed by `alias.` when given. */
export const columnList = (names: string[], alias?: string): SQL =>
  sql.raw(names.map((n) => (alias ? `${alias}.${n}` : n)).join(', '));

/**
 * The attributed click of conversion `v`, looked up by id: clicks are partitioned by month on
 * clicked_at, and a click id is a UUIDv7 whose first 48 bits are that very millisecond.
 * - For a few conversions (a conversion's refresh), through `affiliate.click_facts` (migration 0074),
 *   whose plan for one id prunes to its partition: written inline, the look-up was planned over every
 *   partition on every refresh (about 1 ms with 17 partitions, growing by the month).
 * - For many (a payout's refresh, the rebuild's range), inline: planned once, pruned per row as it
 *   runs, where the function could be planned again for each row. LATERAL … LIMIT keeps it a
 *   look-up per conversion: a hash join would read every click.
 */
const attributedClick = (few: boolean) =>
  few
    ? sql`LEFT JOIN LATERAL affiliate.click_facts(v.click_id) k ON v.enrollment_id IS NOT NULL`
    : sql`LEFT JOIN LATERAL (
    SELECT k.id, k.link_id, k.country, k.device_type, k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10
    FROM affiliate.clicks k
    WHERE k.id = v.click_id AND k.clicked_at = timestamptz 'epoch'
      + ('x' || substr(v.click_id::text, 1, 8) || substr(v.click_id::text, 10, 4))::bit(48)::bigint * interval '1 millisecond'
    LIMIT 1
  ) k ON v.enrollment_id IS NOT NULL`;

/**
 * What the conversions matching `where` (on `affiliate.conversions v`) contribute now, computed from
 * raw rows, with the columns of stats_counted_conversions: the country, device and subs are the
 * attributed click's, joined only once the conversion is attributed; the creative is its link's, when the
 * conversion was attributed through that very click (click id or fingerprint match).
 * `few`: a handful of conversions (their clicks looked up one partition each), not a payout's or a range.
 */
export function currentConversions(where: SQL, few: boolean): SQL {
  return sql`SELECT v.id AS conversion_id, v.organization_id, date_trunc('hour', v.occurred_at, 'UTC') AS hour, v.app_id,
      coalesce(v.program_id, ${NONE}) AS program_id, coalesce(v.enrollment_id, ${NONE}) AS enrollment_id,
      coalesce(v.affiliate_id, ${NONE}) AS affiliate_id, coalesce(k.country, 'ZZ')::char(2) AS country,
      coalesce(k.device_type, 'unknown') AS device_type, v.event_type, v.status,
      coalesce(v.currency, ${ROLLUP_NO_CURRENCY})::char(3) AS currency, v.amount_minor, k.id IS NOT NULL AS has_click,
      k.sub1, k.sub2, k.sub3, k.sub4, k.sub5, k.sub6, k.sub7, k.sub8, k.sub9, k.sub10,
      CASE WHEN v.attribution_method IN ('click_id', 'fingerprint') THEN (
        SELECT l.creative_id FROM affiliate.links l WHERE l.id = k.link_id
      ) END AS creative_id
    FROM affiliate.conversions v ${attributedClick(few)}
    WHERE ${where}`;
}

/** The commission lines of the conversions in CTE `cur`, with the columns of stats_counted_commissions. */
export const currentLines = sql`SELECT c.id AS commission_id, c.conversion_id, c.beneficiary_id, c.level, c.kind, c.status,
      c.currency, c.amount_minor
    FROM cur CROSS JOIN LATERAL (
      -- OFFSET 0: one index look-up per conversion, never a scan of every commission.
      SELECT * FROM affiliate.commissions c WHERE c.conversion_id = cur.conversion_id OFFSET 0
    ) c`;
