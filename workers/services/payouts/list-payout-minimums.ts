import { asc } from 'drizzle-orm';
import { payoutMinimums, type PayoutMinimum } from '../../../schema';
import type { ServiceCall } from '../../context';

/** Every currency's platform payout minimum, by currency code. */
export function listPayoutMinimums({ ctx }: ServiceCall<void>): Promise<PayoutMinimum[]> {
  return ctx.db.select().from(payoutMinimums).orderBy(asc(payoutMinimums.currency));
}
