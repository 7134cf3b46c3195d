import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Whether the signed-in account may use the affiliate surface (/affiliate/*). The account model
 * keeps no "type": sign-up as an advertiser makes an owner membership, sign-up as an affiliate
 * makes nothing, and the platform approves affiliates. So an account is an affiliate when the
 * platform approved it or it holds an enrollment, or when it is neither advertiser nor platform
 * staff (an affiliate awaiting approval). One person may be both staff and an affiliate.
 */
export async function isAffiliateAccount({ ctx }: ServiceCall<void>): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  const result = await ctx.db.execute(sql`
    SELECT u.approved_affiliate
        OR EXISTS (SELECT 1 FROM affiliate.enrollments e WHERE e.affiliate_id = u.id)
        OR (u.platform_role = 'none' AND NOT EXISTS (SELECT 1 FROM affiliate.memberships m WHERE m.user_id = u.id))
        AS affiliate
      FROM affiliate.users u WHERE u.id = ${actor.userId}`);
  return (result.rows as { affiliate: boolean }[])[0]?.affiliate === true;
}
