import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { type Bounty, bounties, bountyAwards, enrollments, programs } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { LATE_REPORT_GRACE_MS, pickWinners, slotsLeft } from '../../domain/bounty-rules';
import { recordAudit } from '../audit';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { awardBounty } from './award-bounty';
import { bountyNotification } from './bounty-notification';
import { bountyCrossingsSql } from './bounty-progress-sql';

/**
 * One performance bounty under its row lock (the lock every award takes, so two runs, or a run and
 * an edit, go one after the other): the members who reached the target and have not won, in the order
 * they reached it, as many as there are slots left, each booked and audited in this transaction. The
 * winners are told after the commit. Answers how many won.
 */
async function evaluateBounty(ctx: ServiceContext, bountyId: string): Promise<number> {
  const notifications: NotificationRequest[] = [];
  const won = await inTransaction(ctx, async (tx) => {
    const [bounty] = await tx.db.select().from(bounties).where(eq(bounties.id, bountyId)).for('update');
    if (!bounty) return 0;
    const awarded = await tx.db
      .select({ enrollmentId: bountyAwards.enrollmentId })
      .from(bountyAwards)
      .where(eq(bountyAwards.bountyId, bounty.id));
    const slots = slotsLeft(bounty.maxWinners, awarded.length);
    if (slots === 0) return 0;
    const { rows } = await tx.db.execute(bountyCrossingsSql(bounty.id));
    const winners = pickWinners(
      (rows as { enrollment_id: string; crossed_at: string | Date; value: string | number }[]).map((r) => ({
        enrollmentId: r.enrollment_id,
        crossedAt: new Date(r.crossed_at),
        value: Number(r.value),
      })),
      new Set(awarded.map((a) => a.enrollmentId)),
      slots,
    );
    if (winners.length === 0) return 0;
    const found = await tx.db
      .select({ enrollment: enrollments, program: programs })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(
        inArray(
          enrollments.id,
          winners.map((w) => w.enrollmentId),
        ),
      );
    let count = 0;
    for (const winner of winners) {
      const row = found.find((f) => f.enrollment.id === winner.enrollmentId);
      if (!row) continue;
      const award = await awardBounty({
        ctx: tx,
        input: { bounty, program: row.program, enrollment: row.enrollment, submissionId: null, value: winner.value },
      });
      if (award === 'full') break;
      if (award === 'already') continue;
      await recordAudit({
        ctx: tx,
        input: {
          action: 'bounty.awarded',
          targetType: 'enrollment',
          targetId: row.enrollment.id,
          organizationId: bounty.organizationId,
          after: {
            bountyId: bounty.id,
            awardId: award.id,
            commissionId: award.commissionId,
            value: winner.value,
            crossedAt: winner.crossedAt,
          },
        },
      });
      notifications.push(winnerNotice(bounty, row.program.name, award.id, row.enrollment.affiliateId));
      count += 1;
    }
    return count;
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return won;
}

const winnerNotice = (bounty: Bounty, programName: string, awardId: string, affiliateId: string) =>
  bountyNotification({ bounty, programName, affiliateId, outcome: 'awarded', subjectId: awardId });

/**
 * The hourly run: every performance bounty that has started and ended less than the late-report
 * grace ago (conversions are counted by when they occurred, and some are reported late) awards those
 * who reached its target. Evaluating here rather than after each conversion keeps the conversion path
 * free of any extra statement, and the winners exact: they are ranked by when they crossed, not by
 * when the run saw them. Idempotent and safe twice at once (the bounty's lock, the award's unique
 * pair). One bounty's failure is logged and the rest go on; the run fails at the end if any did.
 */
export async function evaluatePerformanceBounties({ ctx }: ServiceCall<void>): Promise<number> {
  const system: ServiceContext = { db: ctx.db, config: ctx.config, now: ctx.now, log: ctx.log };
  const due = await ctx.db
    .select({ id: bounties.id })
    .from(bounties)
    .where(
      and(
        eq(bounties.kind, 'performance'),
        lte(bounties.startsAt, ctx.now),
        gt(bounties.endsAt, new Date(ctx.now.getTime() - LATE_REPORT_GRACE_MS)),
      ),
    )
    .orderBy(asc(bounties.endsAt));
  let won = 0;
  let failed = 0;
  for (const { id } of due) {
    try {
      won += await evaluateBounty(system, id);
    } catch (error) {
      failed += 1;
      ctx.log.error('bounty_evaluation_failed', { bountyId: id, error });
    }
  }
  if (won > 0) ctx.log.info('bounties_awarded', { awarded: won });
  if (failed > 0) throw new Error(`${failed} of ${due.length} bounties failed their evaluation`);
  return won;
}
