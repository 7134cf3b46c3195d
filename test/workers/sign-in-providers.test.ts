import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, codeAt, expectStatus, logIn, signUpVerified, uniqueEmail, useDb } from '../accounts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();
const db = useDb();

// Google (OpenID Connect) and GitHub (OAuth 2) against the shared local provider (dev/oidc-server.ts).
// A test plays the browser: start → the provider's authorize URL (a person chosen by query) → callback.

type Provider = 'google' | 'github';
let people = 0;
const person = (email = uniqueEmail('idp')) => ({ sub: `sub-${Date.now().toString(36)}-${people++}`, email });

interface Started {
  authorizeUrl: string;
  cookie: string;
}

async function start(provider: Provider, body: Record<string, unknown> = {}, token?: string): Promise<Started> {
  const path = token ? `/me/identities/${provider}/start` : `/auth/oauth/${provider}/start`;
  const res = await api('POST', path, body, { token });
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('ae_oauth='));
  const { authorizeUrl } = await expectStatus<{ authorizeUrl: string }>(res, 200);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  return { authorizeUrl, cookie: setCookie!.split(';')[0]! };
}

/** What the provider sends back once `who` consents (the local server's query switches). */
async function consent(authorizeUrl: string, who: Record<string, string>): Promise<{ code: string; state: string }> {
  const url = new URL(authorizeUrl);
  for (const [k, v] of Object.entries(who)) url.searchParams.set(k, v);
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status, await res.clone().text()).toBe(302);
  const back = new URL(res.headers.get('location')!);
  expect(back.pathname).toBe(`/auth/callback/${url.pathname.includes('oauth') ? 'github' : 'google'}`);
  return { code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
}

function callback(provider: Provider, back: { code: string; state: string }, cookie?: string, token?: string) {
  const path = token ? `/me/identities/${provider}/callback` : `/auth/oauth/${provider}/callback`;
  return api('POST', path, back, { token, headers: cookie ? { cookie } : {} });
}

/** The whole round trip: start, consent as `who`, callback. */
async function signIn(provider: Provider, who: Record<string, string>, body: Record<string, unknown> = {}) {
  const started = await start(provider, body);
  return callback(provider, await consent(started.authorizeUrl, who), started.cookie);
}

const identitiesOf = (userId: string) => db().select().from(s.identities).where(eq(s.identities.userId, userId));
const userByEmail = async (email: string) => (await db().select().from(s.users).where(eq(s.users.email, email)))[0];

it('lists the configured providers', async () => {
  expect(await expectStatus(api('GET', '/auth/providers'), 200)).toEqual({ providers: ['google', 'github'] });
});

describe('sign-up and sign-in', () => {
  it.each(['google', 'github'] as const)('%s: signs up from the sign-up page, then signs in', async (provider) => {
    const who = person();
    const first = await expectStatus(
      signIn(provider, who, { signUp: { accountType: 'affiliate', locale: 'ru' }, next: '/programs' }),
      200,
    );
    expect(first).toMatchObject({ tokenType: 'Bearer', next: '/programs', user: { email: who.email, locale: 'ru' } });
    const user = (await userByEmail(who.email))!;
    expect(user).toMatchObject({ emailVerified: true, hashedPassword: null });
    expect(await identitiesOf(user.id)).toMatchObject([{ provider, email: who.email, emailVerified: true }]);
    const again = await expectStatus(signIn(provider, who), 200);
    expect(again.user.id).toBe(user.id);
    const trail = await db().select().from(s.auditLog).where(eq(s.auditLog.targetId, user.id));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining(['user.signed_up', 'user.signed_in_with_provider']),
    );
  });

  it('makes an advertiser with its organization', async () => {
    const who = person();
    await expectStatus(
      signIn('google', who, { signUp: { accountType: 'advertiser', organizationName: 'Idp Co' } }),
      200,
    );
    const user = (await userByEmail(who.email))!;
    const [membership] = await db().select().from(s.memberships).where(eq(s.memberships.userId, user.id));
    expect(membership?.role).toBe('owner');
  });

  it('from the login page, an unknown person gets no account', async () => {
    const who = person();
    expect((await expectStatus(signIn('google', who), 404)).error.code).toBe('identity_account_unknown');
    expect(await userByEmail(who.email)).toBeUndefined();
  });

  it('a new account with an unverified provider email waits for the emailed link', async () => {
    const who = person();
    const body = await expectStatus(
      signIn('google', { ...who, email_verified: 'false' }, { signUp: { accountType: 'affiliate' } }),
      200,
    );
    expect(body).toEqual({ verificationSent: true, email: who.email, next: '/' });
    expect((await userByEmail(who.email))?.emailVerified).toBe(false);
  });
});

describe('linking by email', () => {
  it('a verified provider email joins the account that owns it (GitHub’s primary verified email)', async () => {
    const account = await signUpVerified();
    const body = await expectStatus(signIn('github', person(account.email)), 200);
    expect(body.user.id).toBe(account.userId);
    expect(await identitiesOf(account.userId)).toHaveLength(1);
    const trail = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, account.userId), eq(s.auditLog.action, 'user.identity_linked')));
    expect(trail).toHaveLength(1);
  });

  it.each(['google', 'github'] as const)('%s: an unverified provider email never links', async (provider) => {
    const account = await signUpVerified();
    const res = await signIn(provider, { ...person(account.email), email_verified: 'false' });
    expect((await expectStatus(res, 409)).error.code).toBe('identity_email_unverified');
    expect(await identitiesOf(account.userId)).toHaveLength(0);
  });
});

describe('the flow is checked', () => {
  it('refuses a state that is not the cookie’s, and a callback without the cookie', async () => {
    const started = await start('google');
    const back = await consent(started.authorizeUrl, person());
    const wrong = await expectStatus(callback('google', { ...back, state: 'not-the-state' }, started.cookie), 400);
    expect(wrong.error.code).toBe('oauth_state_invalid');
    expect((await expectStatus(callback('google', back), 400)).error.code).toBe('oauth_state_invalid');
  });

  it.each(['google', 'github'] as const)(
    '%s: refuses a code whose PKCE challenge is another flow’s',
    async (provider) => {
      const mine = await start(provider, { signUp: { accountType: 'affiliate' } });
      const other = await start(provider, { signUp: { accountType: 'affiliate' } });
      const stolen = await consent(other.authorizeUrl, person());
      const state = new URL(mine.authorizeUrl).searchParams.get('state')!;
      const res = await callback(provider, { code: stolen.code, state }, mine.cookie);
      expect((await expectStatus(res, 401)).error.code).toBe('oauth_rejected');
    },
  );

  it.each([
    'bad_nonce',
    'expired',
    'forged',
    'wrong_audience',
    'wrong_issuer',
    'extra_audience',
    'extra_audience_other_azp',
    'future_iat',
  ])('refuses an ID token that is %s', async (fault) => {
    const who = person();
    const res = await signIn('google', { ...who, fault }, { signUp: { accountType: 'affiliate' } });
    expect((await expectStatus(res, 401)).error.code).toBe('oauth_rejected');
    expect(await userByEmail(who.email)).toBeUndefined();
  });

  it('accepts a token for several audiences whose azp is our client id (OIDC Core §3.1.3.7)', async () => {
    const who = person();
    const res = await signIn(
      'google',
      { ...who, fault: 'extra_audience_azp' },
      { signUp: { accountType: 'affiliate' } },
    );
    expect((await expectStatus(res, 200)).user.email).toBe(who.email);
  });

  it.each(['google', 'github'] as const)(
    '%s: a replayed flow cookie with a fresh code is refused: the state is spent on the server',
    async (provider) => {
      const started = await start(provider, { signUp: { accountType: 'affiliate' } });
      const back = await consent(started.authorizeUrl, person());
      await expectStatus(callback(provider, back, started.cookie), 200);
      // The attacker kept the cookie and has the provider send a new code for the same state and nonce.
      const fresh = await consent(started.authorizeUrl, person());
      expect(fresh.state).toBe(back.state);
      const replay = await expectStatus(callback(provider, fresh, started.cookie), 400);
      expect(replay.error.code).toBe('oauth_state_invalid');
    },
  );

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)'])(
    'never sends the browser to %s afterwards',
    async (next) => {
      const body = await expectStatus(signIn('google', person(), { signUp: { accountType: 'affiliate' }, next }), 200);
      expect(body.next).toBe('/');
    },
  );

  it('a code works once', async () => {
    const started = await start('github', { signUp: { accountType: 'affiliate' } });
    const back = await consent(started.authorizeUrl, person());
    await expectStatus(callback('github', back, started.cookie), 200);
    // Refused before the provider is asked: the flow it came with is already spent.
    expect((await expectStatus(callback('github', back, started.cookie), 400)).error.code).toBe('oauth_state_invalid');
  });
});

describe('two-step verification', () => {
  it('asks for the second step after a provider sign-in, as after a password', async () => {
    const account = await signUpVerified();
    const session = await logIn(account.email);
    const setup = await expectStatus(api('POST', '/me/2fa/setup', undefined, { token: session.accessToken }), 200);
    await expectStatus(
      api('POST', '/me/2fa/enable', { code: codeAt(setup.secret) }, { token: session.accessToken }),
      200,
    );
    const first = await expectStatus(signIn('google', person(account.email)), 200);
    expect(first).toMatchObject({ twoFactorRequired: true, next: '/' });
    expect(first.accessToken).toBeUndefined();
    const done = await expectStatus(
      api('POST', '/auth/login/2fa', { challengeToken: first.challengeToken, code: codeAt(setup.secret, 1) }),
      200,
    );
    expect(done.user.id).toBe(account.userId);
  });
});

describe('link and unlink from the security page', () => {
  it('links GitHub to a Google-only account, then unlinks Google but never the last one', async () => {
    const who = person();
    const signedUp = await expectStatus(signIn('google', who, { signUp: { accountType: 'affiliate' } }), 200);
    const token = signedUp.accessToken as string;
    const [google] = await identitiesOf(signedUp.user.id);
    const last = await expectStatus(api('DELETE', `/me/identities/${google!.id}`, undefined, { token }), 409);
    expect(last.error.code).toBe('last_sign_in_method');

    const started = await start('github', { next: '/settings/security' }, token);
    const back = await consent(started.authorizeUrl, person(uniqueEmail('gh')));
    const linked = await expectStatus(callback('github', back, started.cookie, token), 200);
    expect(linked).toMatchObject({ provider: 'github', next: '/settings/security' });
    const methods = await expectStatus(api('GET', '/me/identities', undefined, { token }), 200);
    expect(methods.hasPassword).toBe(false);
    expect(methods.identities.map((i: { provider: string }) => i.provider)).toEqual(['google', 'github']);

    await expectStatus(api('DELETE', `/me/identities/${google!.id}`, undefined, { token }), 204);
    const trail = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, signedUp.user.id), eq(s.auditLog.action, 'user.identity_unlinked')));
    expect(trail).toHaveLength(1);
  });

  it('keeps one person’s identities out of another’s reach', async () => {
    const a = await signUpVerified();
    const b = await signUpVerified();
    const aToken = (await logIn(a.email)).accessToken;
    const bToken = (await logIn(b.email)).accessToken;
    const aGithub = person(uniqueEmail('a-gh'));
    const started = await start('github', {}, aToken);
    await expectStatus(callback('github', await consent(started.authorizeUrl, aGithub), started.cookie, aToken), 200);
    const [aIdentity] = await identitiesOf(a.userId);

    // B cannot see, unlink or take A's GitHub account, nor finish a flow A started.
    expect((await expectStatus(api('GET', '/me/identities', undefined, { token: bToken }), 200)).identities).toEqual(
      [],
    );
    await expectStatus(api('DELETE', `/me/identities/${aIdentity!.id}`, undefined, { token: bToken }), 404);
    const bStarted = await start('github', {}, bToken);
    const taken = await callback('github', await consent(bStarted.authorizeUrl, aGithub), bStarted.cookie, bToken);
    expect((await expectStatus(taken, 409)).error.code).toBe('identity_taken');
    const aStarted = await start('github', {}, aToken);
    const crossed = await callback(
      'github',
      await consent(aStarted.authorizeUrl, person(uniqueEmail('x'))),
      aStarted.cookie,
      bToken,
    );
    expect((await expectStatus(crossed, 400)).error.code).toBe('oauth_state_invalid');
    expect(await identitiesOf(b.userId)).toHaveLength(0);
  });
});
