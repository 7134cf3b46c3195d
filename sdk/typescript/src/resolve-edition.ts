import { AffiliateEdgeError } from './errors.js';
import { SIGNATURE_HEADER, signatureHeader } from './sign-request.js';
import { utf8 } from './hmac.js';
import type { CallOptions, ClientOptions } from './send-signed.js';
import type { ApiErrorBody, ResolvedEdition } from './types.js';

interface Cached {
  edition: ResolvedEdition | null;
  /** When the answer may no longer be used without asking again (ms since the epoch). */
  freshUntil: number;
  etag: string | null;
}

/** At most this many hosts are remembered; the oldest is dropped first. */
const MAX_ENTRIES = 1_000;

/** The seconds of `Cache-Control: max-age=N`, or 0 when the answer gave none (then it is not reused). */
function maxAge(response: Response): number {
  const match = /(?:^|,)\s*max-age=(\d+)/i.exec(response.headers.get('cache-control') ?? '');
  return match ? Number(match[1]) : 0;
}

async function errorOf(response: Response): Promise<ApiErrorBody['error'] | null> {
  try {
    return ((await response.json()) as Partial<ApiErrorBody>).error ?? null;
  } catch {
    return null;
  }
}

/**
 * `resolveEdition(host)` for one client: asks `GET /api/v1/apps/editions/resolve` (signed over `<t>.<path and
 * query>`) which affiliate's branded edition the host is, and keeps each answer, a "no edition" too, for as long
 * as the API's `Cache-Control: max-age` allows. An expired answer with an ETag is revalidated (304 keeps it).
 * Answers null for a host that is no active edition: send that visitor to your main site.
 */
export function editionResolver(options: ClientOptions) {
  const cache = new Map<string, Cached>();
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');

  const remember = (host: string, entry: Cached) => {
    cache.delete(host);
    cache.set(host, entry);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  };

  return async function resolveEdition(host: string, call: CallOptions = {}): Promise<ResolvedEdition | null> {
    const key = host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
    const cached = cache.get(key);
    if (cached && cached.freshUntil > now()) return cached.edition;
    const path = `/api/v1/apps/editions/resolve?host=${encodeURIComponent(key)}`;
    const t = Math.floor(now() / 1000);
    const headers: Record<string, string> = {
      authorization: `Bearer ${options.apiKey}`,
      [SIGNATURE_HEADER]: await signatureHeader(options.signingSecret, t, utf8(path)),
    };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(`${base}${path}`, { method: 'GET', headers, signal });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      const code = timeout.aborted ? 'timeout' : 'network_error';
      throw new AffiliateEdgeError(`resolveEdition ${key}: ${code}`, code, null, null, 1, true, undefined, {
        cause: error,
      });
    }
    const freshUntil = now() + maxAge(response) * 1000;
    if (response.status === 304 && cached) {
      remember(key, { ...cached, freshUntil });
      return cached.edition;
    }
    if (response.status === 200) {
      const edition = (await response.json()) as ResolvedEdition;
      remember(key, { edition, freshUntil, etag: response.headers.get('etag') });
      return edition;
    }
    const error = await errorOf(response);
    if (response.status === 404 && error?.code === 'edition_not_found') {
      remember(key, { edition: null, freshUntil, etag: null });
      return null;
    }
    throw new AffiliateEdgeError(
      `resolveEdition ${key}: ${error?.message ?? `HTTP ${response.status}`}`,
      error?.code ?? (response.status >= 500 ? 'server_error' : 'unexpected_response'),
      response.status,
      null,
      1,
      response.status >= 500 || response.status === 429,
      error?.details,
    );
  };
}
