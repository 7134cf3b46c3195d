import { and, eq } from 'drizzle-orm';
import { affiliateTags } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { orgAffiliate } from './org-affiliate';

/** The most tags one affiliate carries: a label set, not a notebook. */
export const MAX_TAGS_PER_AFFILIATE = 20;

/**
 * Tags the affiliate (trimmed and lower-cased by the API); a tag it already has is answered as it is, without a
 * second row or audit entry.
 */
export async function addAffiliateTag({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string; tag: string }>): Promise<{ id: string; tag: string }> {
  const { organizationId, affiliateId } = await orgAffiliate({ ctx, input });
  return inTransaction(ctx, async (tx) => {
    const mine = and(eq(affiliateTags.organizationId, organizationId), eq(affiliateTags.affiliateId, affiliateId));
    const existing = await tx.db
      .select({ id: affiliateTags.id, tag: affiliateTags.tag })
      .from(affiliateTags)
      .where(mine);
    const same = existing.find((t) => t.tag === input.tag);
    if (same) return same;
    if (existing.length >= MAX_TAGS_PER_AFFILIATE)
      throw new AppError('tag_limit_reached', `An affiliate carries at most ${MAX_TAGS_PER_AFFILIATE} tags`, {
        max: MAX_TAGS_PER_AFFILIATE,
      });
    const [row] = await tx.db
      .insert(affiliateTags)
      .values({ organizationId, affiliateId, tag: input.tag, createdById: actorId(tx) })
      .onConflictDoNothing()
      .returning({ id: affiliateTags.id, tag: affiliateTags.tag });
    // Another request added the same tag meanwhile: its row is the answer.
    if (!row)
      return (
        await tx.db
          .select({ id: affiliateTags.id, tag: affiliateTags.tag })
          .from(affiliateTags)
          .where(and(mine, eq(affiliateTags.tag, input.tag)))
      )[0]!;
    await recordAudit({
      ctx: tx,
      input: { action: 'affiliate.tag_added', targetType: 'user', targetId: affiliateId, after: { tag: input.tag } },
    });
    return row;
  });
}
