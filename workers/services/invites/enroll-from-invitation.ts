import type { Enrollment, Invitation } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { enrollInvited, planInvitedEnrollment } from '../enrollments';

/**
 * Inside acceptInvitation's transaction, for a program invitation: enrolls the invitee, active at once
 * (the advertiser chose this person by address). Already in the program, or the program no longer active,
 * and the invitation stays unused.
 */
export async function enrollFromInvitation({
  ctx,
  input: { invitation, affiliateId },
}: ServiceCall<{ invitation: Invitation & { programId: string }; affiliateId: string }>): Promise<Enrollment> {
  const scoped: ServiceContext = {
    ...ctx,
    tenant: { kind: 'affiliate', organizationId: invitation.organizationId, affiliateId },
  };
  const target = { organizationId: invitation.organizationId, programId: invitation.programId, affiliateId };
  const plan = await planInvitedEnrollment({ ctx: scoped, input: target });
  if (plan.enrolledIds.length > 0) throw new AppError('already_enrolled', 'You are already in this program');
  if (plan.programIds.length === 0)
    throw new AppError('join_link_unavailable', 'This program is not open right now; ask the advertiser');
  const [created] = await enrollInvited({
    ctx: scoped,
    input: { ...target, status: 'active', via: { kind: 'invitation', id: invitation.id } },
  });
  return created!;
}
