import { and, desc, eq, isNull, or } from 'drizzle-orm';
import { applicationForms, autoApprovalRules, programTerms } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type Question, readForm } from '../../domain/application-form';
import { type AutoApprovalRule, readAutoApprovalRules } from '../../domain/auto-approval';

export interface CurrentTerms {
  version: number;
  bodyEn: string;
  bodyRu: string | null;
  createdAt: Date;
}

export interface ApplicationSetup {
  /** The group's own form when it has one, else the program's; empty: nothing is asked. */
  questions: Question[];
  /** Whose form that is: the group's, the program's, or none. */
  formOf: 'group' | 'program' | 'none';
  /** The current (highest) version of the program's terms; null: no acceptance is asked. */
  terms: CurrentTerms | null;
  autoApproval: AutoApprovalRule[];
}

/** The program's current terms, or null when it has none. */
export async function findCurrentTerms({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<CurrentTerms | null> {
  const [row] = await ctx.db
    .select({
      version: programTerms.version,
      bodyEn: programTerms.bodyEn,
      bodyRu: programTerms.bodyRu,
      createdAt: programTerms.createdAt,
    })
    .from(programTerms)
    .where(eq(programTerms.programId, input.programId))
    .orderBy(desc(programTerms.version))
    .limit(1);
  return row ?? null;
}

/** What applying to a program as a member of `groupId` asks and decides: the form, the terms, the auto-approval rules. */
export async function findApplicationSetup({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId: string | null }>): Promise<ApplicationSetup> {
  const forms = await ctx.db
    .select({ groupId: applicationForms.groupId, questions: applicationForms.questions })
    .from(applicationForms)
    .where(
      and(
        eq(applicationForms.programId, input.programId),
        input.groupId
          ? or(isNull(applicationForms.groupId), eq(applicationForms.groupId, input.groupId))
          : isNull(applicationForms.groupId),
      ),
    );
  const own = input.groupId ? forms.find((f) => f.groupId === input.groupId) : undefined;
  const form = own ?? forms.find((f) => f.groupId === null);
  const [rules] = await ctx.db
    .select({ rules: autoApprovalRules.rules })
    .from(autoApprovalRules)
    .where(eq(autoApprovalRules.programId, input.programId));
  return {
    questions: readForm(form?.questions ?? []),
    formOf: own ? 'group' : form ? 'program' : 'none',
    terms: await findCurrentTerms({ ctx, input: { programId: input.programId } }),
    autoApproval: readAutoApprovalRules(rules?.rules ?? []),
  };
}
