import { and, eq } from 'drizzle-orm';
import { authTokens } from '../../../schema';
import type { AuthTokenContext } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';

/**
 * Why an emailed link could not be claimed, so the page can say "already used" (often a second click on a
 * link that worked) apart from "expired" (ask for a new one); a token that never existed stays bad_request.
 */
export async function unusableLinkError({
  ctx,
  input: { context, tokenHash },
}: ServiceCall<{ context: AuthTokenContext; tokenHash: string }>): Promise<AppError> {
  const [token] = await ctx.db
    .select({ usedAt: authTokens.usedAt, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(and(eq(authTokens.context, context), eq(authTokens.tokenHash, tokenHash)));
  if (token?.usedAt) return new AppError('link_used', 'This link was already used');
  if (token && token.expiresAt <= ctx.now)
    return new AppError('link_expired', 'This link has expired; ask for a new one');
  return new AppError('bad_request', 'The verification link is invalid, used or expired; ask for a new one');
}
