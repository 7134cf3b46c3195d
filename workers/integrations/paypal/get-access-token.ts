import { z } from 'zod';
import type { PayPalConfig } from './paypal-config';
import { PayPalRequestError } from './paypal-errors';
import { paypalFetch } from './paypal-fetch';

const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
});

const tokenError = z.object({ error: z.string(), error_description: z.string().optional() });

/** Refresh this long before PayPal's expiry, so a token never dies between check and use. */
const EARLY_REFRESH_MS = 60_000;

interface CachedToken {
  token: string;
  refreshAt: number;
}

// Per isolate: tokens live ~9 h at PayPal, and asking for one per call would spend the rate limit.
const cache = new Map<string, CachedToken>();
const inflight = new Map<string, Promise<string>>();

// Per credential set: organizations may share a client id across replaced secrets, or use one app in
// both sandbox and live; none of them may ever get another's token.
const cacheKey = (cfg: PayPalConfig) => `${cfg.baseUrl}\n${cfg.clientId}\n${cfg.clientSecret}`;

/** A bearer token for cfg (OAuth2 client credentials), from the isolate's cache while it is fresh. */
export async function getAccessToken(cfg: PayPalConfig): Promise<string> {
  const key = cacheKey(cfg);
  const hit = cache.get(key);
  if (hit && Date.now() < hit.refreshAt) return hit.token;
  // Concurrent callers share one token request instead of each minting a token.
  let pending = inflight.get(key);
  if (!pending) {
    pending = requestToken(cfg).finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

/** Forgets `token` after PayPal refused it (401); a newer token cached meanwhile stays. */
export function dropAccessToken(cfg: PayPalConfig, token: string): void {
  const key = cacheKey(cfg);
  if (cache.get(key)?.token === token) cache.delete(key);
}

async function requestToken(cfg: PayPalConfig): Promise<string> {
  const res = await paypalFetch(cfg, `${cfg.baseUrl}/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${cfg.clientId}:${cfg.clientSecret}`)}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: 'grant_type=client_credentials',
  });
  if (res.status !== 200) {
    const err = tokenError.safeParse(res.body);
    throw new PayPalRequestError(
      res.status,
      err.success ? err.data.error : 'TOKEN_REQUEST_FAILED',
      err.data?.error_description ?? 'token request refused',
      [],
      null,
    );
  }
  const body = tokenResponse.parse(res.body);
  cache.set(cacheKey(cfg), {
    token: body.access_token,
    refreshAt: Date.now() + body.expires_in * 1000 - EARLY_REFRESH_MS,
  });
  return body.access_token;
}

/**
 * Asks PayPal for a token with cfg, bypassing the cache: whether the credentials work. The token is
 * cached, so the first payout after connecting does not ask again.
 */
export function checkCredentials(cfg: PayPalConfig): Promise<string> {
  return requestToken(cfg);
}
