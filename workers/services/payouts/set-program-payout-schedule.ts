import { eq } from 'drizzle-orm';
import { programPayoutSchedules } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { getProgramPayoutSchedule, type ProgramPayoutScheduleView } from './get-program-payout-schedule';
import { scheduledProgram } from './scheduled-program';

export type ProgramPayoutScheduleInput =
  | { programId: string; kind: 'daily' | 'manual' }
  | { programId: string; kind: 'monthly'; dayOfMonth: number }
  | { programId: string; kind: 'threshold'; thresholdMinor: number };

/**
 * An owner or admin sets when the payout cron proposes the program's balances (the route validated the day,
 * 1–28, and the threshold, > 0, in the program's currency). Audited with the schedule before and after. A
 * monthly schedule counts from today: a day already past this month first runs next month.
 */
export async function setProgramPayoutSchedule({
  ctx,
  input,
}: ServiceCall<ProgramPayoutScheduleInput>): Promise<ProgramPayoutScheduleView> {
  const userId = actorId(ctx);
  return inTransaction(ctx, async (tx) => {
    const program = await scheduledProgram({ ctx: tx, input: { programId: input.programId, lock: true } });
    const [before] = await tx.db
      .select()
      .from(programPayoutSchedules)
      .where(eq(programPayoutSchedules.programId, program.id));
    const values = {
      kind: input.kind,
      dayOfMonth: input.kind === 'monthly' ? input.dayOfMonth : null,
      thresholdMinor: input.kind === 'threshold' ? input.thresholdMinor : null,
      updatedById: userId,
      updatedAt: tx.now,
    };
    await tx.db
      .insert(programPayoutSchedules)
      .values({ programId: program.id, organizationId: program.organizationId, ...values })
      .onConflictDoUpdate({ target: programPayoutSchedules.programId, set: values });
    const shape = (r: { kind: string; dayOfMonth: number | null; thresholdMinor: number | null }) => ({
      kind: r.kind,
      dayOfMonth: r.dayOfMonth,
      thresholdMinor: r.thresholdMinor,
    });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'program.payout_schedule_updated',
        targetType: 'program',
        targetId: program.id,
        organizationId: program.organizationId,
        before: before ? shape(before) : { kind: 'daily', dayOfMonth: null, thresholdMinor: null },
        after: shape(values),
      },
    });
    return getProgramPayoutSchedule({ ctx: tx, input: { programId: program.id } });
  });
}
