import { and, eq } from 'drizzle-orm';
import { programAnnouncements } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';

/** Takes an announcement down; another advertiser's is not_found. Audited with what it said. */
export async function deleteAnnouncement({ ctx, input }: ServiceCall<{ announcementId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .delete(programAnnouncements)
      .where(
        and(eq(programAnnouncements.id, input.announcementId), eq(programAnnouncements.organizationId, organizationId)),
      )
      .returning();
    if (!row) throw new NotFoundError('announcement', input.announcementId);
    await recordAudit({
      ctx: tx,
      input: { action: 'announcement.deleted', targetType: 'announcement', targetId: row.id, before: row },
    });
  });
}
