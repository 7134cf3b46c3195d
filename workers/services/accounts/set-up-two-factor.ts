import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { encryptSecret } from '../encryption';
import { newTotpSecret, totpUri } from '../../domain/totp';
import { ConflictError, NotFoundError } from '../../errors/app-error';

/**
 * Starts 2FA enrolment: a new TOTP secret, stored encrypted (it must be read back to check codes)
 * and not active until POST /me/2fa/enable proves the authenticator app has it.
 */
export async function setUpTwoFactor({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<{ secret: string; otpauthUrl: string }> {
  const [user] = await ctx.db
    .select({ email: users.email, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user) throw new NotFoundError('user', input.userId);
  if (user.totpEnabledAt)
    throw new ConflictError('Two-factor authentication is already on; turn it off first to use a new authenticator');
  const secret = newTotpSecret();
  await ctx.db
    .update(users)
    .set({ totpSecret: await encryptSecret(secret, ctx.config.DATA_ENCRYPTION_KEY), totpLastUsedStep: null })
    .where(eq(users.id, input.userId));
  // Set up on a white-label portal, the authenticator app lists the advertiser's brand, not ours.
  return { secret, otpauthUrl: totpUri(secret, user.email, ctx.portal?.name) };
}
