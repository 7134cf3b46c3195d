import { eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { type OnboardingStep, pathProblems } from '../../domain/onboarding-path';
import { ValidationError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findProgramPathOrThrow } from './program-path';

/**
 * Saves a program's onboarding path: its order, which steps are on, and the advertiser's own steps. Built-in
 * steps can be switched off but not removed. What affiliates already reached stays: a step removed and added
 * again under the same id is still reached. Audited.
 */
export async function setOnboardingPath({
  ctx,
  input,
}: ServiceCall<{ programId: string; steps: OnboardingStep[] }>): Promise<{
  steps: OnboardingStep[];
  isDefault: boolean;
}> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const problems = pathProblems(input.steps);
  if (problems.length > 0) throw new ValidationError('The onboarding path cannot be saved', problems);
  return inTransaction(ctx, async (tx) => {
    const before = await findProgramPathOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
    await tx.db
      .update(programs)
      .set({ onboardingPath: input.steps, updatedAt: tx.now })
      .where(eq(programs.id, before.id));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'program.onboarding_path_updated',
        targetType: 'program',
        targetId: before.id,
        before: { onboardingPath: before.steps },
        after: { onboardingPath: input.steps },
      },
    });
    return { steps: input.steps, isDefault: false };
  });
}
