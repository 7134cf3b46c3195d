import { and, eq } from 'drizzle-orm';
import { type ProgramAnnouncement, programAnnouncements, programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';

export interface CreateAnnouncementInput {
  /** One program's affiliates; every affiliate of the advertiser when absent. */
  programId?: string | undefined;
  title: string;
  body: string;
}

/** Publishes an announcement to the advertiser's affiliates at once. Audited. */
export async function createAnnouncement({
  ctx,
  input,
}: ServiceCall<CreateAnnouncementInput>): Promise<ProgramAnnouncement> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    if (input.programId) {
      const [program] = await tx.db
        .select({ id: programs.id })
        .from(programs)
        .where(and(eq(programs.id, input.programId), eq(programs.organizationId, organizationId)));
      if (!program) throw new NotFoundError('program', input.programId);
    }
    const [row] = await tx.db
      .insert(programAnnouncements)
      .values({
        organizationId,
        programId: input.programId ?? null,
        title: input.title,
        body: input.body,
        publishedAt: ctx.now,
        createdById: actorId(ctx),
      })
      .returning();
    const created = row as ProgramAnnouncement;
    await recordAudit({
      ctx: tx,
      input: { action: 'announcement.published', targetType: 'announcement', targetId: created.id, after: created },
    });
    return created;
  });
}
