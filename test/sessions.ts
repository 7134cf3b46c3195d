import { env } from 'cloudflare:workers';
import * as s from '../schema';
import type { PlatformRole } from '../schema/enums';
import type { Db } from '../workers/db/client';
import { signAccessToken } from '../workers/domain/access-token';
import { uuidv7 } from '../workers/contracts/ids';

export interface TestSession {
  userId: string;
  /** Headers for workerFetch: the bearer token (and JSON content type). */
  headers: Record<string, string>;
  /** For signInAs sessions: the session family and when the access token was signed (keepFresh). */
  renewal?: { familyId: string; signedAt: number };
}

/** Older than this, keepFresh signs a new access token: tokens live 15 minutes (ACCESS_TOKEN_TTL_SECONDS). */
const RENEW_AFTER_MS = 10 * 60_000;

/**
 * Signs a new access token for a signInAs session whose token is about to expire, in place (every holder
 * of the session sees it), as the dashboard refreshes its own. A suite that signs in once in `beforeAll`
 * can run longer than a token lives on a slow runner (the security suite took over 15 minutes there).
 */
export async function keepFresh(session: TestSession): Promise<void> {
  const { renewal } = session;
  if (!renewal || Date.now() - renewal.signedAt < RENEW_AFTER_MS) return;
  renewal.signedAt = Date.now();
  const token = await signAccessToken(
    { userId: session.userId, sessionId: renewal.familyId },
    env.JWT_SECRET,
    new Date(),
  );
  session.headers.authorization = `Bearer ${token}`;
}

/**
 * A signed-in user without going through the login flow: a live refresh-token family row (the
 * session that authenticate checks) and an access token signed with the test JWT secret.
 */
export async function signInAs(db: Db, userId: string): Promise<TestSession> {
  const familyId = uuidv7();
  await db
    .insert(s.refreshTokens)
    .values({ userId, familyId, tokenHash: `test-${uuidv7()}`, expiresAt: new Date(Date.now() + 86_400_000) });
  const signedAt = Date.now();
  const token = await signAccessToken({ userId, sessionId: familyId }, env.JWT_SECRET, new Date(signedAt));
  return {
    userId,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    renewal: { familyId, signedAt },
  };
}

let counter = 0;

/** A new user (lower-cased unique email), signed in. */
export async function createUserSession(
  db: Db,
  opts: { platformRole?: PlatformRole; approvedAffiliate?: boolean } = {},
): Promise<TestSession & { email: string }> {
  const email = `user-${Date.now().toString(36)}-${(counter++).toString(36)}@example.com`;
  const [user] = await db
    .insert(s.users)
    .values({
      email,
      platformRole: opts.platformRole ?? 'none',
      approvedAffiliate: opts.approvedAffiliate ?? false,
      emailVerified: true,
      verified: true,
    })
    .returning();
  return { ...(await signInAs(db, user!.id)), email };
}
