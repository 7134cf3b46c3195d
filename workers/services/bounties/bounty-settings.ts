import { and, count, eq } from 'drizzle-orm';
import { bountyAwards, type NewBounty, type Program, programGroups } from '../../../schema';
import type { ServiceCall } from '../../context';
import { ValidationError } from '../../errors/app-error';
import { findProgramOrThrow } from '../programs';

/** A bounty's settings as the routes validate them (columns of bounties). */
export type BountySettings = Pick<
  NewBounty,
  | 'programId'
  | 'groupId'
  | 'tag'
  | 'kind'
  | 'name'
  | 'description'
  | 'metric'
  | 'target'
  | 'bonusMinor'
  | 'currency'
  | 'maxWinners'
  | 'startsAt'
  | 'endsAt'
>;

/**
 * Refuses what the database would refuse less clearly (400 with details): a group of another program,
 * a group and a tag together, a bonus in another currency than the program's (balances and payouts
 * are per program currency), a performance bounty without its target (or a submission with one),
 * an end before the start, fewer winners than already won. Answers the program (not_found for
 * another advertiser's).
 */
export async function assertBountyValid({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; settings: BountySettings; bountyId?: string }>): Promise<Program> {
  const s = input.settings;
  const program = await findProgramOrThrow({
    ctx,
    input: { organizationId: input.organizationId, programId: s.programId },
  });
  const issues: { field: string; message: string }[] = [];
  if (s.groupId) {
    const [group] = await ctx.db
      .select({ id: programGroups.id })
      .from(programGroups)
      .where(and(eq(programGroups.programId, program.id), eq(programGroups.id, s.groupId)));
    if (!group) issues.push({ field: 'scope.groupId', message: 'Not a group of this program' });
  }
  if (s.groupId && s.tag) issues.push({ field: 'scope', message: 'Limit it to a group or to a tag, not both' });
  if (s.currency !== program.currency)
    issues.push({ field: 'bonus.currency', message: `Bounties pay in the program's currency (${program.currency})` });
  const performance = s.kind === 'performance';
  if (performance && (s.metric == null || s.target == null))
    issues.push({ field: 'goal', message: 'A performance bounty needs a metric and a target' });
  if (!performance && (s.metric != null || s.target != null))
    issues.push({ field: 'goal', message: 'A submission bounty has no metric or target' });
  if (s.endsAt.getTime() <= s.startsAt.getTime()) issues.push({ field: 'endsAt', message: 'Ends after it starts' });
  if (input.bountyId && s.maxWinners != null) {
    const [won] = await ctx.db
      .select({ n: count() })
      .from(bountyAwards)
      .where(eq(bountyAwards.bountyId, input.bountyId));
    if ((won?.n ?? 0) > s.maxWinners)
      issues.push({ field: 'maxWinners', message: `${won?.n} affiliates have already won it` });
  }
  if (issues.length > 0) throw new ValidationError('The bounty cannot run as written', { issues });
  return program;
}
