import { eq } from 'drizzle-orm';
import { orgTremendousAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { decryptSecret } from '../encryption';
import type { TremendousConfig } from '../../integrations/tremendous';

export type ResolvedTremendousAccount = TremendousConfig & {
  /** organization: its own key; platform: the deployment's TREMENDOUS_API_KEY. */
  source: 'organization' | 'platform';
  /** Gift cards may go below the cash minimum (the advertiser's setting; never for the deployment's account). */
  allowBelowMinimum: boolean;
};

/**
 * The Tremendous account an organization's gift cards are paid from: its own key (sealed at rest),
 * else the deployment's TREMENDOUS_API_KEY, else null: the gift-card rail is off for it.
 */
export async function resolveTremendousAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedTremendousAccount | null> {
  const [row] = await ctx.db
    .select()
    .from(orgTremendousAccounts)
    .where(eq(orgTremendousAccounts.organizationId, input.organizationId));
  const baseUrl = ctx.config.TREMENDOUS_API_BASE_URL;
  const key = ctx.config.DATA_ENCRYPTION_KEY;
  if (row)
    return {
      source: 'organization',
      baseUrl,
      apiKey: await decryptSecret(row.apiKeyEncrypted, key),
      fundingSourceId: row.fundingSourceId,
      webhookKey: row.webhookKeyEncrypted ? await decryptSecret(row.webhookKeyEncrypted, key) : null,
      allowBelowMinimum: row.allowBelowMinimum,
    };
  if (!ctx.config.TREMENDOUS_API_KEY) return null;
  return {
    source: 'platform',
    baseUrl,
    apiKey: ctx.config.TREMENDOUS_API_KEY,
    fundingSourceId: ctx.config.TREMENDOUS_FUNDING_SOURCE_ID,
    webhookKey: ctx.config.TREMENDOUS_WEBHOOK_KEY ?? null,
    allowBelowMinimum: false,
  };
}

export async function requireTremendousAccount(
  call: ServiceCall<{ organizationId: string }>,
): Promise<ResolvedTremendousAccount> {
  const account = await resolveTremendousAccount(call);
  if (!account) throw new AppError('tremendous_not_configured', 'This advertiser does not pay by gift card');
  return account;
}
