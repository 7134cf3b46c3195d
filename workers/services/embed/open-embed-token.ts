import { and, eq, gt } from 'drizzle-orm';
import { apps, embedTokens } from '../../../schema';
import type { ServiceCall } from '../../context';
import { embedTokenLookupHash } from '../../domain/embed-token';
import { AppError } from '../../errors/app-error';
import type { EmbedSession } from './embed-session';

/**
 * The session behind a presented embed token, for the embed routes of `appId` only. Unknown, expired
 * and other apps' tokens get the same 401, so a caller learns nothing about which it holds; a disabled
 * or archived app's tokens stop working at once.
 */
export async function openEmbedToken({
  ctx,
  input,
}: ServiceCall<{ token: string; appId: string }>): Promise<EmbedSession> {
  const hash = await embedTokenLookupHash(input.token);
  const [row] = hash
    ? await ctx.db
        .select({ token: embedTokens, organizationId: apps.organizationId })
        .from(embedTokens)
        .innerJoin(apps, eq(apps.id, embedTokens.appId))
        .where(
          and(
            eq(embedTokens.tokenHash, hash),
            eq(embedTokens.appId, input.appId),
            eq(apps.status, 'active'),
            gt(embedTokens.expiresAt, ctx.now),
          ),
        )
    : [];
  if (!row) throw new AppError('embed_token_invalid', 'The embed token is unknown or has expired; ask for a new one');
  const t = row.token;
  return {
    tokenId: t.id,
    appId: t.appId,
    organizationId: row.organizationId,
    programId: t.programId,
    externalUserId: t.externalUserId,
    email: t.email,
    name: t.name,
    theme: t.theme,
    expiresAt: t.expiresAt,
  };
}
