import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { revokeOpenInvitation } from './revoke-open-invitation';

/** Withdraws an open program invitation; its link stops working. Another tenant's id is not_found. */
export async function revokeProgramInvitation({ ctx, input }: ServiceCall<{ invitationId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await revokeOpenInvitation({ ctx, input: { invitationId: input.invitationId, organizationId, kind: 'programId' } });
}
