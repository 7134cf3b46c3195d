import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from '../../workers/domain/access-token';
import { call } from '../api-client';
import { createUserSession } from '../sessions';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

describe("the tests' signed-in sessions", () => {
  it('get a new access token when theirs is about to expire, so a suite that signs in once outlives a token', async () => {
    const { db, close } = testDb();
    try {
      const session = await createUserSession(db);
      // As if signed in in a beforeAll more than a token's lifetime ago (a long suite on a slow runner).
      const then = new Date(Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000);
      const stale = await signAccessToken(
        { userId: session.userId, sessionId: session.renewal!.familyId },
        env.JWT_SECRET,
        then,
      );
      const expired = await call(null, 'GET', '/me', undefined, { authorization: `Bearer ${stale}` });
      expect(expired.status).toBe(401);
      session.headers.authorization = `Bearer ${stale}`;
      session.renewal!.signedAt = then.getTime();

      const me = await call(session, 'GET', '/me');
      expect(me.status, JSON.stringify(me.body)).toBe(200);
      expect(session.headers.authorization).not.toBe(`Bearer ${stale}`);
    } finally {
      await close();
    }
  });
});
