import { eq } from 'drizzle-orm';
import { orgWiseAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { getOrgWiseAccount } from './get-org-wise-account';
import { openRailItems } from '../open-rail-items';
import { resolveWiseAccount } from './resolve-wise-account';
import { wiseProfilesOf } from './wise-profiles-of';

export interface ConnectOrgWiseInput {
  apiToken: string;
  /** One of the profiles the token reaches (GET /v2/profiles). */
  profileId: string;
}

/**
 * Connects (or replaces) the organization's own Wise account for bank transfers. Wise must accept the token and
 * list the profile first (GET /v2/profiles); a refusal stores nothing. Moving to another profile is refused (409
 * wise_payouts_in_flight) while transfers made from the current one are on their way: only its token reads them
 * back. The token is sealed with DATA_ENCRYPTION_KEY as the other providers' secrets are; the audit never has it.
 */
export async function connectOrgWiseAccount({ ctx, input }: ServiceCall<ConnectOrgWiseInput>) {
  const { organizationId } = actingAdvertiser(ctx);
  const profiles = await wiseProfilesOf({ ctx, input: { apiToken: input.apiToken } });
  const profile = profiles.find((p) => p.id === input.profileId);
  if (!profile)
    throw new AppError('validation_failed', 'This Wise token reaches no such profile', { profileId: input.profileId });
  const paying = await resolveWiseAccount({ ctx, input: { organizationId } });
  if (paying && paying.profileId !== profile.id) {
    const open = await openRailItems({ ctx, input: { organizationId, rail: 'wise' } });
    if (open > 0)
      throw new AppError(
        'wise_payouts_in_flight',
        'Wise transfers from the current profile are still on their way; change the profile once they are settled',
        { openItems: open },
      );
  }
  const shown = {
    apiTokenLast4: input.apiToken.slice(-4),
    profileId: profile.id,
    profileType: profile.type,
    profileName: profile.name,
  };
  const values = {
    ...shown,
    apiTokenEncrypted: await encryptSecret(input.apiToken, ctx.config.DATA_ENCRYPTION_KEY),
    updatedById: actorId(ctx),
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    const [current] = await tx.db
      .select()
      .from(orgWiseAccounts)
      .where(eq(orgWiseAccounts.organizationId, organizationId))
      .for('update');
    await tx.db
      .insert(orgWiseAccounts)
      .values({ organizationId, ...values })
      .onConflictDoUpdate({ target: orgWiseAccounts.organizationId, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: current ? 'org_wise.replaced' : 'org_wise.connected',
        targetType: 'organization',
        targetId: organizationId,
        before: current
          ? {
              apiTokenLast4: current.apiTokenLast4,
              profileId: current.profileId,
              profileType: current.profileType,
              profileName: current.profileName,
            }
          : null,
        after: shown,
      },
    });
  });
  return getOrgWiseAccount({ ctx, input: undefined });
}
