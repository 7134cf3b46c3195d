import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  type Bounty,
  type BountySubmission,
  bounties,
  bountyAwards,
  bountySubmissions,
  commissions,
  programs,
} from '../../../schema';
import type { CommissionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { bountyProgress, isBountyOpen, isInBountyScope, slotsLeft } from '../../domain/bounty-rules';
import { maySubmitAgain } from '../../domain/bounty-submission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { affiliateScope } from '../access';
import { myBountyTotalsSql } from './bounty-progress-sql';
import { readMyBountyScope } from './my-bounty-scope';

export interface MyBounty {
  bounty: Omit<Bounty, 'tag' | 'groupId' | 'organizationId'>;
  programName: string;
  open: boolean;
  /** Every winner is chosen. */
  full: boolean;
  progress: ReturnType<typeof bountyProgress> | null;
  submissions: Pick<BountySubmission, 'id' | 'url' | 'note' | 'status' | 'reason' | 'createdAt' | 'reviewedAt'>[];
  award: { awardedAt: Date; amountMinor: number; currency: string; status: CommissionStatus } | null;
  canSubmit: boolean;
}

/**
 * The bounties of the request's advertiser the signed-in affiliate may see: those open now in its
 * scope (an active enrollment in the program, of the group, carrying the tag), and any it answered or
 * won (its history), newest first. Performance progress is read in one statement for all of them. The
 * scope itself (group, tag) is never shown: tags are the advertiser's own labels.
 */
export async function listMyBounties({ ctx }: ServiceCall<void>): Promise<MyBounty[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const { byProgram, tags } = await readMyBountyScope({ ctx, input: { organizationId, affiliateId } });
  if (byProgram.size === 0) return [];
  const rows = await ctx.db
    .select({ bounty: bounties, programName: programs.name })
    .from(bounties)
    .innerJoin(programs, eq(programs.id, bounties.programId))
    .where(and(eq(bounties.organizationId, organizationId), inArray(bounties.programId, [...byProgram.keys()])))
    .orderBy(desc(bounties.id))
    .limit(500);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.bounty.id);
  const [submitted, awards, winners] = await Promise.all([
    ctx.db
      .select()
      .from(bountySubmissions)
      .where(and(inArray(bountySubmissions.bountyId, ids), eq(bountySubmissions.affiliateId, affiliateId)))
      .orderBy(asc(bountySubmissions.createdAt)),
    ctx.db
      .select({ award: bountyAwards, status: commissions.status, amountMinor: commissions.amountMinor })
      .from(bountyAwards)
      .innerJoin(commissions, eq(commissions.id, bountyAwards.commissionId))
      .where(and(inArray(bountyAwards.bountyId, ids), eq(bountyAwards.affiliateId, affiliateId))),
    ctx.db
      .select({ bountyId: bountyAwards.bountyId, n: sql<number>`count(*)::int` })
      .from(bountyAwards)
      .where(inArray(bountyAwards.bountyId, ids))
      .groupBy(bountyAwards.bountyId),
  ]);
  const inScope = (bounty: Bounty) => {
    const enrollment = byProgram.get(bounty.programId)!;
    return isEnrollmentActive(enrollment.status) && isInBountyScope(bounty, { groupId: enrollment.groupId, tags });
  };
  const visible = rows.filter(({ bounty }) => {
    const mine = submitted.some((s) => s.bountyId === bounty.id) || awards.some((a) => a.award.bountyId === bounty.id);
    return mine || (inScope(bounty) && isBountyOpen(bounty, ctx.now));
  });
  const performance = visible.filter((r) => r.bounty.kind === 'performance').map((r) => r.bounty.id);
  const totals = new Map<string, number>();
  if (performance.length > 0) {
    const { rows: found } = await ctx.db.execute(myBountyTotalsSql(performance, affiliateId));
    for (const r of found as { bounty_id: string; value: string | number }[]) totals.set(r.bounty_id, Number(r.value));
  }
  return visible.map(({ bounty, programName }) => {
    const { tag: _tag, groupId: _group, organizationId: _org, ...shown } = bounty;
    const mine = submitted.filter((s) => s.bountyId === bounty.id);
    const won = awards.find((a) => a.award.bountyId === bounty.id);
    const full = slotsLeft(bounty.maxWinners, winners.find((w) => w.bountyId === bounty.id)?.n ?? 0) === 0;
    const open = isBountyOpen(bounty, ctx.now);
    return {
      bounty: shown,
      programName,
      open,
      full,
      progress:
        bounty.kind === 'performance' && bounty.metric && bounty.target
          ? bountyProgress(bounty.metric, bounty.target, totals.get(bounty.id) ?? 0)
          : null,
      submissions: mine.map((s) => ({
        id: s.id,
        url: s.url,
        note: s.note,
        status: s.status,
        reason: s.reason,
        createdAt: s.createdAt,
        reviewedAt: s.reviewedAt,
      })),
      award: won
        ? {
            awardedAt: won.award.createdAt,
            amountMinor: won.amountMinor,
            currency: bounty.currency,
            status: won.status,
          }
        : null,
      canSubmit:
        bounty.kind === 'submission' &&
        open &&
        !full &&
        !won &&
        inScope(bounty) &&
        maySubmitAgain(mine.map((s) => s.status)),
    };
  });
}
