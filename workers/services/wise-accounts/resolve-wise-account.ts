import { eq } from 'drizzle-orm';
import { orgWiseAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import type { WiseConfig } from '../../integrations/wise';
import { decryptSecret } from '../encryption';

export type ResolvedWiseAccount = WiseConfig & {
  /** organization: its own token and profile; platform: the deployment's WISE_API_TOKEN and WISE_PROFILE_ID. */
  source: 'organization' | 'platform';
};

/**
 * The Wise profile an organization's bank transfers are quoted, sent, funded and read back from: its own token
 * (sealed at rest) and chosen profile, else the deployment's (WISE_API_TOKEN, WISE_PROFILE_ID), else null: the
 * Wise rail is off for it. Never another organization's: the row is looked up by this organization alone.
 */
export async function resolveWiseAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedWiseAccount | null> {
  const baseUrl = ctx.config.WISE_API_BASE_URL;
  const [row] = await ctx.db
    .select({ apiTokenEncrypted: orgWiseAccounts.apiTokenEncrypted, profileId: orgWiseAccounts.profileId })
    .from(orgWiseAccounts)
    .where(eq(orgWiseAccounts.organizationId, input.organizationId));
  if (row)
    return {
      source: 'organization',
      baseUrl,
      token: await decryptSecret(row.apiTokenEncrypted, ctx.config.DATA_ENCRYPTION_KEY),
      profileId: row.profileId,
    };
  const { WISE_API_TOKEN: token, WISE_PROFILE_ID: profileId } = ctx.config;
  return token && profileId ? { source: 'platform', baseUrl, token, profileId } : null;
}

export async function requireWiseAccount(call: ServiceCall<{ organizationId: string }>): Promise<ResolvedWiseAccount> {
  const account = await resolveWiseAccount(call);
  if (!account) throw new AppError('wise_not_configured', 'This advertiser does not pay through Wise');
  return account;
}
