import { and, eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type OnboardingStep, resolvePath } from '../../domain/onboarding-path';
import { NotFoundError } from '../../errors/app-error';

/** The stored path made whole (the default for a program that never wrote one). */
export const pathOf = (stored: object[] | null): OnboardingStep[] => resolvePath(stored as OnboardingStep[] | null);

/** One of the advertiser's programs with its path; another advertiser's program is not_found alike. */
export async function findProgramPathOrThrow({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; programId: string }>): Promise<{
  id: string;
  name: string;
  steps: OnboardingStep[];
  stored: object[] | null;
}> {
  const [row] = await ctx.db
    .select({ id: programs.id, name: programs.name, stored: programs.onboardingPath })
    .from(programs)
    .where(and(eq(programs.id, input.programId), eq(programs.organizationId, input.organizationId)));
  if (!row) throw new NotFoundError('program', input.programId);
  return { ...row, steps: pathOf(row.stored) };
}
