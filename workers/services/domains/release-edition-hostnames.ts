import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { customDomains, editions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { cloudflareConfig } from '../../integrations/cloudflare';
import { releaseDomainRows } from './release-domain-rows';

/** How long a suspended or deleted edition keeps its custom hostname, so a reinstatement needs no new DNS. */
export const EDITION_HOSTNAME_GRACE_DAYS = 14;
/** A hostname no edition refers to yet may be one being added right now: left alone this long. */
const ORPHAN_AFTER_MS = 3_600_000;

/**
 * The cron's clean-up of branded editions' custom hostnames nobody holds any more: those of editions
 * suspended or deleted longer than the grace period, and those an edition let go (its host changed). Given
 * back at Cloudflare like a closed organization's; the edition's link clears with the row.
 */
export async function releaseEditionHostnames({
  ctx,
  input,
}: ServiceCall<{ limit: number; graceDays?: number }>): Promise<{ released: number; failed: number }> {
  const cfg = cloudflareConfig(ctx.config);
  if (!cfg) return { released: 0, failed: 0 };
  const graceEnd = new Date(ctx.now.getTime() - (input.graceDays ?? EDITION_HOSTNAME_GRACE_DAYS) * 86_400_000);
  const rows = await ctx.db
    .select()
    .from(customDomains)
    .where(
      and(
        eq(customDomains.purpose, 'edition'),
        lt(customDomains.createdAt, new Date(ctx.now.getTime() - ORPHAN_AFTER_MS)),
        sql`NOT EXISTS (
          SELECT 1 FROM ${editions} e WHERE e.custom_domain_id = ${customDomains.id}
            AND (e.status NOT IN ('suspended', 'deleted') OR e.status_changed_at > ${graceEnd.toISOString()}::timestamptz)
        )`,
      ),
    )
    .orderBy(asc(customDomains.id))
    .limit(input.limit);
  return releaseDomainRows(ctx, cfg, rows, { action: 'edition.domain_released', reason: 'edition_closed' });
}
