import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  commissions,
  payoutItemCommissions,
  payoutScheduleRuns,
  programPayoutSchedules,
  programs,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import type { PayoutProgram } from '../../domain/next-payout';
import { DEFAULT_PAYOUT_SCHEDULE } from '../../domain/payout-schedule';
import { actorId } from '../access';
import { scheduleOf } from '../payouts';

/** The key of one balance: advertiser and currency. */
export const balanceKey = (organizationId: string, currency: string) => `${organizationId}:${currency}`;

/**
 * The programs behind the signed-in affiliate's payable balances with the given advertisers, per balance
 * (balanceKey): those with approved lines not in a payout yet, as the proposal's open lines, each with its
 * schedule, its runs in the balance's currency and its own-currency sum for a threshold.
 */
export async function readPayoutPrograms({
  ctx,
  input,
}: ServiceCall<{ organizationIds: string[] }>): Promise<Map<string, PayoutProgram[]>> {
  const behind = new Map<string, PayoutProgram[]>();
  if (input.organizationIds.length === 0) return behind;
  const rows = await ctx.db
    .select({
      organizationId: commissions.organizationId,
      currency: commissions.currency,
      programId: programs.id,
      // A threshold counts the program's lines in its own currency only (domain/payout-schedule.ts dueLines).
      ownMinor: sql<string>`coalesce(sum(CASE WHEN ${programs.currency} = ${commissions.currency} THEN ${commissions.amountMinor} END), 0)`,
    })
    .from(commissions)
    .innerJoin(programs, eq(programs.id, commissions.programId))
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .where(
      and(
        eq(commissions.beneficiaryId, actorId(ctx)),
        inArray(commissions.organizationId, input.organizationIds),
        eq(commissions.status, 'approved'),
        isNull(payoutItemCommissions.commissionId),
      ),
    )
    .groupBy(commissions.organizationId, commissions.currency, programs.id);
  if (rows.length === 0) return behind;
  const programIds = [...new Set(rows.map((r) => r.programId))];
  const schedules = new Map(
    (
      await ctx.db.select().from(programPayoutSchedules).where(inArray(programPayoutSchedules.programId, programIds))
    ).map((r) => [r.programId, scheduleOf(r)]),
  );
  const ran = new Map<string, Set<string>>();
  for (const r of await ctx.db
    .select({
      programId: payoutScheduleRuns.programId,
      currency: payoutScheduleRuns.currency,
      period: payoutScheduleRuns.period,
    })
    .from(payoutScheduleRuns)
    .where(inArray(payoutScheduleRuns.programId, programIds))) {
    const key = `${r.programId} ${r.currency}`;
    ran.set(key, (ran.get(key) ?? new Set()).add(r.period));
  }
  for (const r of rows) {
    const key = balanceKey(r.organizationId, r.currency);
    behind.set(key, [
      ...(behind.get(key) ?? []),
      {
        schedule: schedules.get(r.programId) ?? DEFAULT_PAYOUT_SCHEDULE,
        ranPeriods: ran.get(`${r.programId} ${r.currency}`) ?? new Set(),
        thresholdBalanceMinor: Number(r.ownMinor),
      },
    ]);
  }
  return behind;
}
