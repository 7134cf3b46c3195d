import { eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { deleteCustomHostname } from '../../integrations/cloudflare';
import { cloudflareState } from './cloudflare-state';
import { domainsConfig } from './domains-config';
import { domainTaken, provisionHostname } from './provision-hostname';

/**
 * A branded edition's custom host, added at Cloudflare for the advertiser whose app serves it (purpose
 * `edition`): the same TXT pre-validation, DNS records, polling and automatic TLS as the advertiser's own
 * domains. The editions area has already vetted the host; the editions' plan meter counts it, not the
 * custom-domain one. A row another edition or domain holds answers domain_taken.
 */
export async function addEditionHostname({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; hostname: string }>): Promise<CustomDomain> {
  const cfg = domainsConfig(ctx.config);
  const [existing] = await ctx.db
    .select({ id: customDomains.id })
    .from(customDomains)
    .where(eq(customDomains.hostname, input.hostname));
  if (existing) throw domainTaken(input.hostname);
  const { cf, created } = await provisionHostname(cfg.cloudflare, input.hostname);
  const { verdict, columns } = cloudflareState(cf, cfg.cnameTarget);
  const [row] = await ctx.db
    .insert(customDomains)
    .values({
      organizationId: input.organizationId,
      hostname: input.hostname,
      purpose: 'edition',
      ...columns,
      status: verdict.status,
      failureReason: verdict.reason,
      checkedAt: ctx.now,
      activatedAt: verdict.status === 'active' ? ctx.now : null,
    })
    .onConflictDoNothing({ target: customDomains.hostname })
    .returning();
  if (row) return row;
  if (created)
    await deleteCustomHostname(cfg.cloudflare, cf.id).catch((e: unknown) =>
      ctx.log.warn('custom_hostname_cleanup_failed', { hostname: input.hostname, error: String(e) }),
    );
  throw domainTaken(input.hostname);
}
