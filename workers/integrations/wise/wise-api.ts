import { z } from 'zod';

/**
 * The calls of the Wise Platform API the Wise rail makes (docs.wise.com/api-reference): bearer token, JSON both
 * ways, amounts as decimals, errors as `{ errors: [{ code, message, path }] }`.
 */
export interface WiseConfig {
  baseUrl: string;
  token: string;
  /** The business profile transfers are created and funded from. */
  profileId: string;
  timeoutMs?: number;
}

/** Wise answered with an error (4xx), or could not be reached (5xx, network, timeout: status null or ≥ 500). */
export class WiseApiError extends Error {
  override readonly name = 'WiseApiError';
  constructor(
    readonly status: number | null,
    message: string,
    readonly errors: { code?: string; message?: string; path?: string }[] = [],
  ) {
    super(message);
  }
  /** A refusal: Wise created nothing, so the item may fail and its money return. 409 and 429 are not sure. */
  get definite(): boolean {
    return (
      this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 409 && this.status !== 429
    );
  }
}

/** One input of a requirements type: what the form shows and how Wise validates it. */
export const wiseRequirementField = z.object({
  key: z.string(),
  type: z.string(),
  refreshRequirementsOnChange: z.boolean().default(false),
  required: z.boolean().default(false),
  displayFormat: z.string().nullable().optional(),
  example: z.string().nullable().optional(),
  minLength: z.number().int().nullable().optional(),
  maxLength: z.number().int().nullable().optional(),
  validationRegexp: z.string().nullable().optional(),
  valuesAllowed: z
    .array(z.object({ key: z.string(), name: z.string() }))
    .nullable()
    .optional(),
});
export type WiseRequirementField = z.infer<typeof wiseRequirementField>;

/** One way to pay a currency (iban, sort_code, aba…) and the fields it needs, grouped as Wise shows them. */
export const wiseRequirementType = z.object({
  type: z.string(),
  title: z.string(),
  fields: z.array(z.object({ name: z.string(), group: z.array(wiseRequirementField) })),
});
export type WiseRequirementType = z.infer<typeof wiseRequirementType>;

const money = z.object({ amount: z.number(), currency: z.string() });

export const wiseQuote = z.object({
  id: z.string(),
  sourceCurrency: z.string(),
  targetCurrency: z.string(),
  sourceAmount: z.number().nullable().optional(),
  targetAmount: z.number().nullable().optional(),
  rate: z.number(),
  payOut: z.string().nullable().optional(),
  paymentOptions: z.array(
    z.object({
      disabled: z.boolean().default(false),
      payIn: z.string(),
      payOut: z.string(),
      sourceAmount: z.number(),
      targetAmount: z.number(),
      fee: z.object({ total: z.number() }).partial().optional(),
      price: z
        .object({ total: z.object({ value: money }) })
        .partial()
        .optional(),
      formattedEstimatedDelivery: z.string().nullable().optional(),
    }),
  ),
});
export type WiseQuote = z.infer<typeof wiseQuote>;

export const wiseAccount = z.object({
  id: z.number(),
  currency: z.string(),
  country: z.string().nullable().optional(),
  type: z.string(),
  accountHolderName: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type WiseAccount = z.infer<typeof wiseAccount>;

export const wiseTransfer = z.object({
  id: z.number(),
  targetAccount: z.number(),
  quoteUuid: z.string().nullable().optional(),
  customerTransactionId: z.string().nullable().optional(),
  status: z.string(),
  sourceCurrency: z.string().optional(),
  sourceValue: z.number().optional(),
  targetCurrency: z.string().optional(),
  targetValue: z.number().optional(),
});
export type WiseTransfer = z.infer<typeof wiseTransfer>;

export const wisePayment = z.object({
  type: z.string(),
  status: z.enum(['COMPLETED', 'REJECTED']),
  errorCode: z.string().nullable().optional(),
});

async function request<T>(cfg: WiseConfig, method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown) {
  let res: Response;
  try {
    res = await fetch(`${cfg.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${cfg.token}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(cfg.timeoutMs ?? 10_000),
    });
  } catch (err) {
    throw new WiseApiError(null, `Wise unreachable: ${String(err)}`);
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
    throw new WiseApiError(null, `Wise answered ${res.status} with an unexpected body`);
  }
  const errors = (json as { errors?: { code?: string; message?: string; path?: string }[] } | null)?.errors ?? [];
  throw new WiseApiError(res.status, errors[0]?.message ?? `Wise answered ${res.status}`, errors);
}

const routeQuery = (r: { source: string; target: string; sourceAmount: number }) =>
  new URLSearchParams({ source: r.source, target: r.target, sourceAmount: String(r.sourceAmount) }).toString();

/** One currency Wise supports (GET /v1/currencies); only the code is read, the rest is Wise's description. */
export const wiseCurrency = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  name: z.string().optional(),
  symbol: z.string().optional(),
  supportsDecimals: z.boolean().optional(),
});

/** The currencies Wise supports (GET /v1/currencies), as its codes. */
export const listCurrencies = (cfg: WiseConfig) =>
  request(
    cfg,
    'GET',
    '/v1/currencies',
    z.array(wiseCurrency).transform((list) => list.map((c) => c.code)),
  );

/** One profile of the token's user (GET /v2/profiles): personal or business; names only what the choice shows. */
export const wiseProfile = z.object({
  id: z.number().int(),
  type: z.string().transform((t) => t.toUpperCase()),
  fullName: z.string().nullable().optional(),
  businessName: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  currentState: z.string().nullable().optional(),
});
export type WiseProfile = z.infer<typeof wiseProfile>;

/** The profiles a token reaches (GET /v2/profiles); the profile id of `cfg` is not used. */
export const listProfiles = (cfg: Pick<WiseConfig, 'baseUrl' | 'token' | 'timeoutMs'>) =>
  request({ ...cfg, profileId: '' }, 'GET', '/v2/profiles', z.array(wiseProfile));

/** The recipient account types and fields Wise needs to pay `target` (GET /v1/account-requirements). */
export const getAccountRequirements = (cfg: WiseConfig, r: { source: string; target: string; sourceAmount: number }) =>
  request(cfg, 'GET', `/v1/account-requirements?${routeQuery(r)}`, z.array(wiseRequirementType));

/**
 * The same after a field marked refreshRequirementsOnChange changed: the recipient as it would be posted to
 * /v1/accounts, answered with the fields that choice adds (POST /v1/account-requirements).
 */
export const refreshAccountRequirements = (
  cfg: WiseConfig,
  r: { source: string; target: string; sourceAmount: number },
  recipient: { type: string; accountHolderName?: string; details: Record<string, unknown> },
) =>
  request(cfg, 'POST', `/v1/account-requirements?${routeQuery(r)}`, z.array(wiseRequirementType), {
    profile: Number(cfg.profileId),
    currency: r.target,
    ...recipient,
  });

/** A quote for paying from the profile's balance to a bank account (POST /v3/profiles/{id}/quotes). */
export const createQuote = (
  cfg: WiseConfig,
  q: { sourceCurrency: string; targetCurrency: string; targetAccount?: number } & (
    | { sourceAmount: number; targetAmount?: undefined }
    | { targetAmount: number; sourceAmount?: undefined }
  ),
) =>
  request(cfg, 'POST', `/v3/profiles/${encodeURIComponent(cfg.profileId)}/quotes`, wiseQuote, {
    sourceCurrency: q.sourceCurrency,
    targetCurrency: q.targetCurrency,
    // Either amount, never both (Wise's rule): the target fixes what the recipient gets, the fee on top.
    ...(q.targetAmount !== undefined ? { targetAmount: q.targetAmount } : { sourceAmount: q.sourceAmount }),
    ...(q.targetAccount !== undefined ? { targetAccount: q.targetAccount } : {}),
    payOut: 'BANK_TRANSFER',
    preferredPayIn: 'BALANCE',
  });

/** Creates a recipient account of the profile (POST /v1/accounts). */
export const createAccount = (
  cfg: WiseConfig,
  a: { currency: string; type: string; accountHolderName: string; details: Record<string, unknown> },
) =>
  request(cfg, 'POST', '/v1/accounts', wiseAccount, { profile: Number(cfg.profileId), ...a, ownedByCustomer: false });

/**
 * Creates the transfer of a quote to a recipient (POST /v1/transfers). Wise answers a repeated
 * customerTransactionId with the transfer it already made and creates nothing.
 */
export const createTransfer = (
  cfg: WiseConfig,
  t: { targetAccount: number; quoteUuid: string; customerTransactionId: string; reference: string },
) =>
  request(cfg, 'POST', '/v1/transfers', wiseTransfer, {
    targetAccount: t.targetAccount,
    quoteUuid: t.quoteUuid,
    customerTransactionId: t.customerTransactionId,
    details: { reference: t.reference },
  });

export const getTransfer = (cfg: WiseConfig, transferId: string) =>
  request(cfg, 'GET', `/v1/transfers/${encodeURIComponent(transferId)}`, wiseTransfer);

/** Funds a transfer from the profile's multi-currency balance (POST /v3/profiles/{id}/transfers/{id}/payments). */
export const fundTransfer = (cfg: WiseConfig, transferId: string) =>
  request(
    cfg,
    'POST',
    `/v3/profiles/${encodeURIComponent(cfg.profileId)}/transfers/${encodeURIComponent(transferId)}/payments`,
    wisePayment,
    { type: 'BALANCE' },
  );

/** The balance-funded bank-transfer option of a quote: what Wise charges and what the affiliate receives. */
export function balanceOption(quote: WiseQuote) {
  return quote.paymentOptions.find((o) => !o.disabled && o.payIn === 'BALANCE' && o.payOut === 'BANK_TRANSFER') ?? null;
}
