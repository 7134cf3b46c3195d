import type { Config } from '../../env';
import { outboundFetch } from '../../integrations/http/outbound-fetch';

export const POSTBACK_USER_AGENT = 'AffiliateEdge-Postback/1';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

/**
 * One GET to an already-checked postback URL. Redirects are never followed: the target was
 * checked, a redirect's target was not (and a DNS name may point anywhere by then). Only a 2xx
 * counts as delivered; the body is discarded unread.
 */
export async function sendPostback(
  config: Pick<Config, 'OUTBOUND_HOST_OVERRIDES' | 'POSTBACK_TIMEOUT_MS'>,
  url: string,
): Promise<SendResult> {
  const started = Date.now();
  try {
    const res = await outboundFetch(config, url, {
      method: 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(config.POSTBACK_TIMEOUT_MS),
      headers: { 'user-agent': POSTBACK_USER_AGENT, accept: '*/*' },
    });
    await res.body?.cancel();
    const latencyMs = Date.now() - started;
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, latencyMs, error: null };
    const error =
      res.status >= 300 && res.status < 400
        ? `redirect to ${(res.headers.get('location') ?? '(none)').slice(0, 300)} not followed`
        : `HTTP ${res.status}`;
    return { ok: false, statusCode: res.status, latencyMs, error };
  } catch (err) {
    const latencyMs = Date.now() - started;
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return {
      ok: false,
      statusCode: null,
      latencyMs,
      error: timedOut
        ? `timed out after ${config.POSTBACK_TIMEOUT_MS} ms`
        : `network error: ${String(err).slice(0, 300)}`,
    };
  }
}
