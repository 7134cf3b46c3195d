import { and, eq, inArray, sql } from 'drizzle-orm';
import { commissions, memberships, organizations, type User } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { confineBlockers, deletionBlockers, type DeletionBlocker } from '../../domain/account-deletion';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { listBalances } from '../finance';
import { portalScope } from '../access';

/**
 * What stands between the user and deletion. Inside the deletion's transaction it first locks the
 * user's owner rows and live commission lines, so a concurrent payout proposal or ownership change
 * either lands before the check (and is seen) or waits until the deletion has committed.
 */
export async function deletionFacts({
  ctx,
  input,
}: ServiceCall<{ user: Pick<User, 'id' | 'platformRole'>; lock: boolean }>): Promise<DeletionBlocker[]> {
  const { user, lock } = input;
  const owned = ctx.db
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.role, 'owner')));
  const ownedIds = (await owned).map((r) => r.organizationId);
  if (lock && ownedIds.length > 0) {
    await ctx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(inArray(memberships.organizationId, ownedIds), eq(memberships.role, 'owner')))
      .orderBy(memberships.id)
      .for('update');
  }
  if (lock) {
    await ctx.db
      .select({ id: commissions.id })
      .from(commissions)
      .where(and(eq(commissions.beneficiaryId, user.id), inArray(commissions.status, [...LIVE_COMMISSION_STATUSES])))
      .orderBy(commissions.id)
      .for('update');
  }
  const soleOwnerOf =
    ownedIds.length === 0
      ? []
      : await ctx.db
          .select({ organizationId: organizations.id, organizationName: organizations.name })
          .from(organizations)
          .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
          .where(and(inArray(organizations.id, ownedIds), eq(memberships.role, 'owner')))
          .groupBy(organizations.id, organizations.name)
          .having(sql`count(*) = 1`)
          .orderBy(organizations.name, organizations.id);
  const balances = await listBalances({ ctx, input: { affiliateId: user.id } });
  const names = await organizationNames(ctx, [...new Set(balances.map((b) => b.organizationId))]);
  const blockers = deletionBlockers({
    platformRole: user.platformRole,
    soleOwnerOf,
    balances: balances.map((b) => ({
      organizationId: b.organizationId,
      organizationName: names.get(b.organizationId) ?? '',
      currency: b.currency,
      // A disputed line is still owed (it may be won), so it blocks deletion like one on hold.
      holdMinor: b.holdMinor + b.disputedMinor,
      approvedMinor: b.approvedMinor,
      inPayoutMinor: b.inPayoutMinor,
    })),
  });
  // A portal's session sees only the portal's organization, here as everywhere.
  return confineBlockers(blockers, portalScope(ctx));
}

async function organizationNames(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
