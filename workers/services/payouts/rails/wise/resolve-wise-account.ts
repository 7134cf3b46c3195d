import type { ServiceCall } from '../../../../context';
import { AppError } from '../../../../errors/app-error';
import type { WiseConfig } from '../../../../integrations/wise';

/**
 * The Wise business profile an organization's bank transfers are sent and funded from: the deployment's
 * (WISE_API_TOKEN, WISE_PROFILE_ID), or null: the Wise rail is off. Pure of the database: config only.
 */
export async function resolveWiseAccount({ ctx }: ServiceCall<{ organizationId: string }>): Promise<WiseConfig | null> {
  const { WISE_API_TOKEN: token, WISE_PROFILE_ID: profileId, WISE_API_BASE_URL: baseUrl } = ctx.config;
  return token && profileId ? { baseUrl, token, profileId } : null;
}

export async function requireWiseAccount(call: ServiceCall<{ organizationId: string }>): Promise<WiseConfig> {
  const account = await resolveWiseAccount(call);
  if (!account) throw new AppError('wise_not_configured', 'This advertiser does not pay through Wise');
  return account;
}
