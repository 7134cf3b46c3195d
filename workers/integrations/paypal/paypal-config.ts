import type { Config } from '../../env';

/** What every PayPal call needs, resolved once from the Worker's config. */
export interface PayPalConfig {
  /** REST API origin without a trailing slash: sandbox, live, or the local dev server. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The webhook subscription's id; without it no webhook can be verified. */
  webhookId: string | null;
  /** Limit of one HTTP attempt, body included. */
  timeoutMs: number;
  /** Wait before each retry of a 5xx, 429 or timeout; its length is the number of retries. */
  retryDelaysMs: readonly number[];
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 1_500, 4_000];

/** The PayPal settings, or null when the base URL, client id or secret is missing: payouts are off. */
export function paypalConfig(config: Config): PayPalConfig | null {
  const { PAYPAL_BASE_URL: baseUrl, PAYPAL_CLIENT_ID: clientId, PAYPAL_CLIENT_SECRET: clientSecret } = config;
  if (!baseUrl || !clientId || !clientSecret) return null;
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    webhookId: config.PAYPAL_WEBHOOK_ID ?? null,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
  };
}

/** PayPal's sandbox REST API, for a sandbox account when PAYPAL_BASE_URL is not set. */
export const SANDBOX_BASE_URL = 'https://api-m.sandbox.paypal.com';

/** An organization's own REST app, as stored (the secret already decrypted). */
export interface PayPalAccountCredentials {
  mode: 'sandbox' | 'live';
  clientId: string;
  clientSecret: string;
  webhookId: string | null;
}

/**
 * The settings for an organization's own app. The base URL comes from the deployment's config by
 * mode, never from the organization: what it stores cannot point our calls anywhere else.
 */
export function paypalAccountConfig(config: Config, account: PayPalAccountCredentials): PayPalConfig {
  const baseUrl = account.mode === 'live' ? config.PAYPAL_LIVE_BASE_URL : (config.PAYPAL_BASE_URL ?? SANDBOX_BASE_URL);
  return {
    baseUrl: baseUrl.replace(/\/+$/, ''),
    clientId: account.clientId,
    clientSecret: account.clientSecret,
    webhookId: account.webhookId,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
  };
}
