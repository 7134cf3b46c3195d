import { dropAccessToken, getAccessToken } from './get-access-token';
import type { PayPalConfig } from './paypal-config';
import { paypalFetch, type PayPalResponse } from './paypal-fetch';

/**
 * An authorized JSON call to `path` under cfg.baseUrl. A 401 means the cached token was revoked
 * or expired early: it is dropped and the call is made once more with a fresh token.
 */
export async function paypalRequest(
  cfg: PayPalConfig,
  req: { method: 'GET' | 'POST'; path: string; body?: unknown; headers?: Record<string, string> },
): Promise<PayPalResponse> {
  const send = async (token: string) =>
    paypalFetch(cfg, `${cfg.baseUrl}${req.path}`, {
      method: req.method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...req.headers,
      },
      ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
    });
  const token = await getAccessToken(cfg);
  const res = await send(token);
  if (res.status !== 401) return res;
  dropAccessToken(cfg, token);
  return send(await getAccessToken(cfg));
}
