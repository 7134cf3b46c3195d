import type { z } from 'zod';
import type { CloudflareConfig } from './cloudflare-config';
import { CloudflareRequestError, CloudflareUnavailableError } from './cloudflare-errors';
import { envelope } from './custom-hostname';

/**
 * One call to the Cloudflare v4 API, unwrapped from its envelope: `result` on success, a
 * CloudflareRequestError for a refusal (4xx, or success false), CloudflareUnavailableError for a
 * network failure, timeout, 429 or 5xx. No retries: callers are a route (the user retries) and
 * the polling cron (the next run retries).
 */
export async function cloudflareRequest<T extends z.ZodType>(
  cfg: CloudflareConfig,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  result: T,
  body?: unknown,
): Promise<z.infer<T>> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${cfg.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${cfg.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: AbortSignal.timeout(cfg.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    throw new CloudflareUnavailableError(err instanceof Error ? err.message : String(err));
  }
  if (res.status >= 500 || res.status === 429) throw new CloudflareUnavailableError(`HTTP ${res.status}`);
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // a body that is not JSON is handled below as a malformed answer
  }
  const parsed = envelope(result).safeParse(json);
  if (!parsed.success) {
    if (!res.ok) throw new CloudflareRequestError(res.status, [{ message: `HTTP ${res.status}` }]);
    throw new CloudflareUnavailableError(`malformed answer to ${method} ${path}`);
  }
  if (!res.ok || !parsed.data.success || parsed.data.result == null)
    throw new CloudflareRequestError(
      res.ok ? 400 : res.status,
      parsed.data.errors.length ? parsed.data.errors : [{ message: `HTTP ${res.status}` }],
    );
  return parsed.data.result as z.infer<T>;
}
