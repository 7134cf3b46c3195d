import { eq } from 'drizzle-orm';
import { customDomains } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { CloudflareRequestError, deleteCustomHostname } from '../../integrations/cloudflare';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';
import { actingAdvertiser } from '../access';
import { cloudflareFailure } from './cloudflare-failure';
import { domainsConfig } from './domains-config';
import { findDomainOrThrow } from './find-domain';

/**
 * Removes the hostname from Cloudflare (already gone there is fine), then the row, then the
 * tracker's host entry: its links stop resolving to this advertiser. Audited.
 */
export async function deleteDomain({ ctx, input }: ServiceCall<{ domainId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const cfg = domainsConfig(ctx.config);
  const row = await findDomainOrThrow({ ctx, input: { organizationId, domainId: input.domainId } });
  if (row.cloudflareId)
    await deleteCustomHostname(cfg.cloudflare, row.cloudflareId).catch((err: unknown) => {
      if (!(err instanceof CloudflareRequestError && err.notFound)) throw cloudflareFailure(err);
    });
  await inTransaction(ctx, async (tx) => {
    const before = await findDomainOrThrow({
      ctx: tx,
      input: { organizationId, domainId: input.domainId, lock: true },
    });
    await tx.db.delete(customDomains).where(eq(customDomains.id, before.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'domain.deleted', targetType: 'custom_domain', targetId: before.id, before },
    });
  });
  await publishRouting({ ctx, input: { host: row.hostname } });
}
