import type { ServiceCall } from '../../context';
import { canManageRole } from '../../domain/member-roles';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { revokeOpenInvitation } from '../invites';

/** Withdraws an open team invitation; its link stops working. Another tenant's id is not_found. */
export async function revokeInvitation({ ctx, input }: ServiceCall<{ invitationId: string }>): Promise<void> {
  const { organizationId, role: acting } = actingAdvertiser(ctx);
  await revokeOpenInvitation({
    ctx,
    input: {
      invitationId: input.invitationId,
      organizationId,
      kind: 'role',
      check: (invitation) => {
        if (invitation.role && !canManageRole(acting, invitation.role))
          throw new AppError('forbidden', 'Only an owner can withdraw an invitation to become owner');
      },
    },
  });
}
