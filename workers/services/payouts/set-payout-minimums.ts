import { inArray, sql } from 'drizzle-orm';
import { payoutMinimums, type PayoutMinimum } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { payoutMinimumProblem } from '../../domain/payout-minimum';
import { ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actorId } from '../access';

export interface PayoutMinimumChange {
  currency: string;
  minMinor: number;
}

/**
 * Platform staff set the payout minimum of one or more currencies (a new currency is added). One
 * transaction; one audit entry per currency whose value changed, with the value before.
 */
export async function setPayoutMinimums({
  ctx,
  input,
}: ServiceCall<{ items: PayoutMinimumChange[] }>): Promise<PayoutMinimum[]> {
  const problems = input.items.flatMap((item, i) => {
    const problem = payoutMinimumProblem(item.currency, item.minMinor);
    return problem ? [{ path: `items.${i}.minMinor`, message: problem }] : [];
  });
  if (problems.length > 0) throw new ValidationError('A payout minimum is not valid for its currency', problems);
  const currencies = input.items.map((i) => i.currency);
  if (new Set(currencies).size !== currencies.length)
    throw new ValidationError('Each currency may appear once', [{ path: 'items', message: 'duplicate currency' }]);
  const staffId = actorId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = new Map(
      (await tx.db.select().from(payoutMinimums).where(inArray(payoutMinimums.currency, currencies)).for('update')).map(
        (r) => [r.currency, r.minMinor],
      ),
    );
    const rows = await tx.db
      .insert(payoutMinimums)
      .values(input.items.map((i) => ({ currency: i.currency, minMinor: i.minMinor, updatedById: staffId })))
      .onConflictDoUpdate({
        target: payoutMinimums.currency,
        set: { minMinor: sql`excluded.min_minor`, updatedById: staffId, updatedAt: tx.now },
      })
      .returning();
    for (const item of input.items) {
      if (before.get(item.currency) === item.minMinor) continue;
      await recordAudit({
        ctx: tx,
        input: {
          action: 'payout_minimum.updated',
          targetType: 'payout_minimum',
          targetId: item.currency,
          organizationId: null,
          before: before.has(item.currency) ? { minMinor: before.get(item.currency) } : null,
          after: { minMinor: item.minMinor },
        },
      });
    }
    return rows.sort((a, b) => a.currency.localeCompare(b.currency));
  });
}
