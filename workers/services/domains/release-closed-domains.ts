import { eq, inArray } from 'drizzle-orm';
import { customDomains, organizations } from '../../../schema';
import type { OrganizationStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { cloudflareConfig } from '../../integrations/cloudflare';
import { releaseDomainRows } from './release-domain-rows';

/**
 * Organization statuses whose hostnames are given back. Organizations are never deleted as rows
 * (the books reference them): `closed` is their deletion; `suspended` is a hold that keeps them.
 */
const RELEASED_WITH: OrganizationStatus[] = ['closed'];

/**
 * The cron's clean-up of closed organizations' custom domains (their editions' hosts too): each is given
 * back at Cloudflare, then its row and its tracker entry go. A Cloudflare failure leaves the row for the
 * next run, so the clean-up is retried until it lands.
 */
export async function releaseClosedDomains({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ released: number; failed: number }> {
  const cfg = cloudflareConfig(ctx.config);
  if (!cfg) return { released: 0, failed: 0 };
  const rows = await ctx.db
    .select({ domain: customDomains })
    .from(customDomains)
    .innerJoin(organizations, eq(organizations.id, customDomains.organizationId))
    .where(inArray(organizations.status, RELEASED_WITH))
    .orderBy(customDomains.id)
    .limit(input.limit);
  return releaseDomainRows(
    ctx,
    cfg,
    rows.map((r) => r.domain),
    { action: 'domain.released', reason: 'organization_closed' },
  );
}
