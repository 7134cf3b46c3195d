import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { EditionStatsView } from './edition-views';

/**
 * Each edition's results: distinct visitors reported by the partner app, leads and sales credited through it
 * (rejected ones do not count), and the direct commission they earned (reversed and rejected lines do not).
 * Commission is in the editions' program currency; one currency per edition.
 */
export async function editionStats(db: Executor, editionIds: string[]): Promise<Map<string, EditionStatsView>> {
  if (editionIds.length === 0) return new Map();
  const ids = sql.join(
    editionIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<{
    edition_id: string;
    visitors: number;
    signups: number;
    sales: number;
    commission_minor: number;
    currency: string | null;
  }>(sql`
    SELECT e.id AS edition_id,
      (SELECT count(DISTINCT (v.day, v.visitor_hash))::int FROM affiliate.edition_visits v WHERE v.edition_id = e.id) AS visitors,
      (SELECT count(*)::int FROM affiliate.conversions c
        WHERE c.edition_id = e.id AND c.event_type = 'lead' AND c.status NOT IN ('rejected', 'reversed')) AS signups,
      (SELECT count(*)::int FROM affiliate.conversions c
        WHERE c.edition_id = e.id AND c.event_type = 'sale' AND c.status NOT IN ('rejected', 'reversed')) AS sales,
      (SELECT coalesce(sum(l.amount_minor), 0)::bigint FROM affiliate.commissions l
        JOIN affiliate.conversions c ON c.id = l.conversion_id
        WHERE c.edition_id = e.id AND l.level = 0 AND l.status NOT IN ('rejected', 'reversed')) AS commission_minor,
      (SELECT l.currency FROM affiliate.commissions l JOIN affiliate.conversions c ON c.id = l.conversion_id
        WHERE c.edition_id = e.id LIMIT 1) AS currency
    FROM affiliate.editions e WHERE e.id IN (${ids})`);
  return new Map(
    result.rows.map((r) => [
      r.edition_id,
      {
        visitors: Number(r.visitors),
        signups: Number(r.signups),
        sales: Number(r.sales),
        commissionMinor: Number(r.commission_minor),
        currency: r.currency,
      },
    ]),
  );
}
