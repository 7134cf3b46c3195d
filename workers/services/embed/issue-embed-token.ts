import { and, eq } from 'drizzle-orm';
import { embedTokens, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { EMBED_TOKEN_TTL_SECONDS, type EmbedThemeOptions, generateEmbedToken } from '../../domain/embed-token';
import { AppError, NotFoundError } from '../../errors/app-error';
import { uniqueViolation } from '../../errors/constraint-error';

export interface IssueEmbedTokenInput {
  appId: string;
  /** The program to open; it must belong to the app. */
  programId: string;
  externalUserId: string;
  email: string;
  name?: string | undefined;
  theme?: EmbedThemeOptions | undefined;
  /** signedRequestHash of the request that asks: each signed request yields one token. */
  requestSignatureHash: string;
}

export interface IssuedEmbedToken {
  token: string;
  expiresAt: Date;
}

/**
 * A short-lived embed token for one of the app's signed-in users, stored as its hash. The app's
 * word about its user is taken as it is (the app holds a key of the advertiser); the account itself
 * is made only when the user accepts the program's terms in the embed.
 */
export async function issueEmbedToken({ ctx, input }: ServiceCall<IssueEmbedTokenInput>): Promise<IssuedEmbedToken> {
  const [program] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.id, input.programId), eq(programs.appId, input.appId), eq(programs.status, 'active')));
  // Another app's program, and an inactive one, answer like one that does not exist.
  if (!program) throw new NotFoundError('program', input.programId);
  const { token, tokenHash } = await generateEmbedToken();
  const expiresAt = new Date(ctx.now.getTime() + EMBED_TOKEN_TTL_SECONDS * 1000);
  try {
    await ctx.db.insert(embedTokens).values({
      appId: input.appId,
      programId: program.id,
      externalUserId: input.externalUserId,
      email: input.email.toLowerCase(),
      name: input.name ?? null,
      theme: input.theme ?? {},
      tokenHash,
      requestSignatureHash: input.requestSignatureHash,
      createdAt: ctx.now,
      expiresAt,
    });
  } catch (err) {
    if (uniqueViolation(err) === 'embed_tokens_request_signature_hash_unique')
      throw new AppError('signature_replayed', 'This signed request was already used; sign each request anew');
    throw err;
  }
  return { token, expiresAt };
}
