import { asc, eq } from 'drizzle-orm';
import { memberships, users } from '../../../schema';
import type { MemberRole } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface Member {
  userId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  role: MemberRole;
  twoFactorEnabled: boolean;
  joinedAt: Date;
}

export async function listMembers({ ctx }: ServiceCall<Record<string, never>>): Promise<Member[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select({
      userId: users.id,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
      role: memberships.role,
      totpEnabledAt: users.totpEnabledAt,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.createdAt), asc(users.email));
  return rows.map(({ totpEnabledAt, ...m }) => ({ ...m, twoFactorEnabled: totpEnabledAt !== null }));
}
