import { and, eq, inArray } from 'drizzle-orm';
import { type NewProgramWorkflow, type Program, programGroups } from '../../../schema';
import type { ServiceCall } from '../../context';
import { ValidationError } from '../../errors/app-error';

/** The most workflows a program may have: each settled conversion evaluates all of them. */
export const MAX_WORKFLOWS_PER_PROGRAM = 20;

/** A workflow's settings as the routes validate them (columns of program_workflows). */
export type WorkflowSettings = Pick<
  NewProgramWorkflow,
  | 'name'
  | 'enabled'
  | 'metric'
  | 'op'
  | 'threshold'
  | 'windowDays'
  | 'scopeGroupId'
  | 'moveToGroupId'
  | 'bonusMinor'
  | 'bonusCurrency'
  | 'messageEn'
  | 'messageRu'
>;

/**
 * Refuses what the database would refuse less clearly (400 with details): a scope or target group of
 * another program, a move into the scope's own group, a bonus in another currency than the program's
 * (balances and payouts are per program currency), a workflow that does nothing.
 */
export async function assertWorkflowValid({
  ctx,
  input,
}: ServiceCall<{ program: Program; settings: WorkflowSettings }>): Promise<void> {
  const { program, settings: s } = input;
  const issues: { field: string; message: string }[] = [];
  const groupIds = [s.scopeGroupId, s.moveToGroupId].filter((g): g is string => Boolean(g));
  if (groupIds.length > 0) {
    const found = await ctx.db
      .select({ id: programGroups.id })
      .from(programGroups)
      .where(and(eq(programGroups.programId, program.id), inArray(programGroups.id, groupIds)));
    const known = new Set(found.map((g) => g.id));
    if (s.scopeGroupId && !known.has(s.scopeGroupId))
      issues.push({ field: 'scopeGroupId', message: 'Not a group of this program' });
    if (s.moveToGroupId && !known.has(s.moveToGroupId))
      issues.push({ field: 'actions.moveToGroupId', message: 'Not a group of this program' });
  }
  if (s.moveToGroupId && s.moveToGroupId === s.scopeGroupId)
    issues.push({ field: 'actions.moveToGroupId', message: 'Moves members into the group it watches' });
  if (s.bonusMinor != null && s.bonusCurrency !== program.currency)
    issues.push({
      field: 'actions.bonus.currency',
      message: `Bonuses are paid in the program's currency (${program.currency})`,
    });
  if (!s.moveToGroupId && s.bonusMinor == null && !s.messageEn)
    issues.push({ field: 'actions', message: 'Choose at least one action: move, bonus or message' });
  if (issues.length > 0) throw new ValidationError('The workflow cannot run as written', { issues });
}
