import type { BountyKind, BountyMetric } from '../../schema/enums';

/** The fields of a bounty the rules read. */
export interface BountyTerms {
  kind: BountyKind;
  groupId: string | null;
  tag: string | null;
  metric: BountyMetric | null;
  target: number | null;
  maxWinners: number | null;
  startsAt: Date;
  endsAt: Date;
}

/** Open at `now`: from starts_at (inclusive) to ends_at (exclusive). */
export const isBountyOpen = (b: Pick<BountyTerms, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  b.startsAt.getTime() <= now.getTime() && now.getTime() < b.endsAt.getTime();

/**
 * Whether an active member of the bounty's program is in its scope: any member, the members of its
 * group, or the affiliates carrying its tag.
 */
export function isInBountyScope(
  b: Pick<BountyTerms, 'groupId' | 'tag'>,
  member: { groupId: string; tags: readonly string[] },
) {
  if (b.groupId !== null && b.groupId !== member.groupId) return false;
  if (b.tag !== null && !member.tags.includes(b.tag)) return false;
  return true;
}

/** How many more may win (Infinity without a limit); never below zero. */
export const slotsLeft = (maxWinners: number | null, awarded: number): number =>
  maxWinners === null ? Number.POSITIVE_INFINITY : Math.max(0, maxWinners - awarded);

/** The hourly run keeps evaluating a performance bounty this long after its end, for conversions reported late. */
export const LATE_REPORT_GRACE_MS = 3 * 86_400_000;

/** Whether the hourly run still evaluates a performance bounty at `now`: started, and ended less than the grace ago. */
export const isBountyEvaluated = (b: Pick<BountyTerms, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  b.startsAt.getTime() <= now.getTime() && now.getTime() < b.endsAt.getTime() + LATE_REPORT_GRACE_MS;

/**
 * What an affiliate sees of its progress to a performance target. The target is the bounty's
 * published term; the total is theirs, except for sale_amount, which is revenue: an affiliate never
 * sees revenue, so that total is null and only the whole percent (floored, at most 100) shows.
 */
export function bountyProgress(
  metric: BountyMetric,
  target: number,
  value: number,
): { value: number | null; target: number; percent: number; reached: boolean } {
  const reached = value >= target;
  const percent = reached ? 100 : Math.min(99, Math.floor((Math.max(0, value) * 100) / target));
  return { value: metric === 'sale_amount' ? null : value, target, percent, reached };
}

/** One enrollment that reached a performance target, and when (the conversion that took it over). */
export interface BountyCrossing {
  enrollmentId: string;
  crossedAt: Date;
  value: number;
}

/**
 * First come first served: the enrollments not yet awarded, in the order they reached the target
 * (ties by enrollment id, so two runs pick the same), as many as there are slots left.
 */
export function pickWinners(
  crossings: readonly BountyCrossing[],
  awarded: ReadonlySet<string>,
  slots: number,
): BountyCrossing[] {
  return crossings
    .filter((c) => !awarded.has(c.enrollmentId))
    .sort((a, b) => a.crossedAt.getTime() - b.crossedAt.getTime() || (a.enrollmentId < b.enrollmentId ? -1 : 1))
    .slice(0, Math.max(0, slots));
}
