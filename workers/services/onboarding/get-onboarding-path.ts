import type { ServiceCall } from '../../context';
import type { OnboardingStep } from '../../domain/onboarding-path';
import { actingAdvertiser } from '../access';
import { findProgramPathOrThrow } from './program-path';

/** A program's onboarding path as the advertiser edits it: every step, those switched off too. */
export async function getOnboardingPath({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<{ steps: OnboardingStep[]; isDefault: boolean }> {
  const program = await findProgramPathOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, programId: input.programId },
  });
  return { steps: program.steps, isDefault: program.stored === null };
}
