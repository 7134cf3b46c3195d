import { and, desc, eq, ilike, isNotNull, isNull, lt, not, or, sql, type SQL } from 'drizzle-orm';
import { users } from '../../../schema';
import type { AffiliateReviewStatus, PlatformRole } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateReviewStatus } from '../../domain/affiliate-review';
import { affiliateAccountSql } from '../access';
import { containsPattern } from '../like-pattern';

export interface ListUsersInput {
  approvedAffiliate?: boolean | undefined;
  /** Affiliate accounts in this review state (staff and advertiser accounts never match). */
  affiliateStatus?: AffiliateReviewStatus | undefined;
  banned?: boolean | undefined;
  /** Part of the email or name, case-insensitive. */
  q?: string | undefined;
  limit: number;
  /** The last id of the previous page. */
  cursor?: string | undefined;
}

export interface UserListItem {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  platformRole: PlatformRole;
  emailVerified: boolean;
  approvedAffiliate: boolean;
  /** Null: not an affiliate account (advertiser or platform staff only), so nothing to approve. */
  affiliateStatus: AffiliateReviewStatus | null;
  affiliateRejectionReason: string | null;
  banned: boolean;
  twoFactorEnabled: boolean;
  lastLogin: Date | null;
  lastIp: string | null;
  loginsCount: number;
  createdAt: Date;
  /**
   * An account an advertiser made, not the person: through an app's embedded dashboard (`embed`) or a CSV/API
   * import (`import`); null for one the person opened.
   */
  addedBy: 'embed' | 'import' | null;
  /** Whether the person has a way to sign in of their own (a password or a Google/GitHub identity). */
  claimed: boolean;
  /** Programs the account is active in. */
  activePrograms: number;
}

// Spelled out in full: inside the subqueries an unqualified "id" would be the subquery's own row.
const U = sql.raw('"affiliate"."users"');
const addedThroughEmbed = sql<boolean>`EXISTS (SELECT 1 FROM affiliate.app_users au WHERE au.user_id = ${U}.id)`;
const addedThroughImport = sql<boolean>`EXISTS (SELECT 1 FROM affiliate.import_items ii
  JOIN affiliate.enrollments ie ON ie.id = ii.result_id WHERE ii.kind = 'affiliate' AND ie.affiliate_id = ${U}.id)`;
const claimedSql = sql<boolean>`(${U}.hashed_password IS NOT NULL
  OR EXISTS (SELECT 1 FROM affiliate.identities ci WHERE ci.user_id = ${U}.id))`;
const activeProgramsSql = sql<number>`(SELECT count(*)::int FROM affiliate.enrollments ae
  WHERE ae.affiliate_id = ${U}.id AND ae.status = 'active')`;
/**
 * An advertiser's account the person has not taken over: it asked the platform for nothing, so it is no
 * marketplace application waiting for review (its programs run without one).
 */
const unclaimedAdvertiserAccount = sql<boolean>`((${addedThroughEmbed} OR ${addedThroughImport}) AND NOT ${claimedSql})`;

/** The SQL of affiliateReviewStatus, limited to affiliate accounts. */
function affiliateStatusCondition(status: AffiliateReviewStatus): SQL {
  const state =
    status === 'approved'
      ? eq(users.approvedAffiliate, true)
      : and(
          eq(users.approvedAffiliate, false),
          status === 'rejected' ? isNotNull(users.affiliateReviewedAt) : isNull(users.affiliateReviewedAt),
        );
  return and(state, affiliateAccountSql(), status === 'pending' ? not(unclaimedAdvertiserAccount) : undefined) as SQL;
}

/** Users for platform staff, newest first, keyset-paginated on the UUIDv7 id (creation order). */
export async function listUsers({
  ctx,
  input,
}: ServiceCall<ListUsersInput>): Promise<{ items: UserListItem[]; nextCursor: string | null }> {
  const conditions: SQL[] = [];
  if (input.approvedAffiliate !== undefined) conditions.push(eq(users.approvedAffiliate, input.approvedAffiliate));
  if (input.affiliateStatus !== undefined) conditions.push(affiliateStatusCondition(input.affiliateStatus));
  if (input.banned !== undefined) conditions.push(eq(users.banned, input.banned));
  if (input.q) {
    const pattern = containsPattern(input.q);
    conditions.push(
      or(ilike(users.email, pattern), ilike(users.firstName, pattern), ilike(users.lastName, pattern)) as SQL,
    );
  }
  if (input.cursor) conditions.push(lt(users.id, input.cursor));
  const rows = await ctx.db
    .select({
      u: users,
      isAffiliate: affiliateAccountSql(),
      embed: addedThroughEmbed,
      imported: addedThroughImport,
      claimed: claimedSql,
      activePrograms: activeProgramsSql,
    })
    .from(users)
    .where(and(...conditions))
    .orderBy(desc(users.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(({ u, isAffiliate, embed, imported, claimed, activePrograms }) => ({
      id: u.id,
      email: u.email,
      firstName: u.firstName,
      lastName: u.lastName,
      platformRole: u.platformRole,
      emailVerified: u.emailVerified,
      approvedAffiliate: u.approvedAffiliate,
      affiliateStatus: isAffiliate ? affiliateReviewStatus(u) : null,
      affiliateRejectionReason: isAffiliate && !u.approvedAffiliate ? u.affiliateRejectionReason : null,
      banned: u.banned,
      twoFactorEnabled: u.totpEnabledAt !== null,
      lastLogin: u.lastLogin,
      lastIp: u.lastIp,
      loginsCount: u.loginsCount,
      createdAt: u.createdAt,
      addedBy: embed ? 'embed' : imported ? 'import' : null,
      claimed,
      activePrograms,
    })),
    nextCursor: rows.length > input.limit ? page[page.length - 1]!.u.id : null,
  };
}
