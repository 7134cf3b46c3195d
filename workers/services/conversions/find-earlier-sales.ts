import { sql } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import { earliestCreditableSale } from '../../domain/out-of-order-events';
import type { ClickFacts } from './find-click';

/**
 * The customer's sales and rebills credited to nobody that a conversion which has just bound the
 * customer to an affiliate (the first referral) should credit: Stripe may deliver a subscription's
 * first invoice.paid before the checkout that carries the click. Only those since the click and
 * within LATE_REFERRAL_WINDOW_MS of the binding event, and not waiting for a click of their own.
 * Locked, so each is settled once.
 */
export async function findEarlierSales({
  ctx,
  input,
}: ServiceCall<{ binding: Conversion; click: ClickFacts | null }>): Promise<Conversion[]> {
  const { binding } = input;
  if (!binding.externalCustomerId) return [];
  const from = earliestCreditableSale({ boundAt: binding.occurredAt, clickedAt: input.click?.clickedAt ?? null });
  return ctx.db
    .select()
    .from(conversions)
    .where(
      sql`${conversions.appId} = ${binding.appId} AND ${conversions.externalCustomerId} = ${binding.externalCustomerId}
        AND ${conversions.eventType} IN ('sale', 'rebill') AND ${conversions.enrollmentId} IS NULL
        AND ${conversions.status} = 'pending' AND ${conversions.id} <> ${binding.id} AND ${conversions.occurredAt} >= ${from}
        AND coalesce(${conversions.attributionTrace} -> -1 ->> 'outcome', '') <> 'waiting_for_click'`,
    )
    .orderBy(conversions.occurredAt)
    .for('update');
}
