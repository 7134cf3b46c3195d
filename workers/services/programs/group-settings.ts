import type { NewProgramGroup, ProgramGroup } from '../../../schema';
import { groupRuleIssues } from '../../domain/group-rules';
import { ValidationError } from '../../errors/app-error';
import type { Program } from '../../../schema';

/** A group's settings as the routes validate them: the name and look, and terms (NULL: the program's). */
export type GroupSettings = Pick<
  NewProgramGroup,
  | 'name'
  | 'color'
  | 'description'
  | 'commissionType'
  | 'commissionRateBps'
  | 'commissionFixedMinor'
  | 'recurringMode'
  | 'recurringMonths'
  | 'recurringRateBps'
  | 'multiLevelRatesBps'
  | 'holdDays'
>;

/** Refuses terms its members could not be paid under, once the program's fill the gaps (400 with details). */
export function assertGroupPayable(program: Program, group: ProgramGroup | GroupSettings): void {
  const issues = groupRuleIssues(program, {
    commissionType: group.commissionType ?? null,
    commissionRateBps: group.commissionRateBps ?? null,
    commissionFixedMinor: group.commissionFixedMinor ?? null,
    recurringMode: group.recurringMode ?? null,
    recurringMonths: group.recurringMonths ?? null,
  });
  if (issues.length > 0) throw new ValidationError('The group’s terms would leave its members unpaid', { issues });
}
