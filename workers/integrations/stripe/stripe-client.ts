/** Where and as whom the platform calls Stripe. */
export interface StripeConfig {
  baseUrl: string;
  secretKey: string;
  timeoutMs?: number;
  /** Pins the API version (`Stripe-Version`) where the request shapes depend on it; else the account's default. */
  apiVersion?: string;
}

/** Stripe answered with its error object (4xx), or could not be reached (5xx, network, timeout). */
export class StripeApiError extends Error {
  override readonly name = 'StripeApiError';
  constructor(
    readonly status: number | null,
    readonly type: string,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}

type ParamValue = string | number | boolean | undefined | Params | Params[];
interface Params {
  [key: string]: ParamValue;
}

/** Stripe's form encoding: nested keys in brackets, list items by index (`items[0][price]`). */
export function formEncode(params: Params, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const name = prefix ? `${prefix}[${key}]` : key;
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) out.push(...formEncode(v, `${name}[${i}]`));
    } else if (typeof value === 'object') out.push(...formEncode(value, name));
    else out.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  }
  return out;
}

/**
 * One Stripe API call. POST bodies are form-encoded; an idempotency key makes a retried create
 * return the first result instead of a second object.
 */
export async function stripeRequest<T>(
  cfg: StripeConfig,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  params?: Params,
  idempotencyKey?: string,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${cfg.secretKey}` };
  if (params) headers['content-type'] = 'application/x-www-form-urlencoded';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (cfg.apiVersion) headers['stripe-version'] = cfg.apiVersion;
  let res: Response;
  try {
    res = await fetch(`${cfg.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers,
      ...(params ? { body: formEncode(params).join('&') } : {}),
      signal: AbortSignal.timeout(cfg.timeoutMs ?? 10_000),
    });
  } catch (err) {
    throw new StripeApiError(null, 'api_connection_error', null, `Stripe unreachable: ${String(err)}`);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (res.ok && body && typeof body === 'object') return body as T;
  const error = (body as { error?: { type?: string; code?: string; message?: string } } | null)?.error;
  throw new StripeApiError(
    res.status,
    error?.type ?? 'api_error',
    error?.code ?? null,
    error?.message ?? `Stripe answered HTTP ${res.status}`,
  );
}
