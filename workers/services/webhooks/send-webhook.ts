import type { Config } from '../../env';
import { outboundFetch } from '../../integrations/http/outbound-fetch';
import { WEBHOOK_RESPONSE_SNIPPET_CHARS } from '../../domain/webhook-delivery';

export const WEBHOOK_USER_AGENT = 'AffiliateEdge-Webhooks/1';

export interface WebhookSendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  responseSnippet: string | null;
}

/** Reads at most a few KB of the answer: enough for the log's snippet, never a whole large body. */
async function snippetOf(res: Response): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < WEBHOOK_RESPONSE_SNIPPET_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, WEBHOOK_RESPONSE_SNIPPET_CHARS);
}

/**
 * One signed POST to an already-checked URL. Redirects are never followed (their target was not
 * checked); only a 2xx counts as delivered, as Standard Webhooks receivers expect.
 */
export async function sendWebhook(
  config: Pick<Config, 'OUTBOUND_HOST_OVERRIDES' | 'WEBHOOK_TIMEOUT_MS'>,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<WebhookSendResult> {
  const started = Date.now();
  try {
    const res = await outboundFetch(config, url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(config.WEBHOOK_TIMEOUT_MS),
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': WEBHOOK_USER_AGENT },
      body,
    });
    const responseSnippet = await snippetOf(res).catch(() => null);
    const durationMs = Date.now() - started;
    if (res.status >= 200 && res.status < 300)
      return { ok: true, statusCode: res.status, durationMs, error: null, responseSnippet };
    const error =
      res.status >= 300 && res.status < 400
        ? `redirect to ${(res.headers.get('location') ?? '(none)').slice(0, 300)} not followed`
        : `HTTP ${res.status}`;
    return { ok: false, statusCode: res.status, durationMs, error, responseSnippet };
  } catch (err) {
    const durationMs = Date.now() - started;
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return {
      ok: false,
      statusCode: null,
      durationMs,
      error: timedOut
        ? `timed out after ${config.WEBHOOK_TIMEOUT_MS} ms`
        : `network error: ${String(err).slice(0, 300)}`,
      responseSnippet: null,
    };
  }
}
