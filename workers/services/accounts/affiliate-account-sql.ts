import { type SQL, sql } from 'drizzle-orm';
import { users } from '../../../schema';

/**
 * Whether a users row is an affiliate account. Accounts keep no type: sign-up as an advertiser
 * makes an owner membership, as an affiliate nothing. So an account is an affiliate when the
 * platform approved it or it holds an enrollment, or when it is neither advertiser nor platform
 * staff (an affiliate waiting for approval). One person may be both staff and an affiliate.
 */
export function affiliateAccountSql(): SQL<boolean> {
  return sql<boolean>`(${users.approvedAffiliate}
    OR EXISTS (SELECT 1 FROM affiliate.enrollments e WHERE e.affiliate_id = ${users.id})
    OR (${users.platformRole} = 'none' AND NOT EXISTS (SELECT 1 FROM affiliate.memberships m WHERE m.user_id = ${users.id})))`;
}
