import { and, eq, inArray, sql } from 'drizzle-orm';
import { links } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { LIVE_LEAD, LIVE_SALE, linkClicksCte, linkConversionsCte, linkEarningsJoin } from './link-traffic-sql';

export interface LinkPerformance {
  linkId: string;
  clicks: number;
  leads: number;
  sales: number;
  /** The affiliate's own commissions on the link's conversions, per currency (never the sale amounts). */
  earnings: { currency: string; amountMinor: number }[];
}

export interface LinkPerformanceInput {
  /** These links (others' ids are ignored); every link of the affiliate with this advertiser when absent. */
  linkIds?: string[] | undefined;
  from: Date;
  to: Date;
}

/**
 * Clicks, leads, sales and earnings per link of the signed-in affiliate over [from, to), read from the
 * raw rows: the link rollup keeps clicks only, and conversions reach a link through their click.
 * Ordered by clicks, then conversions, most first.
 */
export async function listLinkPerformance({
  ctx,
  input,
}: ServiceCall<LinkPerformanceInput>): Promise<LinkPerformance[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const mine = await ctx.db
    .select({ id: links.id })
    .from(links)
    .where(
      and(
        eq(links.organizationId, organizationId),
        eq(links.affiliateId, affiliateId),
        input.linkIds ? inArray(links.id, input.linkIds) : undefined,
      ),
    );
  if (mine.length === 0) return [];
  const scope = { organizationId, affiliateId, linkIds: mine.map((l) => l.id), from: input.from, to: input.to };
  const counts = await ctx.db.execute(sql`
    WITH ${linkClicksCte(scope)}, ${linkConversionsCte(scope)},
    k AS (SELECT link_id, count(*) AS clicks FROM link_clicks GROUP BY 1),
    v AS (SELECT link_id, count(*) FILTER (WHERE ${LIVE_LEAD}) AS leads, count(*) FILTER (WHERE ${LIVE_SALE}) AS sales
          FROM link_conversions GROUP BY 1)
    SELECT l AS link_id, coalesce(k.clicks, 0)::int AS clicks, coalesce(v.leads, 0)::int AS leads, coalesce(v.sales, 0)::int AS sales
    FROM unnest(${sql.param(scope.linkIds)}::uuid[]) AS l
    LEFT JOIN k ON k.link_id = l LEFT JOIN v ON v.link_id = l`);
  const money = await ctx.db.execute(sql`
    WITH ${linkConversionsCte(scope)}
    SELECT v.link_id, m.currency::text AS currency, sum(m.amount_minor)::text AS amount
    FROM link_conversions v ${linkEarningsJoin(scope)}
    GROUP BY 1, 2 ORDER BY 2`);
  const earnings = new Map<string, { currency: string; amountMinor: number }[]>();
  for (const row of money.rows as { link_id: string; currency: string; amount: string }[]) {
    const list = earnings.get(row.link_id) ?? [];
    list.push({ currency: row.currency, amountMinor: Number(row.amount) });
    earnings.set(row.link_id, list);
  }
  return (counts.rows as { link_id: string; clicks: number; leads: number; sales: number }[])
    .map((row) => ({
      linkId: row.link_id,
      clicks: Number(row.clicks),
      leads: Number(row.leads),
      sales: Number(row.sales),
      earnings: earnings.get(row.link_id) ?? [],
    }))
    .sort((a, b) => b.clicks - a.clicks || b.leads + b.sales - (a.leads + a.sales) || a.linkId.localeCompare(b.linkId));
}
