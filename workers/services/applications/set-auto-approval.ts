import { eq } from 'drizzle-orm';
import { applicationForms, autoApprovalRules } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { readForm } from '../../domain/application-form';
import type { AutoApprovalRule } from '../../domain/auto-approval';
import { ValidationError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';

/**
 * Replaces the program's auto-approval rules (any one matching approves). A rule on an answer must name a
 * question of the program's form or of one of its groups' forms, else it could never match. Audited.
 */
export async function setAutoApproval({
  ctx,
  input,
}: ServiceCall<{ programId: string; rules: AutoApprovalRule[] }>): Promise<AutoApprovalRule[]> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, lock: true },
    });
    const forms = await tx.db
      .select({ questions: applicationForms.questions })
      .from(applicationForms)
      .where(eq(applicationForms.programId, program.id));
    const asked = new Set(forms.flatMap((f) => readForm(f.questions).map((q) => q.id)));
    const unknown = input.rules.flatMap((r, i) =>
      r.kind === 'answer' && !asked.has(r.questionId)
        ? [{ path: `rules.${i}.questionId`, message: `no form of this program asks "${r.questionId}"` }]
        : [],
    );
    if (unknown.length > 0) throw new ValidationError('A rule names a question no form asks', unknown);
    const [before] = await tx.db
      .select({ rules: autoApprovalRules.rules })
      .from(autoApprovalRules)
      .where(eq(autoApprovalRules.programId, program.id));
    await tx.db
      .insert(autoApprovalRules)
      .values({ programId: program.id, organizationId, rules: input.rules })
      .onConflictDoUpdate({ target: autoApprovalRules.programId, set: { rules: input.rules, updatedAt: tx.now } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'program.auto_approval_updated',
        targetType: 'program',
        targetId: program.id,
        before: before ?? null,
        after: { rules: input.rules },
      },
    });
    return input.rules;
  });
}
