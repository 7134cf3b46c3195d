import { eq } from 'drizzle-orm';
import { creatives } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { refreshCreativeConversions } from '../stats';
import { purgeRenderedBanners } from './banner-cache';
import { deleteReleasedImage } from './creative-image';
import { findCreativeOrThrow } from './find-creative';

/**
 * Deletes the creative (its conversions leave the creative rollup in the same transaction), then the image
 * uploaded for it (the object is the creative's alone) or its renders. Audited.
 */
export async function deleteCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const before = await inTransaction(ctx, async (tx) => {
    const row = await findCreativeOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, creativeId: input.creativeId, lock: true },
    });
    await tx.db.delete(creatives).where(eq(creatives.id, row.id));
    await refreshCreativeConversions({ ctx: tx, input: { creativeId: row.id } });
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.deleted', targetType: 'creative', targetId: row.id, before: row },
    });
    return row;
  });
  await deleteReleasedImage({ ctx, input: { key: before.imageKey } });
  if (before.kind === 'template') await purgeRenderedBanners({ ctx, input: { creativeId: before.id } });
}
