import { eq } from 'drizzle-orm';
import { creatives } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { advertiserOrgId } from '../tenant-scope';
import { findCreativeOrThrow } from './find-creative';

export async function deleteCreative({
  ctx,
  input,
}: ServiceCall<{ programId: string; creativeId: string }>): Promise<void> {
  const organizationId = advertiserOrgId(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await findCreativeOrThrow(tx.db, organizationId, input.programId, input.creativeId, true);
    await tx.db.delete(creatives).where(eq(creatives.id, before.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'creative.deleted', targetType: 'creative', targetId: before.id, before },
    });
  });
}
