import { eq } from 'drizzle-orm';
import { customDomains, type CustomDomain } from '../../../schema';
import type { AuditAction } from '../../../schema/enums';
import { inTransaction, type ServiceContext } from '../../context';
import { CloudflareRequestError, type CloudflareConfig, deleteCustomHostname } from '../../integrations/cloudflare';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';

/**
 * Gives hostnames back: each Cloudflare custom hostname is deleted (one Cloudflare no longer has counts as
 * deleted), then the row (audited with `action` and `reason`), then the tracker's `host:` entry. A Cloudflare
 * failure leaves the row for the next run; running twice, or twice at once, deletes each thing once.
 */
export async function releaseDomainRows(
  ctx: ServiceContext,
  cfg: CloudflareConfig,
  rows: CustomDomain[],
  audit: { action: AuditAction; reason: string },
): Promise<{ released: number; failed: number }> {
  const result = { released: 0, failed: 0 };
  for (const domain of rows) {
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
            action: audit.action,
            targetType: 'custom_domain',
            targetId: deleted.id,
            organizationId: deleted.organizationId,
            before: deleted,
            after: { reason: audit.reason },
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
