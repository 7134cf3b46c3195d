import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Retention: drops whole monthly partitions of affiliate.clicks whose month ended more than
 * `retentionMonths` months ago. Dropping a partition is instant and leaves no bloat, unlike a
 * DELETE of millions of rows. Rollups are kept: stats outlive the raw clicks.
 */
export async function dropExpiredClickPartitions({
  ctx,
  input,
}: ServiceCall<{ retentionMonths: number }>): Promise<{ dropped: string[] }> {
  const cutoff = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth() - input.retentionMonths, 1));
  const result = await ctx.db.execute(sql`
    SELECT c.relname AS name FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    JOIN pg_namespace n ON n.oid = p.relnamespace
    WHERE n.nspname = 'affiliate' AND p.relname = 'clicks' AND c.relname ~ '^clicks_y[0-9]{4}m[0-9]{2}$'`);
  const dropped: string[] = [];
  for (const { name } of result.rows as { name: string }[]) {
    const month = new Date(Date.UTC(Number(name.slice(8, 12)), Number(name.slice(13, 15)) - 1, 1));
    // The partition holds [month, month + 1): expired once the whole month is before the cutoff.
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    if (end <= cutoff) {
      await ctx.db.execute(sql.raw(`DROP TABLE IF EXISTS affiliate."${name}"`));
      dropped.push(name);
    }
  }
  return { dropped };
}
