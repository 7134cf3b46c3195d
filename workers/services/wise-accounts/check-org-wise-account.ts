import { eq } from 'drizzle-orm';
import { orgWiseAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { decryptSecret } from '../encryption';
import { type WiseProfileChoice, wiseProfilesOf } from './wise-profiles-of';

export interface WiseCheck {
  /** Which token was asked: the one just pasted, or the organization's stored one. */
  token: 'given' | 'stored';
  profiles: WiseProfileChoice[];
  /** Whether the stored profile is still among them (null for a pasted token: nothing is chosen yet). */
  profileFound: boolean | null;
}

/**
 * Asks Wise which profiles a token reaches, storing nothing: a pasted token before connecting (to pick its
 * profile), or the organization's own stored token (the connection test). Never the deployment's token: its
 * profiles are not the advertiser's to see (409 wise_not_configured without a token of its own).
 */
export async function checkOrgWiseAccount({
  ctx,
  input,
}: ServiceCall<{ apiToken: string | null }>): Promise<WiseCheck> {
  const { organizationId } = actingAdvertiser(ctx);
  if (input.apiToken !== null)
    return {
      token: 'given',
      profiles: await wiseProfilesOf({ ctx, input: { apiToken: input.apiToken } }),
      profileFound: null,
    };
  const [row] = await ctx.db
    .select({ apiTokenEncrypted: orgWiseAccounts.apiTokenEncrypted, profileId: orgWiseAccounts.profileId })
    .from(orgWiseAccounts)
    .where(eq(orgWiseAccounts.organizationId, organizationId));
  if (!row) throw new AppError('wise_not_configured', 'This advertiser has no Wise account of its own');
  const apiToken = await decryptSecret(row.apiTokenEncrypted, ctx.config.DATA_ENCRYPTION_KEY);
  const profiles = await wiseProfilesOf({ ctx, input: { apiToken } });
  return { token: 'stored', profiles, profileFound: profiles.some((p) => p.id === row.profileId) };
}
