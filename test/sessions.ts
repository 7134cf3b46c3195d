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
  const token = await signAccessToken({ userId, sessionId: familyId }, env.JWT_SECRET, new Date());
  return { userId, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } };
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
