import type { ServiceCall } from '../../context';
import type { Question } from '../../domain/application-form';
import { findApplicantSetup } from './find-applicant-setup';
import type { CurrentTerms } from './find-application-setup';
import { findOpenProgramOrThrow, type OpenProgram } from './find-open-program';

export interface ProgramApplication {
  program: OpenProgram;
  questions: Question[];
  terms: CurrentTerms | null;
}

/**
 * What applying to a marketplace program asks: the form of the group an application joins (the program's
 * default group, else the program's own form) and the current terms. The auto-approval rules stay the
 * advertiser's: an applicant is told the outcome, not how to reach it.
 */
export async function getProgramApplication({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<ProgramApplication> {
  const program = await findOpenProgramOrThrow({ ctx, input });
  const setup = await findApplicantSetup({ ctx, input: { programId: program.id, groupId: null } });
  return { program, questions: setup.questions, terms: setup.terms };
}
