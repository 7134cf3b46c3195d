import { type SQL, sql } from 'drizzle-orm';

/** One affiliate's links in one advertiser, over [from, to): what every per-link figure is cut to. */
export interface LinkTrafficScope {
  organizationId: string;
  affiliateId: string;
  linkIds: string[];
  from: Date;
  to: Date;
}

const ids = (s: LinkTrafficScope) => sql`${sql.param(s.linkIds)}::uuid[]`;
const range = (column: string, s: LinkTrafficScope) =>
  sql`${sql.raw(column)} >= ${s.from.toISOString()}::timestamptz AND ${sql.raw(column)} < ${s.to.toISOString()}::timestamptz`;

/** The links' accepted clicks in the range, as the link rollup counts them (rejected clicks are counted apart). */
export function linkClicksCte(s: LinkTrafficScope): SQL {
  return sql`link_clicks AS (
    SELECT * FROM affiliate.clicks
    WHERE affiliate_id = ${s.affiliateId}::uuid AND organization_id = ${s.organizationId}::uuid
      AND status = 'accepted' AND link_id = ANY(${ids(s)}) AND ${range('clicked_at', s)}
  )`;
}

/**
 * The conversions credited to the affiliate through a click on one of the links, by when they happened.
 * Only a click or fingerprint match stores the affiliate's own click: credited by coupon or customer
 * history, the stored click id is whatever the partner sent, which may be another affiliate's click.
 */
export function linkConversionsCte(s: LinkTrafficScope): SQL {
  return sql`link_conversions AS (
    SELECT c.*, k.link_id FROM affiliate.conversions c
    JOIN affiliate.clicks k ON k.id = c.click_id AND k.affiliate_id = ${s.affiliateId}::uuid AND k.link_id = ANY(${ids(s)})
    WHERE c.organization_id = ${s.organizationId}::uuid AND c.affiliate_id = ${s.affiliateId}::uuid
      AND c.attribution_method IN ('click_id', 'fingerprint') AND ${range('c.occurred_at', s)}
  )`;
}

/** Leads and sales as the stats count them: neither rejected nor reversed. */
export const LIVE_LEAD = sql.raw(`event_type = 'lead' AND status NOT IN ('rejected', 'reversed')`);
export const LIVE_SALE = sql.raw(`event_type = 'sale' AND status NOT IN ('rejected', 'reversed')`);

/** The affiliate's own (level 0) earnings on those conversions, as the stats count them: lines not void. */
export function linkEarningsJoin(s: LinkTrafficScope): SQL {
  return sql`JOIN affiliate.commissions m ON m.conversion_id = v.id AND m.beneficiary_id = ${s.affiliateId}::uuid
    AND m.level = 0 AND m.status NOT IN ('rejected', 'reversed')`;
}
