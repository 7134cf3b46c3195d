import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { applicationForms, programs, programTerms } from '../../schema';

/**
 * Whether applying to the row's program asks anything first: it has terms, or a form with questions (the
 * program's, or `groupId`'s own when given; any of its forms otherwise). Lets a list say "one click" or
 * "form first" without loading each form.
 */
export function asksApplicationSql(groupId?: AnyColumn): SQL<boolean> {
  const whichForm = groupId
    ? sql`and (${applicationForms.groupId} is null or ${applicationForms.groupId} = ${groupId})`
    : sql``;
  return sql<boolean>`(exists (select 1 from ${programTerms} where ${programTerms.programId} = ${programs.id})
    or exists (select 1 from ${applicationForms} where ${applicationForms.programId} = ${programs.id} ${whichForm}
      and jsonb_array_length(${applicationForms.questions}) > 0))`;
}
