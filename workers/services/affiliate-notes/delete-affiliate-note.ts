import { and, eq } from 'drizzle-orm';
import { affiliateNotes } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { orgAffiliate } from './org-affiliate';

/** Deletes one of the team's notes about the affiliate; the audit entry keeps what it said. */
export async function deleteAffiliateNote({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string; noteId: string }>): Promise<void> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  await inTransaction(ctx, async (tx) => {
    const [deleted] = await tx.db
      .delete(affiliateNotes)
      .where(
        and(
          eq(affiliateNotes.id, input.noteId),
          eq(affiliateNotes.organizationId, organizationId),
          eq(affiliateNotes.affiliateId, affiliateId),
        ),
      )
      .returning({ body: affiliateNotes.body });
    if (!deleted) throw new NotFoundError('note', input.noteId);
    await recordAudit({
      ctx: tx,
      input: {
        action: 'affiliate.note_deleted',
        targetType: 'user',
        targetId: affiliateId,
        before: { noteId: input.noteId, body: deleted.body },
      },
    });
  });
}
