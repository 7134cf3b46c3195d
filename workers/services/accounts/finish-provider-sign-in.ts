import { and, eq } from 'drizzle-orm';
import { identities, users, type User } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { planIdentitySignIn } from '../../domain/identity-link';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { type SignInResult, finishSignIn } from './finish-sign-in';
import { identityValues, linkIdentity } from './link-identity';
import { type ProviderCallbackInput, readProviderCallback } from './read-provider-callback';
import { signUp } from './sign-up';

export type ProviderSignInResult =
  | (SignInResult & { next: string })
  | { kind: 'verification_sent'; email: string; next: string };

const REFUSALS = {
  email_unverified: [
    'identity_email_unverified',
    'An account with this email exists, but the provider has not verified the email; sign in with your password and link the provider',
  ],
  account_unconfirmed: [
    'identity_email_unverified',
    'An account with this email exists but never confirmed it; confirm it, or sign in with your password and link the provider',
  ],
  no_account: ['identity_account_unknown', 'No account uses this provider account yet; sign up first'],
} as const;

/**
 * Sign-in (and sign-up) with Google or GitHub: a known identity signs in to its user, a verified
 * email joins the account that owns it, and from the sign-up page a new account is made. Then the
 * same last step as a password: the 2FA challenge when it is on, else the session.
 */
export async function finishProviderSignIn({
  ctx,
  input,
}: ServiceCall<ProviderCallbackInput>): Promise<ProviderSignInResult> {
  const { flow, profile } = await readProviderCallback({ ctx, input: { ...input, intent: 'sign_in' } });
  const provider = input.provider;
  const [identity] = await ctx.db
    .select()
    .from(identities)
    .where(and(eq(identities.provider, provider), eq(identities.subject, profile.subject)));
  const [emailOwner] =
    identity || !profile.email ? [] : await ctx.db.select().from(users).where(eq(users.email, profile.email));
  const plan = planIdentitySignIn({
    identityUserId: identity?.userId ?? null,
    emailOwner: emailOwner ?? null,
    providerEmailVerified: profile.emailVerified,
    mayCreate: flow.signUp !== undefined && profile.email !== null,
  });
  if (plan.kind === 'refuse') {
    const [code, message] = REFUSALS[plan.reason];
    throw new AppError(code, message);
  }
  let user: User;
  if (plan.kind === 'create') {
    const created = await signUp({
      ctx,
      input: {
        email: profile.email!,
        firstName: profile.firstName ?? undefined,
        lastName: profile.lastName ?? undefined,
        accountType: flow.signUp!.accountType,
        organizationName: flow.signUp!.organizationName,
        locale: flow.signUp!.locale,
        identity: identityValues(provider, profile),
      },
    });
    if (!profile.emailVerified) return { kind: 'verification_sent', email: created.email, next: flow.next };
    user = (await ctx.db.select().from(users).where(eq(users.id, created.userId)))[0]!;
  } else {
    const userId = plan.userId;
    user = await inTransaction(ctx, async (tx) => {
      if (plan.kind === 'known')
        await tx.db
          .update(identities)
          .set({ email: profile.email, emailVerified: profile.emailVerified, lastUsedAt: tx.now })
          .where(eq(identities.id, identity!.id));
      const [owner] = await tx.db.select().from(users).where(eq(users.id, userId));
      if (plan.kind === 'link') await linkIdentity({ ctx: tx, input: { user: owner!, provider, profile } });
      return owner!;
    });
  }
  const result = await finishSignIn({ ctx, input: { user } });
  await recordAudit({
    ctx: { ...ctx, actor: { userId: user.id, platformRole: user.platformRole } },
    input: {
      action: 'user.signed_in_with_provider',
      targetType: 'user',
      targetId: user.id,
      after: { provider, twoFactorPending: result.kind === 'challenge' },
    },
  });
  return { ...result, next: flow.next };
}
