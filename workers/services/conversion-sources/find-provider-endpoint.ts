import { and, eq } from 'drizzle-orm';
import { apps, billingWebhooks } from '../../../schema';
import type { SourceProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { decryptSecret } from '../encryption';
import type { SourceEndpoint } from './source';

/**
 * The app a provider's webhook URL names, with its signing secret from billing_webhooks. An unknown
 * app, one without a secret for this provider and one that is not active all answer not_found, so
 * nothing tells a stranger which app ids exist.
 */
export async function findProviderEndpoint({
  ctx,
  input,
}: ServiceCall<{ appId: string; provider: SourceProvider }>): Promise<SourceEndpoint> {
  const [row] = await ctx.db
    .select({ organizationId: apps.organizationId, status: apps.status, sealed: billingWebhooks.secretEncrypted })
    .from(apps)
    .innerJoin(billingWebhooks, and(eq(billingWebhooks.appId, apps.id), eq(billingWebhooks.provider, input.provider)))
    .where(eq(apps.id, input.appId));
  if (row?.status !== 'active') throw new NotFoundError('Billing webhook endpoint');
  return {
    appId: input.appId,
    organizationId: row.organizationId,
    secret: await decryptSecret(row.sealed, ctx.config.DATA_ENCRYPTION_KEY),
  };
}
