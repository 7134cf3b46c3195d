import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { uplineChain } from '../../domain/upline-chain';

/** Up to `depth` referrers above an affiliate, nearest first; null where one may not earn (banned, blocked, deleted). */
export async function findUpline({
  ctx,
  input,
}: ServiceCall<{ affiliateId: string; depth: number }>): Promise<(string | null)[]> {
  const { db } = ctx;
  const { affiliateId, depth } = input;
  if (depth <= 0) return [];
  const result = await db.execute(sql`
    WITH RECURSIVE up(id, referred_by_id, level) AS (
      SELECT id, referred_by_id, 0 FROM affiliate.users WHERE id = ${affiliateId}
      UNION ALL
      SELECT u.id, u.referred_by_id, up.level + 1 FROM affiliate.users u JOIN up ON u.id = up.referred_by_id WHERE up.level < ${depth}
    )
    SELECT up.id, up.level, (u.banned OR u.blocked OR u.deleted_at IS NOT NULL) AS barred
    FROM up JOIN affiliate.users u ON u.id = up.id
    WHERE up.level > 0 ORDER BY up.level`);
  return uplineChain(affiliateId, result.rows as { id: string; barred: boolean }[]);
}
