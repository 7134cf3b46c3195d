import { z } from 'zod';

/**
 * The few calls of Tremendous's REST API v2 the gift-card rail makes (developers.tremendous.com):
 * bearer-key auth, JSON both ways, errors as `{ errors: { message, payload } }`.
 */
export interface TremendousConfig {
  baseUrl: string;
  apiKey: string;
  /** The funding source orders are paid from (`balance`: the account's prepaid balance). */
  fundingSourceId: string;
  /** The webhook's private key (HMAC-SHA256 signing key); null: results come by polling only. */
  webhookKey: string | null;
  timeoutMs?: number;
}

/** Tremendous answered with an error (4xx), or could not be reached (5xx, network, timeout: status null or ≥ 500). */
export class TremendousApiError extends Error {
  override readonly name = 'TremendousApiError';
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
  /** A refusal: nothing was created, so the item may fail and its money return. 409 and 429 are not sure. */
  get definite(): boolean {
    return (
      this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 409 && this.status !== 429
    );
  }
}

export const tremendousReward = z.object({
  id: z.string(),
  order_id: z.string().optional(),
  value: z.object({ denomination: z.number(), currency_code: z.string() }).optional(),
  delivery: z.object({ method: z.string().optional(), status: z.string().optional() }).partial().optional(),
});

export const tremendousOrder = z.object({
  id: z.string(),
  external_id: z.string().nullable().optional(),
  status: z.string(),
  payment: z
    .object({ subtotal: z.number().optional(), total: z.number().optional(), fees: z.number().optional() })
    .partial()
    .optional(),
  rewards: z.array(tremendousReward).optional(),
});
export type TremendousOrder = z.infer<typeof tremendousOrder>;

export const tremendousProduct = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string().optional(),
  currency_codes: z.array(z.string()),
  countries: z.array(z.object({ abbr: z.string() })),
});
export type TremendousProduct = z.infer<typeof tremendousProduct>;

export const tremendousFundingSource = z.object({
  id: z.string(),
  method: z.string(),
  meta: z.object({ available_cents: z.number().optional() }).partial().optional(),
});

async function request<T>(
  cfg: TremendousConfig,
  method: 'GET' | 'POST',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
) {
  let res: Response;
  try {
    res = await fetch(`${cfg.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${cfg.apiKey}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(cfg.timeoutMs ?? 10_000),
    });
  } catch (err) {
    throw new TremendousApiError(null, `Tremendous unreachable: ${String(err)}`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (res.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    throw new TremendousApiError(null, `Tremendous answered ${res.status} with an unexpected body`);
  }
  const message = (json as { errors?: { message?: string } } | null)?.errors?.message;
  throw new TremendousApiError(res.status, message ?? `Tremendous answered ${res.status}`);
}

/**
 * Creates (or, for an `externalId` already used, returns) the order of one reward: the denomination in
 * the item's currency, delivered by email to the recipient, paid from the funding source. Tremendous
 * answers a repeated external_id with the first order and creates nothing.
 */
export const createOrder = (
  cfg: TremendousConfig,
  input: {
    externalId: string;
    amountMinor: number;
    currency: string;
    recipientName: string;
    recipientEmail: string;
    products: string[];
  },
) =>
  request(
    cfg,
    'POST',
    '/orders',
    z.object({ order: tremendousOrder }).transform((r) => r.order),
    {
      external_id: input.externalId,
      payment: { funding_source_id: cfg.fundingSourceId },
      reward: {
        value: { denomination: denomination(input.amountMinor, input.currency), currency_code: input.currency },
        delivery: { method: 'EMAIL' },
        recipient: { name: input.recipientName, email: input.recipientEmail },
        products: input.products,
      },
    },
  );

/** One order by its id or its external_id. */
export const getOrder = (cfg: TremendousConfig, id: string) =>
  request(
    cfg,
    'GET',
    `/orders/${encodeURIComponent(id)}`,
    z.object({ order: tremendousOrder }).transform((r) => r.order),
  );

/** The catalog: gift cards available in a country and currency. */
export const listProducts = (cfg: TremendousConfig, filter: { country?: string; currency?: string } = {}) => {
  const q = new URLSearchParams();
  if (filter.country) q.set('country', filter.country);
  if (filter.currency) q.set('currency', filter.currency);
  const query = q.size > 0 ? `?${q}` : '';
  return request(
    cfg,
    'GET',
    `/products${query}`,
    z.object({ products: z.array(tremendousProduct) }).transform((r) => r.products),
  );
};

/** The account's funding sources (checks a key and its funding source when an advertiser connects). */
export const listFundingSources = (cfg: TremendousConfig) =>
  request(
    cfg,
    'GET',
    '/funding_sources',
    z.object({ funding_sources: z.array(tremendousFundingSource) }).transform((r) => r.funding_sources),
  );

/** The fraction digits of a currency (2 for USD, 0 for JPY), to give Tremendous its decimal denomination. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units as Tremendous's decimal denomination, without float drift in the conversion. */
export const denomination = (amountMinor: number, currency: string): number =>
  Number((amountMinor / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency)));
