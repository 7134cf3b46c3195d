import type { ServiceCall } from '../../context';
import { type AnswerValue, checkAnswers, type StoredAnswer } from '../../domain/application-form';
import { type AutoApprovalRule, matchAutoApproval } from '../../domain/auto-approval';
import { termsAcceptanceIssue } from '../../domain/terms-acceptance';
import { AppError } from '../../errors/app-error';
import { findApplicantSetup } from './find-applicant-setup';

export interface ApplicationInput {
  programId: string;
  /** The partner group the applicant joins (its own form replaces the program's); null: the default group. */
  groupId: string | null;
  answers: Record<string, AnswerValue>;
  /** The version of the program's terms the applicant accepted; absent: none. */
  termsVersion?: number | undefined;
  /** The applicant's email, for email-domain rules; null where no rule applies (registration links). */
  email: string | null;
  /** The request's country (Cloudflare geo), for country rules; null when unknown. */
  country: string | null;
}

/** What an accepted application stores on its enrollment, and the rule that approves it at once, if any. */
export interface PreparedApplication {
  answers: StoredAnswer[] | null;
  termsVersion: number | null;
  autoApproval: { index: number; rule: AutoApprovalRule } | null;
}

/**
 * Checks an application against the program's form and current terms (answers_invalid, terms_not_accepted)
 * and finds the first auto-approval rule it meets. Writes nothing: the caller stores the result with the
 * enrollment, so an application that fails here leaves no trace.
 */
export async function prepareApplication({ ctx, input }: ServiceCall<ApplicationInput>): Promise<PreparedApplication> {
  const setup = await findApplicantSetup({ ctx, input: { programId: input.programId, groupId: input.groupId } });
  const checked = checkAnswers(setup.questions, input.answers);
  if (!checked.ok)
    throw new AppError('application_answers_invalid', 'Some answers to the application form are missing or not valid', {
      issues: checked.issues,
    });
  const issue = termsAcceptanceIssue(setup.terms?.version ?? null, input.termsVersion);
  if (issue)
    throw new AppError(
      'terms_not_accepted',
      issue === 'not_accepted'
        ? "Accept the program's terms to apply"
        : "The program's terms changed since you read them: read and accept the current version",
      { currentVersion: setup.terms?.version ?? null },
    );
  const answers = Object.fromEntries(checked.answers.map((a) => [a.questionId, a.value]));
  return {
    answers: setup.questions.length > 0 ? checked.answers : null,
    termsVersion: setup.terms?.version ?? null,
    autoApproval: matchAutoApproval(setup.autoApproval, { country: input.country, email: input.email, answers }),
  };
}
