import { eq } from 'drizzle-orm';
import { apps } from '../../../../schema';
import type { ServiceCall } from '../../../context';
import { NotFoundError } from '../../../errors/app-error';
import { decryptSecret } from '../../encryption';
import type { SourceEndpoint } from '../source';

/**
 * The app a Stripe webhook URL names, with its endpoint secret (sealed on the app row, older than
 * billing_webhooks). An unknown app, one without a secret and one that is not active all answer
 * not_found: Stripe then shows the failure to the advertiser, and nothing tells a stranger which app ids exist.
 */
export async function findStripeEndpoint({ ctx, input }: ServiceCall<{ appId: string }>): Promise<SourceEndpoint> {
  const [app] = await ctx.db
    .select({
      id: apps.id,
      organizationId: apps.organizationId,
      status: apps.status,
      sealed: apps.stripeWebhookSecretEncrypted,
    })
    .from(apps)
    .where(eq(apps.id, input.appId));
  if (!app || app.sealed === null || app.status !== 'active') throw new NotFoundError('Stripe webhook endpoint');
  return {
    appId: app.id,
    organizationId: app.organizationId,
    secret: await decryptSecret(app.sealed, ctx.config.DATA_ENCRYPTION_KEY),
  };
}
