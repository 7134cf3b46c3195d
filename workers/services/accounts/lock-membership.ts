import { and, eq } from 'drizzle-orm';
import { memberships, type Membership } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/**
 * Inside a transaction: locks every owner row of the organization, then the target membership.
 * Locking the owners first serialises concurrent demotions and removals, so two owners cannot
 * demote each other at once and leave the organization with none.
 */
export async function lockMembership({
  ctx,
  input: { organizationId, userId },
}: ServiceCall<{ organizationId: string; userId: string }>): Promise<{ membership: Membership; owners: number }> {
  const owners = await ctx.db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')))
    .orderBy(memberships.id)
    .for('update');
  const [membership] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
    .for('update');
  if (!membership) throw new NotFoundError('member', userId);
  return { membership, owners: owners.length };
}
