import { affiliateNotes } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { orgAffiliate } from './org-affiliate';

/** Adds a note of the advertiser's team about the affiliate; audited with its text. */
export async function addAffiliateNote({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string; body: string }>): Promise<{ id: string }> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  return inTransaction(ctx, async (tx) => {
    const [note] = await tx.db
      .insert(affiliateNotes)
      .values({ organizationId, affiliateId, authorId: actorId(tx), body: input.body })
      .returning({ id: affiliateNotes.id });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'affiliate.note_added',
        targetType: 'user',
        targetId: affiliateId,
        after: { noteId: note!.id, body: input.body },
      },
    });
    return note!;
  });
}
