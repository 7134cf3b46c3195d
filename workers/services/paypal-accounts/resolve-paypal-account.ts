import { eq } from 'drizzle-orm';
import { orgPaypalAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type PayPalConfig, paypalAccountConfig, paypalConfig } from '../../integrations/paypal/paypal-config';
import { decryptSecret } from '../encryption';

/** The PayPal account an organization's payouts leave from, and whose it is. */
export interface ResolvedPaypalAccount {
  /** organization: its own connected app; platform: the deployment's PAYPAL_CLIENT_ID/SECRET. */
  source: 'organization' | 'platform';
  config: PayPalConfig;
}

/**
 * The one place that decides which PayPal account pays (and verifies webhooks) for an organization:
 * its own connected app, else the deployment's credentials (a single-company install), else null:
 * payouts are off for it.
 */
export async function resolvePaypalAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedPaypalAccount | null> {
  const { organizationId } = input;
  const own = await ownPaypalAccount({ ctx, input: { organizationId } });
  if (own) return { source: 'organization', config: own };
  const platform = paypalConfig(ctx.config);
  return platform ? { source: 'platform', config: platform } : null;
}

/** The organization's own connected app, decrypted; null when it has none. */
export async function ownPaypalAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<PayPalConfig | null> {
  const { organizationId } = input;
  const [row] = await ctx.db
    .select()
    .from(orgPaypalAccounts)
    .where(eq(orgPaypalAccounts.organizationId, organizationId));
  if (!row) return null;
  return paypalAccountConfig(ctx.config, {
    mode: row.mode,
    clientId: row.clientId,
    clientSecret: await decryptSecret(row.clientSecretEncrypted, ctx.config.DATA_ENCRYPTION_KEY),
    webhookId: row.webhookId,
  });
}
