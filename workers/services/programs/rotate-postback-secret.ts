import { eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { generatePostbackSecret } from '../../domain/api-key';
import { ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { findProgramOrThrow } from './find-program';
import { isProgramFinal } from '../../domain/program-status';

/** Replaces the program's S2S `/postback` secret; the old one stops working at once. */
export async function rotatePostbackSecret({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<{ programId: string; postbackSecret: string }> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, lock: true },
    });
    if (isProgramFinal(program.status)) throw new ConflictError('The program is archived');
    const { secret, hash } = await generatePostbackSecret();
    await tx.db.update(programs).set({ postbackSecretHash: hash }).where(eq(programs.id, program.id));
    await recordAudit({
      ctx: tx,
      input: {
        // The first secret is set, not rotated: nothing stopped working.
        action: program.postbackSecretHash === null ? 'program.postback_secret_set' : 'program.postback_secret_rotated',
        targetType: 'program',
        targetId: program.id,
        before: { hadSecret: program.postbackSecretHash !== null },
        after: { hadSecret: true },
      },
    });
    return { programId: program.id, postbackSecret: secret };
  });
}
