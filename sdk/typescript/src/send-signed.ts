import { AffiliateEdgeError } from './errors.js';
import { SIGNATURE_HEADER, signatureHeader } from './sign-request.js';
import type { ApiErrorBody } from './types.js';

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

export interface CallOptions {
  /** Cancels the call, retries included. */
  signal?: AbortSignal;
}

/** One signed call: where it goes, the exact bytes, and how its errors name it. */
export interface SignedPost {
  path: string;
  body: Uint8Array<ArrayBuffer>;
  /** Starts every error message: `sale order-1001`, `createEmbedToken user-42`. */
  label: string;
  /** The conversion's event id, carried by the error; null for calls that have none. */
  eventId: string | null;
  /**
   * Also retry a 401 signature_replayed: the API refuses a signed request it has already seen (same timestamp
   * and body), which for an embed token means only that an identical request went out in the same second.
   */
  retryReplayed?: boolean;
}

const MAX_BACKOFF_MS = 8_000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with equal jitter: half fixed, half random, so many clients retrying do not stay in step. */
function backoff(base: number, retry: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, base * 2 ** (retry - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

type Attempt = { kind: 'answer'; response: Response } | { kind: 'timeout' | 'network_error'; error: unknown };

/** One signed POST at timestamp `t`: a retry carries a later timestamp over the same bytes. */
async function attempt(options: ClientOptions, url: string, post: SignedPost, t: number, signal?: AbortSignal) {
  // A signal aborted already (before the call, or while the client waited to retry) fires no 'abort' event.
  signal?.throwIfAborted();
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? 10_000);
  const cancel = () => timeout.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const signature = await signatureHeader(options.signingSecret, t, post.body);
    // Aborted while signing: nothing is sent.
    signal?.throwIfAborted();
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signature,
      },
      body: post.body,
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
 * POSTs the same bytes, signed, until the API answers 200/201 (the parsed body) or a final error: timeouts,
 * network errors and 5xx are retried with backoff; 4xx are final (the request itself is wrong). Each attempt
 * is signed at a strictly later second than the one before, so no two attempts are the same signed request.
 */
export async function sendSigned<T>(options: ClientOptions, post: SignedPost, call: CallOptions = {}): Promise<T> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}${post.path}`;
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? wait;
  const now = options.now ?? Date.now;
  let t = 0;
  for (let attempts = 1; ; attempts++) {
    t = Math.max(Math.floor(now() / 1000), t + 1);
    const result = await attempt(options, url, post, t, call.signal);
    const last = attempts > retries;
    if (result.kind !== 'answer') {
      if (!last) {
        await sleep(backoff(options.backoffMs ?? 500, attempts));
        continue;
      }
      const what = result.kind === 'timeout' ? 'timed out' : 'failed';
      const again = post.eventId ? 'send the same event_id again later' : 'try again later';
      throw new AffiliateEdgeError(
        `${post.label}: the request ${what} ${attempts} times; ${again}`,
        result.kind,
        null,
        post.eventId,
        attempts,
        true,
        undefined,
        { cause: result.error },
      );
    }
    const { response } = result;
    if (response.status === 200 || response.status === 201) return (await response.json()) as T;
    const error = await readError(response);
    const replayed = post.retryReplayed === true && error?.code === 'signature_replayed';
    if ((response.status >= 500 || replayed) && !last) {
      await sleep(backoff(options.backoffMs ?? 500, attempts));
      continue;
    }
    const retryable = response.status >= 500 || response.status === 429 || replayed;
    throw new AffiliateEdgeError(
      `${post.label}: ${response.status} ${error?.message ?? response.statusText}`,
      error?.code ?? (response.status >= 500 ? 'server_error' : 'unexpected_response'),
      response.status,
      post.eventId,
      attempts,
      retryable,
      error?.details,
    );
  }
}
