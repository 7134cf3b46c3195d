import { supportAccessGrants } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { requireOwnMember } from './support-access';

/** Lets platform staff read the advertiser's message threads for `days` days. Audited. Owners only. */
export async function grantSupportAccess({
  ctx,
  input,
}: ServiceCall<{ days: number; reason: string }>): Promise<{ id: string; expiresAt: Date }> {
  const organizationId = requireOwnMember({ ctx, input: undefined });
  const expiresAt = new Date(ctx.now.getTime() + input.days * 86_400_000);
  return inTransaction(ctx, async (tx) => {
    const [grant] = await tx.db
      .insert(supportAccessGrants)
      .values({ organizationId, grantedById: actorId(tx), reason: input.reason, expiresAt, createdAt: tx.now })
      .returning({ id: supportAccessGrants.id, expiresAt: supportAccessGrants.expiresAt });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'support_access.granted',
        targetType: 'support_access_grant',
        targetId: grant!.id,
        after: { expiresAt: expiresAt.toISOString(), reason: input.reason },
      },
    });
    return grant!;
  });
}
