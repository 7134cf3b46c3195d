import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { setPaypalEmail } from '../accounts';
import type { EmbedSession } from './embed-session';
import { embedAffiliateContext, findAppUser } from './find-app-user';

/**
 * The embed's user sets the PayPal address they are paid at. As on the portal, payouts wait until
 * they open the verification link mailed to it, so a token in the wrong hands cannot redirect money.
 */
export async function setEmbedPaypalEmail({
  ctx,
  input,
}: ServiceCall<{ session: EmbedSession; email: string }>): Promise<void> {
  const userId = await findAppUser({ ctx, input: input.session });
  if (!userId) throw new NotFoundError('affiliate');
  await setPaypalEmail({
    ctx: embedAffiliateContext({ ctx, input: { session: input.session, userId } }),
    input: { userId, email: input.email },
  });
}
