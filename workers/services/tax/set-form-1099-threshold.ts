import { form1099Thresholds } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { statutory1099Threshold } from '../../domain/form-1099';
import { AppError } from '../../errors/app-error';
import { requirePlatformAdmin } from '../access';
import { recordAudit } from '../audit';

/** Platform staff set a year's 1099-NEC threshold once the IRS publishes the indexed amount (2027 on). */
export async function setForm1099Threshold({
  ctx,
  input,
}: ServiceCall<{ year: number; amountMinor: number }>): Promise<{ year: number; amountMinor: number }> {
  requirePlatformAdmin(ctx);
  if (statutory1099Threshold(input.year) !== null)
    throw new AppError('validation_failed', `The threshold for ${input.year} is fixed by law`);
  return inTransaction(ctx, async (tx) => {
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
        after: { year: input.year, amountMinor: input.amountMinor },
      },
    });
    return { year: input.year, amountMinor: input.amountMinor };
  });
}
