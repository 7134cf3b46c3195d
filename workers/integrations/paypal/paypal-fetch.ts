import type { PayPalConfig } from './paypal-config';
import { PayPalUnavailableError } from './paypal-errors';

/** A PayPal answer with its body already read (inside the attempt's timeout). */
export interface PayPalResponse {
  status: number;
  /** Parsed JSON, or null when the body was empty or not JSON. */
  body: unknown;
}

const MAX_RETRY_AFTER_MS = 30_000;

/**
 * One HTTP exchange with PayPal, retried on 5xx, 429, network errors and timeouts with
 * cfg.retryDelaysMs backoff; every other status is returned for the caller to interpret. The same
 * request (same body, same ids) is sent each time, which is what makes a retried create safe.
 */
export async function paypalFetch(cfg: PayPalConfig, url: string, init: RequestInit): Promise<PayPalResponse> {
  const attempts = cfg.retryDelaysMs.length + 1;
  let lastFailure = '';
  for (let attempt = 1; ; attempt++) {
    let retryAfterMs = 0;
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(cfg.timeoutMs) });
      const text = await res.text();
      if (res.status < 500 && res.status !== 429) return { status: res.status, body: parseJson(text) };
      lastFailure = `HTTP ${res.status}`;
      retryAfterMs = Math.min(MAX_RETRY_AFTER_MS, Number(res.headers.get('retry-after') ?? 0) * 1000 || 0);
    } catch (err) {
      lastFailure =
        err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
          ? `timed out after ${cfg.timeoutMs} ms`
          : String(err instanceof Error ? err.message : err);
    }
    if (attempt >= attempts) throw new PayPalUnavailableError(attempts, lastFailure);
    const base = cfg.retryDelaysMs[attempt - 1] ?? 0;
    // Jitter keeps many isolates that failed together from retrying in lockstep.
    await new Promise((r) => setTimeout(r, Math.max(retryAfterMs, base + Math.floor(Math.random() * base * 0.25))));
  }
}

function parseJson(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
