import { count, eq } from 'drizzle-orm';
import {
  type Bounty,
  type BountyAward,
  bountyAwards,
  commissions,
  type Enrollment,
  type Program,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import { slotsLeft } from '../../domain/bounty-rules';
import { effectiveTerms } from '../../domain/commission-terms';
import { holdUntil } from '../../domain/hold-until';
import { findGroupOrThrow } from '../programs';
import { countUnconvertedLine } from '../stats';

/** The line's unique reference: a bounty pays each enrollment once. */
export const bountyRef = (bountyId: string, enrollmentId: string) => `${bountyId}:${enrollmentId}`;

/**
 * Books one winner, inside the caller's transaction, which holds the bounty's row lock (so the count
 * of winners it reads cannot move until the commit): no slot left answers 'full'; a line already
 * booked for this bounty and enrollment (its unique bounty_ref) answers 'already'. Otherwise the bonus
 * line (kind bounty, no conversion) pending through the enrollment's hold like any commission, so
 * balances, payouts, statements, the enrollment's earnings and the ledger check take it as every
 * line, and its award naming it. The hourly reports count conversions, so they show no bounty.
 */
export async function awardBounty({
  ctx,
  input,
}: ServiceCall<{
  bounty: Bounty;
  program: Program;
  enrollment: Enrollment;
  submissionId: string | null;
  value: number | null;
}>): Promise<BountyAward | 'full' | 'already'> {
  const { bounty, program, enrollment } = input;
  const [won] = await ctx.db.select({ n: count() }).from(bountyAwards).where(eq(bountyAwards.bountyId, bounty.id));
  if (slotsLeft(bounty.maxWinners, won?.n ?? 0) === 0) return 'full';
  const group = await findGroupOrThrow({
    ctx,
    input: { organizationId: program.organizationId, programId: program.id, groupId: enrollment.groupId },
  });
  const holdDays = effectiveTerms(program, enrollment, group).holdDays;
  const [line] = await ctx.db
    .insert(commissions)
    .values({
      conversionId: null,
      bountyRef: bountyRef(bounty.id, enrollment.id),
      organizationId: program.organizationId,
      programId: program.id,
      beneficiaryId: enrollment.affiliateId,
      enrollmentId: enrollment.id,
      level: 0,
      kind: 'bounty',
      amountMinor: bounty.bonusMinor,
      currency: bounty.currency,
      rateBps: null,
      status: 'pending',
      holdUntil: holdUntil(ctx.now, holdDays),
      // The affiliate reads its lines' calculations: the bounty's public terms only (never its tag).
      calculation: {
        rule: 'bounty',
        bountyId: bounty.id,
        bountyName: bounty.name,
        bountyKind: bounty.kind,
        ...(bounty.kind === 'performance' ? { metric: bounty.metric, target: bounty.target } : {}),
        bonusMinor: bounty.bonusMinor,
        holdDays,
      },
    })
    .onConflictDoNothing({ target: commissions.bountyRef })
    .returning({ id: commissions.id });
  if (!line) return 'already';
  await countUnconvertedLine({
    ctx,
    input: { enrollmentId: enrollment.id, amountMinor: bounty.bonusMinor, currency: bounty.currency },
  });
  const [award] = await ctx.db
    .insert(bountyAwards)
    .values({
      organizationId: bounty.organizationId,
      bountyId: bounty.id,
      enrollmentId: enrollment.id,
      affiliateId: enrollment.affiliateId,
      submissionId: input.submissionId,
      commissionId: line.id,
      value: input.value,
      createdAt: ctx.now,
    })
    .returning();
  return award!;
}
