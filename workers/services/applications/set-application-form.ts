import { and, eq, isNull } from 'drizzle-orm';
import { applicationForms } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import type { Question } from '../../domain/application-form';
import { ValidationError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findGroupOrThrow, findProgramOrThrow } from '../programs';

export interface SetApplicationFormInput {
  programId: string;
  /** A partner group's own form; absent: the program's. */
  groupId?: string | undefined;
  /** The questions in order; null (groups only): ask the program's form again. */
  questions: Question[] | null;
}

/**
 * Replaces the program's form, or a group's own form (null: the group asks the program's again). Applications
 * already made keep the answers and questions they were given. Audited with the form before and after.
 */
export async function setApplicationForm({
  ctx,
  input,
}: ServiceCall<SetApplicationFormInput>): Promise<Question[] | null> {
  const { organizationId } = actingAdvertiser(ctx);
  if (!input.groupId && input.questions === null)
    throw new ValidationError("A program's form is a list of questions (empty: ask nothing)", [
      { path: 'questions', message: 'null is only for a group' },
    ]);
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, lock: true },
    });
    const groupId = input.groupId
      ? (await findGroupOrThrow({ ctx: tx, input: { organizationId, programId: program.id, groupId: input.groupId } }))
          .id
      : null;
    const where = and(
      eq(applicationForms.programId, program.id),
      groupId ? eq(applicationForms.groupId, groupId) : isNull(applicationForms.groupId),
    );
    const [before] = await tx.db.select().from(applicationForms).where(where);
    if (input.questions === null) await tx.db.delete(applicationForms).where(where);
    else if (before)
      await tx.db.update(applicationForms).set({ questions: input.questions, updatedAt: tx.now }).where(where);
    else
      await tx.db
        .insert(applicationForms)
        .values({ organizationId, programId: program.id, groupId, questions: input.questions });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'application_form.updated',
        targetType: groupId ? 'program_group' : 'program',
        targetId: groupId ?? program.id,
        before: before ? { programId: program.id, groupId, questions: before.questions } : null,
        after: { programId: program.id, groupId, questions: input.questions },
      },
    });
    return input.questions;
  });
}
