import { eq, sql } from 'drizzle-orm';
import { afterAll, expect } from 'vitest';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { sha256Hex } from '../workers/domain/secret-token';
import { REFRESH_REUSE_GRACE_SECONDS } from '../workers/domain/token-lifetimes';
import { totpCode } from '../workers/domain/totp';
import { testDb } from './fixtures';
import { workerFetch } from './worker-fetch';

// Shortcuts for the accounts tests: JSON requests, the dev mailbox, sign-up and sign-in.

/** A fresh client address per call unless one is given, so the per-IP limiter only bites on purpose. */
export const randomIp = () =>
  `10.${(Math.random() * 256) | 0}.${(Math.random() * 256) | 0}.${(Math.random() * 254 + 1) | 0}`;

export interface CallOptions {
  token?: string | undefined;
  ip?: string;
  headers?: Record<string, string>;
}

export function api(method: string, path: string, body?: unknown, opts: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'cf-connecting-ip': opts.ip ?? randomIp(), ...opts.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  return workerFetch(`https://app.test/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Parses the body and asserts the status, printing the body when it differs. */
export async function expectStatus<T = Record<string, any>>(
  res: Response | Promise<Response>,
  status: number,
): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

let counter = 0;
export const uniqueEmail = (prefix = 'user') =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}@example.com`;
export const PASSWORD = 'correct horse battery';

export interface MailboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  template: string | null;
  status: string;
}

export async function mailbox(to: string): Promise<MailboxEmail[]> {
  const body = await expectStatus<{ emails: MailboxEmail[] }>(
    api('GET', `/dev/mailbox?to=${encodeURIComponent(to)}`),
    200,
  );
  return body.emails;
}

/** The token in the newest email of that template, as a user would click it. */
export async function tokenFromMail(
  to: string,
  template: 'verify_email' | 'password_reset' | 'invitation',
): Promise<string> {
  const email = (await mailbox(to)).find((e) => e.template === template);
  expect(email, `no ${template} email to ${to}`).toBeDefined();
  const token = /[?&]token=([^\s&]+)/.exec(email!.text)?.[1];
  expect(token).toBeTruthy();
  return decodeURIComponent(token!);
}

export async function signUp(
  opts: {
    accountType?: 'affiliate' | 'advertiser';
    email?: string;
    password?: string;
    organizationName?: string;
    locale?: 'en' | 'ru';
  } = {},
) {
  const email = opts.email ?? uniqueEmail(opts.accountType ?? 'affiliate');
  const password = opts.password ?? PASSWORD;
  const accountType = opts.accountType ?? 'affiliate';
  const body = await expectStatus(
    api('POST', '/auth/signup', {
      email,
      password,
      accountType,
      ...(accountType === 'advertiser' ? { organizationName: opts.organizationName ?? 'Acme' } : {}),
      ...(opts.locale ? { locale: opts.locale } : {}),
    }),
    201,
  );
  return { email, password, userId: body.userId as string, organizationId: body.organizationId as string | null };
}

export async function signUpVerified(opts: Parameters<typeof signUp>[0] = {}) {
  const account = await signUp(opts);
  await expectStatus(
    api('POST', '/auth/verify-email', { token: await tokenFromMail(account.email, 'verify_email') }),
    200,
  );
  return account;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export async function logIn(email: string, password = PASSWORD, ip?: string): Promise<Session> {
  const body = await expectStatus(api('POST', '/auth/login', { email, password }, ip ? { ip } : {}), 200);
  expect(body.accessToken, JSON.stringify(body)).toBeTruthy();
  return body as unknown as Session;
}

/** A TOTP code for `steps` periods from now: the server accepts ±1 and each step only once. */
export const codeAt = (secret: string, steps = 0) => totpCode(secret, new Date(Date.now() + steps * 30_000));

/** A database handle for assertions, opened on first use (after useTestDatabase pointed env at the clone). */
export function useDb(): () => Db {
  let handle: ReturnType<typeof testDb> | undefined;
  afterAll(async () => handle?.close());
  return () => (handle ??= testDb()).db;
}

/** A bearer token for a user created directly in the database (test/sessions.ts). */
export const bearer = (session: { headers: Record<string, string> }) =>
  session.headers.authorization!.slice('Bearer '.length);

/** Moves a rotated refresh token's rotation back past the reuse grace, so presenting it again is a replay. */
export async function outliveReuseGrace(db: Db, refreshToken: string): Promise<void> {
  await db
    .update(s.refreshTokens)
    .set({ revokedAt: sql`${s.refreshTokens.revokedAt} - make_interval(secs => ${REFRESH_REUSE_GRACE_SECONDS + 1})` })
    .where(eq(s.refreshTokens.tokenHash, await sha256Hex(refreshToken)));
}
