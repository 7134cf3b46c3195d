import { identities, users } from '../../../schema';
import type { IdentityProvider, Locale } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { hashPassword, PASSWORD_HASH_PARAMS } from '../../domain/password';
import { ConflictError, ValidationError } from '../../errors/app-error';
import { deliverEmail } from '../email';
import { recordAudit } from '../audit';
import { reserveJoinOnSignUp } from '../invites';
import { createOrganization } from '../organizations';
import { findRecruiter } from '../recruitment';
import { limitByIp } from '../access';
import { reserveAttempt } from './reserve-attempt';
import { sendVerificationEmail } from './send-verification-email';

export interface SignUpInput {
  email: string;
  /** Absent for a sign-up through Google or GitHub: the identity is the way in. */
  password?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  accountType: 'affiliate' | 'advertiser';
  organizationName?: string | undefined;
  locale?: Locale | undefined;
  /** An affiliate's recruit code (`?recruit=` of the sign-up link): its owner becomes the upline. */
  recruitCode?: string | undefined;
  /** The code of the registration link the affiliate signs up through; joins once the email is verified. */
  joinCode?: string | undefined;
  /** A sign-up through Google or GitHub: linked in the same transaction; its verified email needs no link. */
  identity?: { provider: IdentityProvider; subject: string; email: string | null; emailVerified: boolean } | undefined;
}

export interface SignUpResult {
  userId: string;
  email: string;
  accountType: 'affiliate' | 'advertiser';
  organizationId: string | null;
  /** On a white-label portal: its advertiser, whose programs the account applies to once verified. */
  affiliateContextId: string | null;
  /** Only when a recruit code was sent: whether it set the upline. */
  recruitCodeApplied?: boolean;
}

/**
 * Creates the account (and, for an advertiser, its organization with the user as owner) and mails
 * a verification link, unless Google or GitHub already verified the email. Nobody is signed in yet: login waits for the verified email. An affiliate
 * also waits for platform approval before joining marketplace programs; one signing up through an
 * invite link (joinCode) is enrolled by that link when the email is verified.
 */
export async function signUp({ ctx, input }: ServiceCall<SignUpInput>): Promise<SignUpResult> {
  const email = input.email.toLowerCase();
  // An advertiser's portal signs up its affiliates; advertisers sign up on the platform's own site.
  const portal = ctx.portal?.organizationId ?? null;
  if (portal && input.accountType !== 'affiliate')
    throw new ValidationError('Only affiliates sign up on an advertiser’s portal', [
      { path: 'accountType', message: 'Must be affiliate here' },
    ]);
  await limitByIp({ ctx, input: { action: 'signup' } });
  await reserveAttempt({ ctx, input: { bucket: 'signup', key: email } });
  // Slow on purpose; outside the transaction so no connection is held while it runs.
  const hashedPassword = input.password === undefined ? null : await hashPassword(input.password);
  const verifiedByProvider = input.identity?.emailVerified === true;
  const { result, outboxId } = await inTransaction(ctx, async (tx) => {
    // Set here, at creation, and by nothing else: a recruit can never change or drop its upline.
    // An unknown code or one whose owner may not recruit does not stop the sign-up.
    const recruiter =
      input.recruitCode !== undefined && input.accountType === 'affiliate'
        ? await findRecruiter({ ctx: tx, input: { code: input.recruitCode } })
        : null;
    const [user] = await tx.db
      .insert(users)
      .values({
        email,
        hashedPassword,
        passwordHashParams: hashedPassword ? PASSWORD_HASH_PARAMS : null,
        emailVerified: verifiedByProvider,
        confirmedAt: verifiedByProvider ? tx.now : null,
        firstName: input.firstName ?? null,
        lastName: input.lastName ?? null,
        locale: input.locale ?? 'en',
        referredById: recruiter?.userId ?? null,
        signupOrganizationId: portal,
      })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) throw new ConflictError('An account with this email already exists; sign in or reset the password');
    const actx = { ...tx, actor: { userId: user.id, platformRole: user.platformRole } };
    await recordAudit({
      ctx: actx,
      input: {
        action: 'user.signed_up',
        targetType: 'user',
        targetId: user.id,
        after: {
          email,
          accountType: input.accountType,
          ...(portal ? { signupOrganizationId: portal } : {}),
          ...(input.identity ? { provider: input.identity.provider } : {}),
        },
      },
    });
    if (input.identity)
      await tx.db
        .insert(identities)
        .values({ ...input.identity, userId: user.id, createdAt: tx.now, lastUsedAt: tx.now });
    if (recruiter)
      await recordAudit({
        ctx: actx,
        input: {
          action: 'affiliate.recruited',
          targetType: 'user',
          targetId: user.id,
          after: { referredById: recruiter.userId },
        },
      });
    if (input.joinCode) {
      if (input.accountType !== 'affiliate')
        throw new ValidationError('Only an affiliate signs up through an invite link', [
          { path: 'joinCode', message: 'Only for affiliates' },
        ]);
      await reserveJoinOnSignUp({ ctx: actx, input: { code: input.joinCode, userId: user.id } });
    }
    let organizationId: string | null = null;
    if (input.accountType === 'advertiser') {
      if (!input.organizationName)
        throw new ValidationError('An advertiser needs an organization name', [
          { path: 'organizationName', message: 'Required for an advertiser' },
        ]);
      // The one way organizations are made (plan, slug, owner membership, audit), as the new user.
      const created = await createOrganization({ ctx: actx, input: { name: input.organizationName } });
      organizationId = created.organization.id;
    }
    const { outboxId } = verifiedByProvider
      ? { outboxId: null }
      : await sendVerificationEmail({ ctx: tx, input: { userId: user.id, email, locale: user.locale } });
    const applied = input.recruitCode === undefined ? {} : { recruitCodeApplied: recruiter !== null };
    return {
      result: {
        userId: user.id,
        email,
        accountType: input.accountType,
        organizationId,
        affiliateContextId: portal,
        ...applied,
      },
      outboxId,
    };
  });
  if (outboxId) await deliverEmail({ ctx, input: { outboxId } });
  return result;
}
