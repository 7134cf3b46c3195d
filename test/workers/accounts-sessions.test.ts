import { describe, expect, it } from 'vitest';
import { api, expectStatus, logIn, signUpVerified } from '../accounts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const as = (token: string, headers: Record<string, string> = {}) => ({ token, headers });

describe('DELETE /me/sessions/{sessionId}', () => {
  it('ends one other session and leaves the others signed in', async () => {
    const { email } = await signUpVerified();
    const here = await logIn(email);
    const lost = await logIn(email);
    const listed = await expectStatus<{ sessions: { id: string; current: boolean }[] }>(
      api('GET', '/me/sessions', undefined, as(here.accessToken)),
      200,
    );
    const other = listed.sessions.find((s) => !s.current);
    expect(listed.sessions).toHaveLength(2);

    const out = await expectStatus(api('DELETE', `/me/sessions/${other!.id}`, undefined, as(here.accessToken)), 200);
    expect(out).toEqual({ sessionsEnded: 1 });
    await expectStatus(api('GET', '/me', undefined, as(lost.accessToken)), 401);
    await expectStatus(api('POST', '/auth/refresh', { refreshToken: lost.refreshToken }), 401);
    await expectStatus(api('GET', '/me', undefined, as(here.accessToken)), 200);
    // Ended already: nothing left to end.
    await expectStatus(api('DELETE', `/me/sessions/${other!.id}`, undefined, as(here.accessToken)), 404);
  });

  it("cannot end another user's session", async () => {
    const mine = await logIn((await signUpVerified()).email);
    const theirs = await logIn((await signUpVerified()).email);
    const { sessions } = await expectStatus<{ sessions: { id: string }[] }>(
      api('GET', '/me/sessions', undefined, as(theirs.accessToken)),
      200,
    );
    await expectStatus(api('DELETE', `/me/sessions/${sessions[0]!.id}`, undefined, as(mine.accessToken)), 404);
    await expectStatus(api('GET', '/me', undefined, as(theirs.accessToken)), 200);
    await expectStatus(api('DELETE', '/me/sessions/not-a-uuid', undefined, as(mine.accessToken)), 400);
  });
});

describe('GET /me/logins', () => {
  it('lists every sign-in, newest first, with its device and address and whether it is still live', async () => {
    const { email } = await signUpVerified();
    const first = await logIn(email, undefined, '10.1.2.3');
    const second = await logIn(email, undefined, '10.4.5.6');
    // A refresh rotates the token but is not a new sign-in.
    const rotated = await expectStatus(api('POST', '/auth/refresh', { refreshToken: second.refreshToken }), 200);
    await expectStatus(api('POST', '/me/logout', undefined, as(first.accessToken)), 200);

    const { logins } = await expectStatus<{ logins: Record<string, unknown>[] }>(
      api('GET', '/me/logins', undefined, as(rotated.accessToken)),
      200,
    );
    expect(logins).toHaveLength(2);
    expect(logins.map((l) => [l.ip, l.active])).toEqual([
      ['10.4.5.6', true],
      ['10.1.2.3', false],
    ]);
    expect(Date.parse(logins[0]!.signedInAt as string)).toBeGreaterThanOrEqual(
      Date.parse(logins[1]!.signedInAt as string),
    );

    const limited = await expectStatus<{ logins: unknown[] }>(
      api('GET', '/me/logins?limit=1', undefined, as(rotated.accessToken)),
      200,
    );
    expect(limited.logins).toHaveLength(1);
    await expectStatus(api('GET', '/me/logins'), 401);
  });
});
