import { inTransaction, type ServiceCall } from '../../context';
import { programTerms } from '../../../schema';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { type CurrentTerms, findCurrentTerms } from './find-application-setup';

/**
 * Publishes the program's terms as a new version (the current one from now on: applications must accept
 * it). Text equal to the current version's publishes nothing and answers the current version, so saving
 * twice does not make affiliates accept the same words again. Audited.
 */
export async function publishProgramTerms({
  ctx,
  input,
}: ServiceCall<{ programId: string; bodyEn: string; bodyRu: string | null }>): Promise<CurrentTerms> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    // The program's row lock orders two publications, so each gets its own version number.
    const program = await findProgramOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, lock: true },
    });
    const current = await findCurrentTerms({ ctx: tx, input: { programId: program.id } });
    if (current && current.bodyEn === input.bodyEn && current.bodyRu === input.bodyRu) return current;
    const [row] = await tx.db
      .insert(programTerms)
      .values({
        organizationId,
        programId: program.id,
        version: (current?.version ?? 0) + 1,
        bodyEn: input.bodyEn,
        bodyRu: input.bodyRu,
        createdById: actorId(tx),
        createdAt: tx.now,
      })
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'program.terms_published',
        targetType: 'program',
        targetId: program.id,
        before: current ? { version: current.version } : null,
        after: { version: row!.version, bodyEn: row!.bodyEn, bodyRu: row!.bodyRu },
      },
    });
    return { version: row!.version, bodyEn: row!.bodyEn, bodyRu: row!.bodyRu, createdAt: row!.createdAt };
  });
}
