import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';

/**
 * A new affiliate's first steps, each judged from stored rows, every link form alike (a saved short link,
 * or the ready-made links of the affiliate's code in /aff/, /click and the ref code on the advertiser's site):
 * a link to share (a saved link, or an active enrollment, whose ready-made links exist from approval on, or a
 * click, which proves one); shared, judged by an accepted click on any of them (copying a link or showing its
 * QR code leaves no trace); a conversion credited (rejected ones do not count).
 */
export interface HomeChecklist {
  hasLink: boolean;
  firstClick: boolean;
  firstConversion: boolean;
}

export async function readChecklist({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[] }>): Promise<HomeChecklist> {
  if (input.organizationIds.length === 0) return { hasLink: false, firstClick: false, firstConversion: false };
  const affiliateId = actorId(ctx);
  const orgs = sql`${sql.param(input.organizationIds)}::uuid[]`;
  const result = await ctx.db.execute(sql`
    SELECT
      EXISTS (SELECT 1 FROM affiliate.links WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs}))
        OR EXISTS (SELECT 1 FROM affiliate.enrollments WHERE affiliate_id = ${affiliateId}::uuid
          AND organization_id = ANY(${orgs}) AND status = 'active') AS has_link,
      EXISTS (SELECT 1 FROM affiliate.clicks WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})
        AND status = 'accepted') AS first_click,
      EXISTS (SELECT 1 FROM affiliate.conversions WHERE affiliate_id = ${affiliateId}::uuid AND organization_id = ANY(${orgs})
        AND event_type IN ('lead', 'sale') AND status <> 'rejected') AS first_conversion`);
  const row = result.rows[0] as Record<string, boolean>;
  return {
    // A click proves a link even once the enrollment is no longer active.
    hasLink: Boolean(row.has_link) || Boolean(row.first_click),
    firstClick: Boolean(row.first_click),
    firstConversion: Boolean(row.first_conversion),
  };
}
