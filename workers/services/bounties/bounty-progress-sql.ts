import { type SQL, sql } from 'drizzle-orm';
import { HELD_CONVERSION_STATUSES } from '../../domain/conversion-status';

/** Conversions under review or voided count toward no bounty: a flagged one counts once approved. */
const NOT_COUNTED = sql.raw(`(${HELD_CONVERSION_STATUSES.map((s) => `'${s}'`).join(', ')})`);

/**
 * What conversion `c` adds to bounty `b`'s total: 1 for a sale (sales) or a lead or sale
 * (conversions), or the amount of a sale or rebill in the bounty's currency (sale_amount).
 */
const unit = sql`CASE b.metric
    WHEN 'sales' THEN (c.event_type = 'sale')::int
    WHEN 'conversions' THEN (c.event_type IN ('lead', 'sale'))::int
    ELSE CASE WHEN c.event_type IN ('sale', 'rebill') AND c.currency = b.currency THEN c.amount_minor ELSE 0 END
  END`;

/** The conversions of enrollment `e` inside bounty `b`'s dates that count toward it (an index range per enrollment). */
const counted = sql`c.enrollment_id = e.id AND c.occurred_at >= b.starts_at AND c.occurred_at < b.ends_at
  AND c.status NOT IN ${NOT_COUNTED}`;

/** Each listed performance bounty's total for the affiliate's enrollment in its program: rows (bounty_id, value). */
export function myBountyTotalsSql(bountyIds: string[], affiliateId: string): SQL {
  return sql`SELECT b.id AS bounty_id, coalesce(sum(${unit}), 0)::bigint AS value
    FROM affiliate.bounties b
    JOIN affiliate.enrollments e ON e.program_id = b.program_id AND e.affiliate_id = ${affiliateId}
    LEFT JOIN affiliate.conversions c ON ${counted}
    WHERE b.id = ANY(${sql.param(bountyIds)}::uuid[]) AND b.kind = 'performance'
    GROUP BY b.id`;
}

/**
 * The enrollments in bounty `bountyId`'s scope now (active, of its group, carrying its tag) that
 * have not won it and whose total reached its target inside its dates, with when: the occurred_at
 * of the conversion whose running total (by time, then id) first reached it. Rows (enrollment_id,
 * crossed_at, value). One statement per bounty an hour; nothing on the conversion path.
 */
export function bountyCrossingsSql(bountyId: string): SQL {
  return sql`WITH members AS (
      SELECT e.id FROM affiliate.bounties b JOIN affiliate.enrollments e ON e.program_id = b.program_id
      WHERE b.id = ${bountyId} AND e.status = 'active'
        AND (b.group_id IS NULL OR e.group_id = b.group_id)
        AND (b.tag IS NULL OR EXISTS (SELECT 1 FROM affiliate.affiliate_tags t
          WHERE t.organization_id = b.organization_id AND t.affiliate_id = e.affiliate_id AND t.tag = b.tag))
        AND NOT EXISTS (SELECT 1 FROM affiliate.bounty_awards a WHERE a.bounty_id = b.id AND a.enrollment_id = e.id)
    ), running AS (
      SELECT c.enrollment_id, c.occurred_at, b.target,
        sum(${unit}) OVER (PARTITION BY c.enrollment_id ORDER BY c.occurred_at, c.id) AS total
      FROM affiliate.bounties b CROSS JOIN members m
      JOIN affiliate.enrollments e ON e.id = m.id
      JOIN affiliate.conversions c ON ${counted}
      WHERE b.id = ${bountyId}
    )
    SELECT enrollment_id, min(occurred_at) AS crossed_at, max(total)::bigint AS value
    FROM running WHERE total >= target GROUP BY enrollment_id`;
}
