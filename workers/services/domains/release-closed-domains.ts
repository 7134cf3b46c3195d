import { eq, inArray } from 'drizzle-orm';
import { customDomains, organizations } from '../../../schema';
import type { OrganizationStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { CloudflareRequestError, cloudflareConfig, deleteCustomHostname } from '../../integrations/cloudflare';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';

/**
 * Organization statuses whose hostnames are given back. Organizations are never deleted as rows
 * (the books reference them): `closed` is their deletion; `suspended` is a hold that keeps them.
 */
const RELEASED_WITH: OrganizationStatus[] = ['closed'];

/**
 * The cron's clean-up of closed organizations' custom domains: each Cloudflare custom hostname is
 * deleted (one Cloudflare no longer has counts as deleted), then the row, then the tracker's
 * `host:` entry. A Cloudflare failure leaves the row for the next run, so the clean-up is retried
 * until it lands; running twice, or twice at once, deletes each thing once.
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
  const result = { released: 0, failed: 0 };
  for (const { domain } of rows) {
    if (domain.cloudflareId) {
      try {
        await deleteCustomHostname(cfg, domain.cloudflareId);
      } catch (err) {
        if (!(err instanceof CloudflareRequestError && err.notFound)) {
          ctx.log.warn('custom_domain_release_failed', {
            domainId: domain.id,
            hostname: domain.hostname,
            error: String(err),
          });
          result.failed++;
          continue;
        }
      }
    }
    const gone = await inTransaction(ctx, async (tx) => {
      const [deleted] = await tx.db.delete(customDomains).where(eq(customDomains.id, domain.id)).returning();
      if (deleted)
        await recordAudit({
          ctx: tx,
          input: {
            action: 'domain.released',
            targetType: 'custom_domain',
            targetId: deleted.id,
            organizationId: deleted.organizationId,
            before: deleted,
            after: { reason: 'organization_closed' },
          },
        });
      return deleted;
    });
    // Published even when another run deleted the row first: the host entry must go either way.
    await publishRouting({ ctx, input: { host: domain.hostname } });
    if (gone) result.released++;
  }
  return result;
}
