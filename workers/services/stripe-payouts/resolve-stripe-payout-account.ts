import { eq } from 'drizzle-orm';
import { orgStripeAccounts } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import type { StripeConfig } from '../../integrations/stripe';
import { decryptSecret } from '../encryption';

/** The Stripe platform account an organization's Stripe payouts leave from, and its webhook secret. */
export interface ResolvedStripePayoutAccount {
  /** organization: its own connected key; platform: the deployment's STRIPE_PAYOUTS_SECRET_KEY. */
  source: 'organization' | 'platform';
  config: StripeConfig;
  /** The Connect webhook's signing secret; null: results arrive by polling only. */
  webhookSecret: string | null;
}

export const platformStripePayoutConfig = (ctx: ServiceContext): StripeConfig | null =>
  ctx.config.STRIPE_PAYOUTS_SECRET_KEY
    ? { baseUrl: ctx.config.STRIPE_API_BASE_URL, secretKey: ctx.config.STRIPE_PAYOUTS_SECRET_KEY }
    : null;

/**
 * The one place that decides which Stripe account pays (and signs webhooks) for an organization:
 * its own key, else the deployment's (a single-company install), else null: the Stripe rail is off.
 */
export async function resolveStripePayoutAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedStripePayoutAccount | null> {
  const [row] = await ctx.db
    .select()
    .from(orgStripeAccounts)
    .where(eq(orgStripeAccounts.organizationId, input.organizationId));
  const key = ctx.config.DATA_ENCRYPTION_KEY;
  if (row)
    return {
      source: 'organization',
      config: { baseUrl: ctx.config.STRIPE_API_BASE_URL, secretKey: await decryptSecret(row.secretKeyEncrypted, key) },
      webhookSecret: row.webhookSecretEncrypted ? await decryptSecret(row.webhookSecretEncrypted, key) : null,
    };
  const platform = platformStripePayoutConfig(ctx);
  return platform
    ? { source: 'platform', config: platform, webhookSecret: ctx.config.STRIPE_PAYOUTS_WEBHOOK_SECRET ?? null }
    : null;
}
