import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';

/**
 * A new affiliate's first steps, each judged from stored rows: a link made; a link clicked (how
 * "shared" is judged: copying a link or showing its QR code leaves no trace); any accepted click, by
 * link or by ref code; a conversion credited (rejected ones do not count).
 */
export interface HomeChecklist {
  hasLink: boolean;
  linkClicked: boolean;
  firstClick: boolean;
  firstConversion: boolean;
}

export async function readChecklist({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[] }>): Promise<HomeChecklist> {
  if (input.organizationIds.length === 0)
    return { hasLink: false, linkClicked: false, firstClick: false, firstConversion: false };
  const affiliateId = actorId(ctx);
  const orgs = sql`${sql.param(input.organizationIds)}::uuid[]`;
  const result = await ctx.db.execute(sql`
    SELECT
      EXISTS (SELECT 1 FROM affiliate.links WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})) AS has_link,
      EXISTS (SELECT 1 FROM affiliate.clicks WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})
        AND status = 'accepted' AND link_id IS NOT NULL) AS link_clicked,
      EXISTS (SELECT 1 FROM affiliate.clicks WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})
        AND status = 'accepted') AS first_click,
      EXISTS (SELECT 1 FROM affiliate.conversions WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})
        AND event_type IN ('lead', 'sale') AND status <> 'rejected') AS first_conversion`);
  const row = result.rows[0] as Record<string, boolean>;
  return {
    hasLink: Boolean(row.has_link),
    linkClicked: Boolean(row.link_clicked),
    firstClick: Boolean(row.first_click),
    firstConversion: Boolean(row.first_conversion),
  };
}
