import { sql } from 'drizzle-orm';
import { customDomains } from '../../../schema';
import type { ServiceCall } from '../../context';
import {
  CloudflareRequestError,
  cloudflareConfig,
  getCustomHostname,
  type CustomHostname,
} from '../../integrations/cloudflare';
import { afterStatusChange } from './after-status-change';
import { applyCloudflareState } from './apply-cloudflare-state';

export interface PollDomainsInput {
  /** pending: until Cloudflare decides; active: the periodic re-check of live domains. */
  status: 'pending' | 'active';
  /** Domains checked per run at most. */
  limit: number;
  /** A domain checked more recently than this is left for a later run. */
  minIntervalSeconds: number;
}

// What a hostname Cloudflare no longer has reads as: a failure the advertiser can re-verify.
const lost = (hostname: string, cloudflareId: string | null): CustomHostname => ({
  id: cloudflareId ?? '',
  hostname,
  status: 'deleted',
  verification_errors: ['Cloudflare no longer has this hostname; re-verify to add it again'],
  ssl: null,
});

/**
 * The cron's poll of pending domains until Cloudflare reports them active or failed, and its
 * slower re-check of active ones, which fail (their host entry removed, owners told) when
 * Cloudflare later reports them moved, blocked, deleted or timed out. Each run claims the domains
 * checked longest ago (SKIP LOCKED, and stamping checked_at), so two runs at once never check the
 * same domain, and a status moves, notifies and publishes once.
 */
export async function pollDomains({
  ctx,
  input,
}: ServiceCall<PollDomainsInput>): Promise<{ checked: number; activated: number; failed: number }> {
  const cfg = cloudflareConfig(ctx.config);
  const target = ctx.config.CUSTOM_DOMAIN_CNAME_TARGET?.toLowerCase();
  if (!cfg || !target) return { checked: 0, activated: 0, failed: 0 };
  const due = new Date(ctx.now.getTime() - input.minIntervalSeconds * 1000);
  const claimed = await ctx.db.execute<{ id: string }>(sql`
    UPDATE ${customDomains} SET checked_at = ${ctx.now.toISOString()}::timestamptz
    WHERE id IN (
      SELECT id FROM ${customDomains}
      WHERE status = ${input.status} AND (checked_at IS NULL OR checked_at <= ${due.toISOString()}::timestamptz)
      ORDER BY checked_at NULLS FIRST, id
      LIMIT ${input.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, hostname, cloudflare_id AS "cloudflareId"`);
  const result = { checked: 0, activated: 0, failed: 0 };
  const rows = claimed.rows as { id: string; hostname: string; cloudflareId: string | null }[];
  for (const { id, hostname, cloudflareId } of rows) {
    let cf: CustomHostname;
    try {
      cf = cloudflareId ? await getCustomHostname(cfg, cloudflareId) : lost(hostname, cloudflareId);
    } catch (err) {
      if (!(err instanceof CloudflareRequestError && err.notFound)) {
        ctx.log.warn('custom_domain_poll_failed', { domainId: id, hostname, error: String(err) });
        continue;
      }
      cf = lost(hostname, cloudflareId);
    }
    result.checked++;
    const state = await applyCloudflareState({ ctx, input: { domainId: id, hostname: cf, cnameTarget: target } });
    if (!state) continue;
    if (state.before.status !== state.after.status) {
      if (state.after.status === 'active') result.activated++;
      if (state.after.status === 'failed') result.failed++;
      await afterStatusChange({ ctx, input: { before: state.before, after: state.after } });
    }
  }
  return result;
}
