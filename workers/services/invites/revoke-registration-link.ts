import { and, eq } from 'drizzle-orm';
import { registrationLinks } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { selectRegistrationLinks, toRegistrationLinkRow, type RegistrationLinkRow } from './registration-link-view';

/**
 * Revokes a link: nobody joins through it any more (enrollments it made stay). Revoking twice keeps the
 * first time. Another organization's link is not_found.
 */
export async function revokeRegistrationLink({
  ctx,
  input,
}: ServiceCall<{ linkId: string }>): Promise<RegistrationLinkRow> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const [link] = await tx.db
      .select()
      .from(registrationLinks)
      .where(and(eq(registrationLinks.id, input.linkId), eq(registrationLinks.organizationId, organizationId)))
      .for('update');
    if (!link) throw new NotFoundError('registration link', input.linkId);
    if (link.revokedAt) return;
    await tx.db.update(registrationLinks).set({ revokedAt: tx.now }).where(eq(registrationLinks.id, link.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'registration_link.revoked',
        targetType: 'registration_link',
        targetId: link.id,
        before: { revokedAt: null },
        after: { revokedAt: tx.now },
      },
    });
  });
  const [row] = await selectRegistrationLinks({ ctx, input: { organizationId, linkId: input.linkId } });
  return toRegistrationLinkRow({ ctx, input: row! });
}
