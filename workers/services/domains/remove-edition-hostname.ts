import { and, eq } from 'drizzle-orm';
import { customDomains } from '../../../schema';
import type { ServiceCall } from '../../context';
import { CloudflareRequestError, deleteCustomHostname } from '../../integrations/cloudflare';
import { cloudflareFailure } from './cloudflare-failure';
import { domainsConfig } from './domains-config';

/**
 * An edition's custom hostname it no longer uses (its host changed before it went live), taken off
 * Cloudflare at once (already gone there is fine), then its row.
 */
export async function removeEditionHostname({ ctx, input }: ServiceCall<{ domainId: string }>): Promise<void> {
  const [row] = await ctx.db
    .select()
    .from(customDomains)
    .where(and(eq(customDomains.id, input.domainId), eq(customDomains.purpose, 'edition')));
  if (!row) return;
  if (row.cloudflareId)
    await deleteCustomHostname(domainsConfig(ctx.config).cloudflare, row.cloudflareId).catch((err: unknown) => {
      if (!(err instanceof CloudflareRequestError && err.notFound)) throw cloudflareFailure(err);
    });
  await ctx.db.delete(customDomains).where(eq(customDomains.id, row.id));
}
