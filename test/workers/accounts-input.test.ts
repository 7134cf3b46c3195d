import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import worker from '../../workers/index';
import { api, bearer, expectStatus, PASSWORD, randomIp, uniqueEmail, useDb } from '../accounts';
import { createTenant } from '../fixtures';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

const db = useDb();

const raw = (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
  workerFetch(`https://app.test/api${path}`, {
    method,
    body,
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp(), ...headers },
  });

describe('bad input gets a 4xx with a stable code, never a 500', () => {
  it.each([
    { label: 'malformed JSON', body: '{"email": "a@b.c", ', status: 400, code: 'invalid_json' },
    {
      label: 'an unknown field',
      body: JSON.stringify({ email: 'a@example.com', password: 'x', admin: true }),
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a number for the email',
      body: JSON.stringify({ email: 123, password: 'x' }),
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'null for the password',
      body: JSON.stringify({ email: 'a@example.com', password: null }),
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'an array body',
      body: JSON.stringify([{ email: 'a@example.com', password: 'x' }]),
      status: 400,
      code: 'validation_failed',
    },
    { label: 'a string body', body: JSON.stringify('hello'), status: 400, code: 'validation_failed' },
    { label: 'an empty body', body: '', status: 400, code: 'invalid_json' },
    {
      label: 'an oversized body',
      body: JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(70_000) }),
      status: 413,
      code: 'payload_too_large',
    },
  ])('login with $label → $status $code', async ({ body, status, code }) => {
    expect(await expectStatus(raw('POST', '/auth/login', body), status)).toMatchObject({ error: { code } });
  });

  it('refuses a body that is not JSON with 415', async () => {
    expect(
      await expectStatus(
        raw('POST', '/auth/login', 'email=a@b.c', { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
      ),
    ).toMatchObject({
      error: { code: 'unsupported_media_type' },
    });
  });

  it.each([
    ['an unknown account type', { accountType: 'admin' }, 'accountType'],
    ['a short password', { password: 'short' }, 'password'],
    ['a bad email', { email: 'not-an-email' }, 'email'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['a platform role (unknown field)', { platformRole: 'platform_owner' }, ''],
  ])('sign-up with %s names the field', async (_label, patch, path) => {
    const body = { email: uniqueEmail(), password: PASSWORD, accountType: 'affiliate', ...patch };
    const res = await expectStatus(api('POST', '/auth/signup', body), 400);
    expect(res.error.code).toBe('validation_failed');
    expect(res.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers every accounts operation in the OpenAPI document with a 4xx for garbage, never a 500', async () => {
    const doc = (await (await workerFetch('https://app.test/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: unknown; parameters?: { in: string }[] }>>;
    };
    const { org } = await createTenant(db());
    const owner = await createUserSession(db(), { platformRole: 'platform_owner' });
    await db().insert(s.memberships).values({ userId: owner.userId, organizationId: org.id, role: 'owner' });
    const ours = ['auth', 'me', 'team', 'platform', 'development'];
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        // Operations that take input; the rest have nothing to get wrong.
        if (
          !op.tags?.some((t) => ours.includes(t)) ||
          !(op.requestBody || op.parameters?.some((p) => p.in === 'query'))
        )
          continue;
        const url = path
          .replace('/api', '')
          .replace('{orgId}', org.id)
          .replace(/\{[a-zA-Z]+\}/g, '00000000-0000-7000-8000-000000000000');
        const reads = method === 'get' || method === 'head';
        const garbage = reads
          ? ['?to=5&limit=abc&unknown_param=1']
          : ['{"broken":', '{"unknown_field_xyz": 1}', '[]', '{"email": 5, "code": true, "role": "god"}'];
        for (const body of garbage) {
          const res = reads
            ? await workerFetch(`https://app.test/api${url}${body}`, {
                headers: { authorization: `Bearer ${bearer(owner)}` },
              })
            : await raw(method.toUpperCase(), url, body, { authorization: `Bearer ${bearer(owner)}` });
          const text = await res.text();
          expect(res.status, `${method.toUpperCase()} ${path} with ${body}: ${text}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${method.toUpperCase()} ${path} with ${body}: ${text}`).toBeLessThan(500);
          expect(JSON.parse(text).error.code).toEqual(expect.any(String));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(19);
  });
});

describe('PATCH /me', () => {
  it('updates the profile, payout email, postback and notification settings, audited with before and after', async () => {
    const me = await createUserSession(db());
    const changes = {
      firstName: 'Ada',
      locale: 'ru',
      paypalEmail: 'Payouts@Example.com',
      postbackUrlTemplate:
        'https://tracker.example.net/pb?cid={click_id}&status={status}&payout={payout}&cur={currency}&s1={sub1}',
      postbackEnabled: true,
      telegramChatId: '-100123456',
      notificationSettings: { conversion: ['email', 'telegram'], payout: ['email'] },
    };
    const profile = await expectStatus(api('PATCH', '/me', changes, { token: bearer(me) }), 200);
    expect(profile).toMatchObject({ ...changes, paypalEmail: 'payouts@example.com' });
    // The lists are the preference cells (the one store): each listed event's three channels are set.
    const matrix = await expectStatus(
      api('GET', '/me/notification-preferences', undefined, { token: bearer(me) }),
      200,
    );
    const cells = (event: string) =>
      matrix.events
        .find((e: { event: string }) => e.event === event)
        .channels.map((c: { channel: string; enabled: boolean; isDefault: boolean }) => [
          c.channel,
          c.enabled,
          c.isDefault,
        ]);
    expect(cells('conversion')).toEqual([
      ['email', true, false],
      ['telegram', true, false],
      ['in_app', false, false],
    ]);
    expect(cells('payout')).toEqual([
      ['email', true, false],
      ['telegram', false, false],
      ['in_app', false, false],
    ]);
    expect(cells('rejection')).toEqual([
      ['email', true, true],
      ['telegram', true, true],
      ['in_app', true, true],
    ]);
    // A cell changed through the preferences API shows in the profile's lists, and an event not listed stays.
    await expectStatus(
      api(
        'PUT',
        '/me/notification-preferences',
        { changes: [{ event: 'payout', channel: 'in_app', enabled: true }] },
        { token: bearer(me) },
      ),
      200,
    );
    const again = await expectStatus(
      api('PATCH', '/me', { notificationSettings: { rejection: ['webhook'] } }, { token: bearer(me) }),
      200,
    );
    expect(again.notificationSettings).toMatchObject({
      payout: ['email', 'in_app'],
      rejection: [],
      conversion: ['email', 'telegram'],
    });
    const [audit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.profile_updated'), eq(s.auditLog.targetId, me.userId)));
    expect(audit).toMatchObject({
      actorId: me.userId,
      before: { paypalEmail: null, postbackEnabled: false },
      after: { paypalEmail: 'payouts@example.com', postbackEnabled: true },
    });
    // null clears a field.
    expect(await expectStatus(api('PATCH', '/me', { paypalEmail: null }, { token: bearer(me) }), 200)).toMatchObject({
      paypalEmail: null,
      firstName: 'Ada',
    });
  });

  it.each([
    [
      'an http postback URL',
      { postbackUrlTemplate: 'http://tracker.example.net/pb?cid={click_id}' },
      'postbackUrlTemplate',
    ],
    [
      'a private postback host',
      { postbackUrlTemplate: 'https://192.168.0.10/pb?cid={click_id}' },
      'postbackUrlTemplate',
    ],
    ['a metadata postback host', { postbackUrlTemplate: 'https://169.254.169.254/latest' }, 'postbackUrlTemplate'],
    ['a decimal loopback host', { postbackUrlTemplate: 'https://2130706433/pb' }, 'postbackUrlTemplate'],
    ['localhost', { postbackUrlTemplate: 'https://localhost/pb' }, 'postbackUrlTemplate'],
    ['an unknown macro', { postbackUrlTemplate: 'https://tracker.example.net/pb?x={password}' }, 'postbackUrlTemplate'],
    ['a macro in the host', { postbackUrlTemplate: 'https://{sub1}.example.net/pb' }, 'postbackUrlTemplate'],
    ['a bad payout email', { paypalEmail: 'paypal' }, 'paypalEmail'],
    ['an unknown notification event', { notificationSettings: { birthday: ['email'] } }, 'notificationSettings'],
    ['an unknown channel', { notificationSettings: { payout: ['pigeon'] } }, 'notificationSettings.payout.0'],
    ['a bad telegram chat id', { telegramChatId: 'hello world' }, 'telegramChatId'],
    ['an attempt to change the email', { email: 'new@example.com' }, ''],
    ['an attempt to become platform owner', { platformRole: 'platform_owner' }, ''],
    ['an attempt to approve oneself', { approvedAffiliate: true }, ''],
  ])('refuses %s', async (_label, body, path) => {
    const me = await createUserSession(db());
    const res = await expectStatus(api('PATCH', '/me', body, { token: bearer(me) }), 400);
    expect(res.error.code).toBe('validation_failed');
    expect(res.error.details.map((d: { path: string }) => d.path)).toContain(path);
    const [user] = await db().select().from(s.users).where(eq(s.users.id, me.userId));
    expect(user).toMatchObject({
      postbackUrlTemplate: null,
      paypalEmail: null,
      platformRole: 'none',
      approvedAffiliate: false,
    });
  });

  it('needs a token', async () => {
    await expectStatus(api('PATCH', '/me', { firstName: 'x' }), 401);
    await expectStatus(api('GET', '/me', undefined, { token: 'garbage' }), 401);
  });
});

describe('the dev mailbox', () => {
  it('does not exist in production', async () => {
    // Test-only settings the production config refuses are dropped, as a real deploy has none.
    const production = { ...env, ENVIRONMENT: 'production', OUTBOUND_HOST_OVERRIDES: undefined };
    const res = await worker.fetch(new Request('https://app.test/api/dev/mailbox?to=a@example.com'), production, {
      waitUntil: () => {},
      passThroughOnException: () => {},
      props: {},
    } as unknown as ExecutionContext);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('wants an email address', async () => {
    await expectStatus(api('GET', '/dev/mailbox?to=nope'), 400);
  });
});

describe('the OpenAPI document', () => {
  it('documents the accounts routes with their security and error responses', async () => {
    const doc = (await (await workerFetch('https://app.test/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    // Public: it says so (security: []) rather than leaving security out.
    expect(doc.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(doc.paths['/api/auth/login']?.post?.responses).toHaveProperty('429');
    expect(doc.paths['/api/me']?.get?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/orgs/{orgId}/members/{userId}']?.patch?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/platform/users/{userId}/ban']?.post).toBeDefined();
    for (const name of ['Error', 'Session', 'TwoFactorChallenge', 'Profile', 'Member', 'Invitation', 'PlatformUsers'])
      expect(doc.components.schemas).toHaveProperty(name);
  });
});
