import type { IdentityProvider } from '../../schema/enums';
import { toBase64url } from './base64url';
import { signToken, verifyToken, type TokenSpec } from './signed-token';

/**
 * What a browser's trip to Google or GitHub carries between "start" and "callback": the state and
 * nonce we compare on return and the PKCE verifier, in a signed HttpOnly cookie (never in web
 * storage), valid for ten minutes.
 */
export const OAUTH_FLOW_TTL_SECONDS = 10 * 60;
const FLOW: TokenSpec = { audience: 'affiliate-edge:oauth-flow', ttlSeconds: OAUTH_FLOW_TTL_SECONDS };

export type OAuthIntent = 'sign_in' | 'link';

export interface OAuthSignUpChoice {
  accountType: 'affiliate' | 'advertiser';
  organizationName?: string | undefined;
  locale?: 'en' | 'ru' | undefined;
}

export interface OAuthFlow {
  provider: IdentityProvider;
  intent: OAuthIntent;
  state: string;
  nonce: string;
  verifier: string;
  /** Same-origin path to open after the callback. */
  next: string;
  /** Linking: the signed-in user who started it; the callback must come from the same user. */
  userId?: string | undefined;
  /** Started on the sign-up page: how to create the account when nobody uses this identity yet. */
  signUp?: OAuthSignUpChoice | undefined;
}

/** 32 random bytes, base64url: 43 characters, inside PKCE's 43–128 for the verifier. */
export const randomToken = (): string => toBase64url(crypto.getRandomValues(new Uint8Array(32)));

/** PKCE S256: base64url(SHA-256(verifier)). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return toBase64url(new Uint8Array(digest));
}

export function signOAuthFlow(flow: OAuthFlow, secret: string, now: Date): Promise<string> {
  return signToken(FLOW, flow.provider, { flow: JSON.stringify(flow) }, secret, now);
}

/** The flow of a valid, unexpired cookie for this provider, or null. */
export async function verifyOAuthFlow(
  token: string,
  provider: IdentityProvider,
  secret: string,
  now: Date,
): Promise<OAuthFlow | null> {
  const payload = await verifyToken(FLOW, token, secret, now);
  if (!payload || payload.sub !== provider || typeof payload.flow !== 'string') return null;
  try {
    const flow = JSON.parse(payload.flow) as OAuthFlow;
    return flow.provider === provider ? flow : null;
  } catch {
    return null;
  }
}

/** Compares without an early exit, so the time taken says nothing about how much of a guess matched. */
export function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const BASE = 'https://same-origin.invalid';

/**
 * Where to go after signing in: only a path of this site (`/programs?x=1`), never another origin,
 * a protocol-relative `//host`, a backslash trick (`/\host`) or a scheme. Anything else is `/`.
 */
export function safeNextPath(next: string | undefined | null): string {
  if (!next || next.length > 512 || !next.startsWith('/') || next.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return '/';
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : '/';
}
