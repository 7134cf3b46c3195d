import { identities, type User } from '../../../schema';
import type { IdentityProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import type { ProviderProfile } from '../../integrations/identity';
import { recordAudit } from '../audit';

export const identityValues = (provider: IdentityProvider, profile: ProviderProfile) => ({
  provider,
  subject: profile.subject,
  email: profile.email,
  emailVerified: profile.emailVerified,
});

/** Adds a provider account to the user, audited as the user's own act; call it in a transaction. */
export async function linkIdentity({
  ctx,
  input,
}: ServiceCall<{ user: Pick<User, 'id' | 'platformRole'>; provider: IdentityProvider; profile: ProviderProfile }>) {
  const [row] = await ctx.db
    .insert(identities)
    .values({
      ...identityValues(input.provider, input.profile),
      userId: input.user.id,
      lastUsedAt: ctx.now,
      createdAt: ctx.now,
    })
    .onConflictDoNothing({ target: [identities.provider, identities.subject] })
    .returning({ id: identities.id });
  if (!row) throw new AppError('identity_taken', 'This provider account is already linked to an account');
  await recordAudit({
    ctx: { ...ctx, actor: ctx.actor ?? { userId: input.user.id, platformRole: input.user.platformRole } },
    input: {
      action: 'user.identity_linked',
      targetType: 'user',
      targetId: input.user.id,
      after: { provider: input.provider, email: input.profile.email },
    },
  });
  return row;
}
