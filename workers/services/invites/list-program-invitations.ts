import { and, desc, eq, isNull } from 'drizzle-orm';
import { invitations, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface ProgramInvitation {
  id: string;
  email: string;
  programId: string;
  programName: string;
  invitedById: string | null;
  expiresAt: Date;
  expired: boolean;
  /** The invited person said no (in the app); the invitation stays listed so it can be withdrawn or sent again. */
  declinedAt: Date | null;
  createdAt: Date;
}

/** Program invitations neither accepted nor revoked, newest first; expired and declined ones are flagged. */
export async function listProgramInvitations({ ctx }: ServiceCall<void>): Promise<ProgramInvitation[]> {
  const rows = await ctx.db
    .select({ invitation: invitations, programName: programs.name })
    .from(invitations)
    .innerJoin(programs, eq(programs.id, invitations.programId))
    .where(
      and(
        eq(invitations.organizationId, actingAdvertiser(ctx).organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .limit(500);
  return rows.map(({ invitation: r, programName }) => ({
    id: r.id,
    email: r.email,
    programId: r.programId!,
    programName,
    invitedById: r.invitedById,
    expiresAt: r.expiresAt,
    expired: r.expiresAt <= ctx.now,
    declinedAt: r.declinedAt,
    createdAt: r.createdAt,
  }));
}
