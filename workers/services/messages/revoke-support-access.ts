import { and, eq, isNull } from 'drizzle-orm';
import { supportAccessGrants } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { requireOwnMember } from './support-access';

/** Ends a grant now. Audited; revoking one already ended changes nothing. Owners only. */
export async function revokeSupportAccess({ ctx, input }: ServiceCall<{ grantId: string }>): Promise<void> {
  const organizationId = requireOwnMember({ ctx, input: undefined });
  await inTransaction(ctx, async (tx) => {
    const [grant] = await tx.db
      .select({ id: supportAccessGrants.id, revokedAt: supportAccessGrants.revokedAt })
      .from(supportAccessGrants)
      .where(and(eq(supportAccessGrants.id, input.grantId), eq(supportAccessGrants.organizationId, organizationId)))
      .for('update');
    if (!grant) throw new NotFoundError('support access grant', input.grantId);
    if (grant.revokedAt) return;
    await tx.db
      .update(supportAccessGrants)
      .set({ revokedAt: tx.now, revokedById: actorId(tx) })
      .where(and(eq(supportAccessGrants.id, grant.id), isNull(supportAccessGrants.revokedAt)));
    await recordAudit({
      ctx: tx,
      input: { action: 'support_access.revoked', targetType: 'support_access_grant', targetId: grant.id },
    });
  });
}
