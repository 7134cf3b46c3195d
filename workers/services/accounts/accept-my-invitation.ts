import { inTransaction, type ServiceCall } from '../../context';
import { publishInvitedEnrollments } from '../enrollments';
import { openInvitation } from '../invites';
import { autoApproveAffiliate } from './auto-approve-affiliate';
import { joinInvitedProgram } from './join-invited-program';

/**
 * A signed-in person accepts a program invitation from their list: the same acceptance as the mailed link
 * (join-invited-program.ts), proven by the session of the verified address it was sent to.
 */
export async function acceptMyInvitation({ ctx, input }: ServiceCall<{ invitationId: string }>): Promise<{
  organizationId: string;
  programId: string;
  enrollmentId: string;
}> {
  const { enrollment, userId } = await inTransaction(ctx, async (tx) => {
    const invitation = await openInvitation({ ctx: tx, input });
    const joined = await joinInvitedProgram({ ctx: tx, input: { invitation, userId: invitation.userId } });
    return { enrollment: joined, userId: invitation.userId };
  });
  await publishInvitedEnrollments({ ctx, input: [enrollment] });
  await autoApproveAffiliate({ ctx, input: { userId } });
  return { organizationId: enrollment.organizationId, programId: enrollment.programId, enrollmentId: enrollment.id };
}
