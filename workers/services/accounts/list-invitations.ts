import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { invitations } from '../../../schema';
import type { MemberRole } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface TeamInvitation {
  id: string;
  email: string;
  role: MemberRole;
  invitedById: string | null;
  expiresAt: Date;
  expired: boolean;
  createdAt: Date;
}

/** Team invitations still open (neither accepted nor revoked); expired ones are flagged. */
export async function listInvitations({ ctx }: ServiceCall<Record<string, never>>): Promise<TeamInvitation[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNotNull(invitations.role),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role!,
    invitedById: r.invitedById,
    expiresAt: r.expiresAt,
    expired: r.expiresAt <= ctx.now,
    createdAt: r.createdAt,
  }));
}
