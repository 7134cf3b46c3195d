import { type SQL, sql } from 'drizzle-orm';

// Spelled out in full: inside the subqueries an unqualified "id" would be the enrollment's own.
const U = sql.raw('"affiliate"."users"');

/**
 * Whether a users row is an affiliate account, for a query that selects from affiliate.users
 * (unaliased). Accounts keep no type: sign-up as an advertiser makes an owner membership, as an
 * affiliate nothing. So an account is an affiliate when the platform approved it or it holds an
 * enrollment, or when it is neither advertiser nor platform staff (an affiliate waiting for
 * approval). One person may be both staff and an affiliate.
 */
export function affiliateAccountSql(): SQL<boolean> {
  return sql<boolean>`(${U}.approved_affiliate
    OR EXISTS (SELECT 1 FROM affiliate.enrollments e WHERE e.affiliate_id = ${U}.id)
    OR (${U}.platform_role = 'none' AND NOT EXISTS (SELECT 1 FROM affiliate.memberships m WHERE m.user_id = ${U}.id)))`;
}
