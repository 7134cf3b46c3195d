import { asc, count, eq } from 'drizzle-orm';
import { applicationForms, programGroups, programTerms } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type Question, readForm } from '../../domain/application-form';
import type { AutoApprovalRule } from '../../domain/auto-approval';
import { actingAdvertiser } from '../access';
import { findProgramOrThrow } from '../programs';
import { type CurrentTerms, findApplicationSetup } from './find-application-setup';

export interface ApplicationSettings {
  programId: string;
  questions: Question[];
  /** Every partner group with its own form, or null where it asks the program's. */
  groups: { id: string; name: string; isDefault: boolean; questions: Question[] | null }[];
  terms: CurrentTerms | null;
  /** How many versions of the terms were published (the current one included). */
  termsVersions: number;
  autoApproval: AutoApprovalRule[];
}

/** A program's application form, its groups' forms, its current terms and its auto-approval rules. */
export async function getApplicationSettings({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<ApplicationSettings> {
  const { organizationId } = actingAdvertiser(ctx);
  const program = await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  const setup = await findApplicationSetup({ ctx, input: { programId: program.id, groupId: null } });
  const groups = await ctx.db
    .select({ id: programGroups.id, name: programGroups.name, isDefault: programGroups.isDefault })
    .from(programGroups)
    .where(eq(programGroups.programId, program.id))
    .orderBy(asc(programGroups.id));
  const forms = await ctx.db
    .select({ groupId: applicationForms.groupId, questions: applicationForms.questions })
    .from(applicationForms)
    .where(eq(applicationForms.programId, program.id));
  const [versions] = await ctx.db
    .select({ n: count() })
    .from(programTerms)
    .where(eq(programTerms.programId, program.id));
  return {
    programId: program.id,
    questions: setup.questions,
    groups: groups.map((g) => {
      const own = forms.find((f) => f.groupId === g.id);
      return { ...g, questions: own ? readForm(own.questions) : null };
    }),
    terms: setup.terms,
    termsVersions: versions?.n ?? 0,
    autoApproval: setup.autoApproval,
  };
}
