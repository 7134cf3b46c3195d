import type { ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { setPaypalEmail } from '../accounts';
import { accountIsClaimed } from './account-claimed';
import type { EmbedSession } from './embed-session';
import { embedAffiliateContext, findAppUser } from './find-app-user';

/**
 * The embed's user sets the PayPal address they are paid at. As on the portal, payouts wait until
 * they open the verification link mailed to it, so a token in the wrong hands cannot redirect money.
 * Only while the account is the app's alone: once it is also the person's own (account-claimed.ts), the
 * address is account-wide, every advertiser pays to it, and only the person sets it, on the portal.
 */
export async function setEmbedPaypalEmail({
  ctx,
  input,
}: ServiceCall<{ session: EmbedSession; email: string }>): Promise<void> {
  const userId = await findAppUser({ ctx, input: input.session });
  if (!userId) throw new NotFoundError('affiliate');
  if (await accountIsClaimed({ ctx, input: { session: input.session, userId } }))
    throw new AppError(
      'embed_account_claimed',
      'This account is also your own on the affiliate portal: change your PayPal address there',
    );
  await setPaypalEmail({
    ctx: embedAffiliateContext({ ctx, input: { session: input.session, userId } }),
    input: { userId, email: input.email },
  });
}
