import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Creates the monthly partitions of affiliate.clicks from the current month through
 * `monthsAhead` months ahead, so clicks never fall into the default partition.
 */
export async function ensureClickPartitions({ ctx, input }: ServiceCall<{ monthsAhead: number }>): Promise<void> {
  const month = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), 1)).toISOString().slice(0, 10);
  await ctx.db.execute(sql`select affiliate.ensure_click_partitions(${month}::date, ${input.monthsAhead + 1})`);
}
