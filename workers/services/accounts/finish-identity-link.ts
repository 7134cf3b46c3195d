import { and, eq } from 'drizzle-orm';
import { identities, users } from '../../../schema';
import type { IdentityProvider } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { linkIdentity } from './link-identity';
import { type ProviderCallbackInput, readProviderCallback } from './read-provider-callback';

/**
 * The signed-in user links another Google or GitHub account from the security page. The flow was
 * started by this same user (its id is sealed in the flow cookie); a provider account already
 * linked elsewhere stays there.
 */
export async function finishIdentityLink({
  ctx,
  input,
}: ServiceCall<ProviderCallbackInput & { userId: string }>): Promise<{
  provider: IdentityProvider;
  email: string | null;
  next: string;
}> {
  const { flow, profile } = await readProviderCallback({ ctx, input: { ...input, intent: 'link' } });
  if (flow.userId !== input.userId)
    throw new AppError('oauth_state_invalid', 'This link was started by another session; start again');
  await inTransaction(ctx, async (tx) => {
    const [user] = await tx.db.select().from(users).where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError('user', input.userId);
    const [existing] = await tx.db
      .select()
      .from(identities)
      .where(and(eq(identities.provider, input.provider), eq(identities.subject, profile.subject)));
    if (existing && existing.userId !== user.id)
      throw new AppError('identity_taken', 'This provider account is already linked to another account');
    if (existing)
      await tx.db
        .update(identities)
        .set({ email: profile.email, emailVerified: profile.emailVerified, lastUsedAt: tx.now })
        .where(eq(identities.id, existing.id));
    else await linkIdentity({ ctx: tx, input: { user, provider: input.provider, profile } });
  });
  return { provider: input.provider, email: profile.email, next: flow.next };
}
