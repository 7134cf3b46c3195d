import { sql } from 'drizzle-orm';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

/** The rails the batch's items are paid on, in the rails' order: what sending needs an account for. */
export async function batchRails({ ctx, input }: ServiceCall<{ batchId: string }>): Promise<PayoutRail[]> {
  const result = await ctx.db.execute(
    sql`SELECT DISTINCT rail FROM affiliate.payout_items WHERE batch_id = ${input.batchId} ORDER BY rail`,
  );
  return (result.rows as { rail: PayoutRail }[]).map((r) => r.rail);
}
