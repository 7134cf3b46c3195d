import { eq } from 'drizzle-orm';
import { form1099Thresholds } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { form1099ThresholdLock } from '../../domain/form-1099';
import { AppError } from '../../errors/app-error';
import { requirePlatformAdmin } from '../access';
import { recordAudit } from '../audit';

/**
 * Platform admins set a year's 1099-NEC threshold once the IRS publishes the indexed amount (2027 on), and may
 * correct it until the year ends. The years the law fixes and the years that have ended are refused.
 */
export async function setForm1099Threshold({
  ctx,
  input,
}: ServiceCall<{ year: number; amountMinor: number }>): Promise<{ year: number; amountMinor: number }> {
  requirePlatformAdmin(ctx);
  const lock = form1099ThresholdLock(input.year, ctx.now);
  if (lock !== null)
    throw new AppError(
      'form_1099_threshold_locked',
      lock === 'statute'
        ? `The threshold for ${input.year} is fixed by law`
        : `${input.year} has ended; its threshold can no longer change`,
      { year: input.year, reason: lock },
    );
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select({ amountMinor: form1099Thresholds.amountMinor })
      .from(form1099Thresholds)
      .where(eq(form1099Thresholds.year, input.year))
      .for('update');
    const values = {
      year: input.year,
      amountMinor: input.amountMinor,
      setById: tx.actor?.userId ?? null,
      updatedAt: tx.now,
    };
    await tx.db
      .insert(form1099Thresholds)
      .values(values)
      .onConflictDoUpdate({ target: form1099Thresholds.year, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'form_1099_threshold.set',
        targetType: 'form_1099_threshold',
        targetId: null,
        before: before ? { year: input.year, amountMinor: before.amountMinor } : null,
        after: { year: input.year, amountMinor: input.amountMinor },
      },
    });
    return { year: input.year, amountMinor: input.amountMinor };
  });
}
