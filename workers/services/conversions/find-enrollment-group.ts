import type { ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { readGroupAndTotals } from './read-group-and-totals';

/**
 * The partner group whose terms an enrollment earns under now (every enrollment has one). Its reward
 * rules come back only when this isolate does not hold them as the row is now (group-rules-cache.ts):
 * the statement sends the rule set it holds, and Postgres answers NULL while the row still names it.
 */
export async function findEnrollmentGroup({ ctx, input }: ServiceCall<{ groupId: string }>): Promise<ProgramGroup> {
  return (await readGroupAndTotals({ ctx, input })).group;
}
