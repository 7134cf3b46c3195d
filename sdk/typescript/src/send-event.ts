import { AffiliateEdgeError } from './errors.js';
import { SIGNATURE_HEADER, signatureHeader } from './sign-request.js';
import type { ApiErrorBody, ConversionEvent, ConversionOutcome } from './types.js';
import { utf8 } from './hmac.js';

export interface ClientOptions {
  /** The app's API key (`ae_live_…`). */
  apiKey: string;
  /** The key's signing secret (`ae_sig_…`), shown once beside it. */
  signingSecret: string;
  /** Your Affiliate Edge host, e.g. `https://track.example.com`. */
  baseUrl: string;
  /** Retries after the first attempt on a timeout, a network error or a 5xx (default 3). */
  retries?: number;
  /** Each attempt's time limit in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** The wait before the first retry in milliseconds (default 500); it doubles each retry, up to 8 s, with jitter. */
  backoffMs?: number;
  /** Another fetch (a proxy, a test double); the global one by default. */
  fetch?: typeof fetch;
  /** @internal Waits between retries; tests replace it. */
  sleep?: (ms: number) => Promise<void>;
  /** @internal The clock in milliseconds; tests replace it. */
  now?: () => number;
}

export interface TrackOptions {
  /** Cancels the call, retries included. */
  signal?: AbortSignal;
}

const MAX_BACKOFF_MS = 8_000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with equal jitter: half fixed, half random, so many clients retrying do not stay in step. */
function backoff(base: number, retry: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, base * 2 ** (retry - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

type Attempt = { kind: 'answer'; response: Response } | { kind: 'timeout' | 'network_error'; error: unknown };

/** One signed POST, signed at send time: a retry carries a fresh timestamp over the same bytes. */
async function attempt(options: ClientOptions, url: string, body: Uint8Array<ArrayBuffer>, signal?: AbortSignal) {
  const now = options.now ?? Date.now;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? 10_000);
  const cancel = () => timeout.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const t = Math.floor(now() / 1000);
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: await signatureHeader(options.signingSecret, t, body),
      },
      body,
      signal: timeout.signal,
    });
    return { kind: 'answer', response } satisfies Attempt;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { kind: timeout.signal.aborted ? 'timeout' : 'network_error', error } satisfies Attempt;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

async function readError(response: Response): Promise<ApiErrorBody['error'] | null> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    return body.error ?? null;
  } catch {
    return null;
  }
}

/**
 * Sends one event to `POST /api/v1/conversions`, retrying timeouts, network errors and 5xx answers with
 * backoff. Every attempt carries the same bytes, so the same event_id: the API records it once however many
 * attempts reach it. 4xx answers are final (the request itself is wrong) and are never retried.
 */
export async function sendEvent(
  options: ClientOptions,
  event: ConversionEvent,
  call: TrackOptions = {},
): Promise<ConversionOutcome> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/api/v1/conversions`;
  const body = utf8(JSON.stringify(event));
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? wait;
  for (let attempts = 1; ; attempts++) {
    const result = await attempt(options, url, body, call.signal);
    const last = attempts > retries;
    if (result.kind !== 'answer') {
      if (!last) {
        await sleep(backoff(options.backoffMs ?? 500, attempts));
        continue;
      }
      const what = result.kind === 'timeout' ? 'timed out' : 'failed';
      throw new AffiliateEdgeError(
        `${event.type} ${event.event_id}: the request ${what} ${attempts} times; send the same event_id again later`,
        result.kind,
        null,
        event.event_id,
        attempts,
        true,
        undefined,
        { cause: result.error },
      );
    }
    const { response } = result;
    if (response.status === 200 || response.status === 201) return (await response.json()) as ConversionOutcome;
    const error = await readError(response);
    if (response.status >= 500 && !last) {
      await sleep(backoff(options.backoffMs ?? 500, attempts));
      continue;
    }
    const retryable = response.status >= 500 || response.status === 429;
    throw new AffiliateEdgeError(
      `${event.type} ${event.event_id}: ${response.status} ${error?.message ?? response.statusText}`,
      error?.code ?? (response.status >= 500 ? 'server_error' : 'unexpected_response'),
      response.status,
      event.event_id,
      attempts,
      retryable,
      error?.details,
    );
  }
}
