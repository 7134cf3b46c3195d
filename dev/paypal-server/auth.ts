import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { paypalError, type Reply } from './http';
import { type Account, accountOf, type PayPalServerOptions, type ServerState } from './state';

const DEFAULT_TOKEN_TTL_SECONDS = 32_400;

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** `POST /v1/oauth2/token`: HTTP Basic client id/secret, form body grant_type=client_credentials. */
export function issueToken(state: ServerState, opts: PayPalServerOptions, req: IncomingMessage, body: string): Reply {
  const header = req.headers.authorization ?? '';
  const decoded = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const account = colon < 0 ? undefined : accountOf(state, opts, decoded.slice(0, colon));
  if (!account || !same(decoded.slice(colon + 1), account.clientSecret)) {
    return { status: 401, body: { error: 'invalid_client', error_description: 'Client Authentication failed' } };
  }
  if (new URLSearchParams(body).get('grant_type') !== 'client_credentials') {
    return {
      status: 400,
      body: { error: 'unsupported_grant_type', error_description: 'Grant Type is NULL or not supported' },
    };
  }
  const ttl = opts.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const token = `A21AA${randomBytes(24).toString('base64url')}`;
  state.tokens.set(token, { expiresAt: Date.now() + ttl * 1000, clientId: account.clientId });
  state.tokensIssued += 1;
  return {
    status: 200,
    body: {
      scope: 'https://uri.paypal.com/services/payments/payouts',
      access_token: token,
      token_type: 'Bearer',
      app_id: `APP-${account.clientId.slice(0, 12).toUpperCase()}`,
      expires_in: ttl,
      nonce: `${new Date().toISOString()}${randomBytes(8).toString('hex')}`,
    },
  };
}

/** The app whose live bearer token the request carries, or PayPal's 401. */
export function requireToken(
  state: ServerState,
  opts: PayPalServerOptions,
  req: IncomingMessage,
): { account: Account } | { reply: Reply } {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? state.tokens.get(header.slice(7)) : undefined;
  const account = token && token.expiresAt > Date.now() ? accountOf(state, opts, token.clientId) : undefined;
  if (account) return { account };
  return { reply: unauthorized() };
}

const unauthorized = (): Reply =>
  paypalError(
    401,
    'AUTHENTICATION_FAILURE',
    'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
  );
