import { and, eq } from 'drizzle-orm';
import { affiliateTags } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { orgAffiliate } from './org-affiliate';

/** Removes one of the affiliate's tags; audited. */
export async function removeAffiliateTag({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string; tagId: string }>): Promise<void> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  await inTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(affiliateTags)
      .where(
        and(
          eq(affiliateTags.id, input.tagId),
          eq(affiliateTags.organizationId, organizationId),
          eq(affiliateTags.affiliateId, affiliateId),
        ),
      )
      .returning({ tag: affiliateTags.tag });
    if (!removed) throw new NotFoundError('tag', input.tagId);
    await recordAudit({
      ctx: tx,
      input: {
        action: 'affiliate.tag_removed',
        targetType: 'user',
        targetId: affiliateId,
        before: { tag: removed.tag },
      },
    });
  });
}
