import { z } from 'zod';
import { LOG_LEVELS } from './logging';

/** The bindings wrangler.toml declares, plus secrets. */
export interface Env {
  DATABASE_URL: string;
  /** HMAC key for access tokens (HS256); a secret of at least 32 characters. */
  JWT_SECRET: string;
  /** AES-256 key (64 hex chars) for secrets stored encrypted: TOTP seeds, API signing secrets. */
  DATA_ENCRYPTION_KEY: string;
  /** The dashboard's public origin, for links in emails. */
  APP_BASE_URL: string;
  /** Email provider API; unset locally, where mail goes to logs.email_outbox and the dev mailbox. */
  EMAIL_API_BASE_URL?: string;
  EMAIL_API_KEY?: string;
  /** Sender of every email, e.g. `Acme Partners <partners@mail.example.com>` (a domain verified at the provider). */
  EMAIL_FROM?: string;
  /** Telegram Bot API; default https://api.telegram.org, locally the dev Telegram server. */
  TELEGRAM_API_BASE_URL?: string;
  /** The bot's token (a secret); unset: the Telegram channel is off. */
  TELEGRAM_BOT_TOKEN?: string;
  /** The bot's @username without the @, for t.me deep links. */
  TELEGRAM_BOT_USERNAME?: string;
  /** The secret_token given to setWebhook, echoed in X-Telegram-Bot-Api-Secret-Token (a secret). */
  TELEGRAM_WEBHOOK_SECRET?: string;
  AUTH_LIMITER: RateLimit;
  TRACKER_LIMITER: RateLimit;
  /** Inbound events per credential: conversions per app API key, postbacks per program, Stripe webhooks per app. */
  CONVERSIONS_LIMITER: RateLimit;
  POSTBACK_LIMITER: RateLimit;
  STRIPE_WEBHOOK_LIMITER: RateLimit;
  /** Local only: host:port/path of the WebSocket relay in front of a plain Postgres. */
  NEON_WS_PROXY?: string;
  /** How long opening a Postgres connection may take before the request fails (ms; default 5,000). */
  DB_CONNECT_TIMEOUT_MS?: string;
  ENVIRONMENT: string;
  APP_VERSION: string;
  CLICKS: Queue<unknown>;
  CLICKS_DLQ: Queue<unknown>;
  CONVERSIONS: Queue<unknown>;
  CONVERSIONS_DLQ: Queue<unknown>;
  POSTBACKS: Queue<unknown>;
  POSTBACKS_DLQ: Queue<unknown>;
  NOTIFICATIONS: Queue<unknown>;
  NOTIFICATIONS_DLQ: Queue<unknown>;
  /** Outbound webhook deliveries, one message per (endpoint, event). */
  WEBHOOKS: Queue<unknown>;
  WEBHOOKS_DLQ: Queue<unknown>;
  /** Timeout of one outbound webhook request (default 10000). */
  WEBHOOK_TIMEOUT_MS?: string;
  /** Seconds a signed conversion request's timestamp may be off (replay window). */
  SIGNATURE_TOLERANCE_SECONDS: string;
  /** Timeout of one outbound postback request. */
  POSTBACK_TIMEOUT_MS: string;
  /**
   * Development and tests only: `host=127.0.0.1:port` pairs, comma-separated. An outbound request
   * to `host` (after every safety check on the real URL) is sent to that local server instead,
   * like curl's --resolve. Refused in production.
   */
  OUTBOUND_HOST_OVERRIDES?: string;
  /** PayPal REST API: https://api-m.sandbox.paypal.com or https://api-m.paypal.com; locally the dev PayPal server. */
  PAYPAL_BASE_URL?: string;
  PAYPAL_CLIENT_ID?: string;
  /** A secret (`wrangler secret put PAYPAL_CLIENT_SECRET`). */
  PAYPAL_CLIENT_SECRET?: string;
  /** The id PayPal gave the webhook subscription, needed to verify webhook signatures. */
  PAYPAL_WEBHOOK_ID?: string;
  /** PayPal's live REST API, for organizations that connect a live app (PAYPAL_BASE_URL is the sandbox/default). */
  PAYPAL_LIVE_BASE_URL?: string;
  /**
   * Optional platform-wide allow-list of postback domains, comma-separated (a domain admits its
   * subdomains). Unset: any public https host passes the SSRF rules.
   */
  POSTBACK_ALLOWED_DOMAINS?: string;
  /** Cloudflare API origin; locally the dev Cloudflare server (dev/cloudflare-server.ts). */
  CLOUDFLARE_API_BASE_URL?: string;
  /** The EU's VIES REST API (VAT id checks); locally and in tests the VIES double (dev/vies-server.ts). */
  VIES_API_BASE_URL?: string;
  /** A secret: an API token with SSL and Certificates edit on the SaaS zone. Unset: custom domains are off. */
  CLOUDFLARE_API_TOKEN?: string;
  /** The zone Cloudflare for SaaS is enabled on, which holds the custom hostnames. */
  CLOUDFLARE_ZONE_ID?: string;
  /** The hostname advertisers point their CNAME at (the zone's fallback origin or a name on it). */
  CUSTOM_DOMAIN_CNAME_TARGET?: string;
  /** Stripe Billing for plans: 'true' on a SaaS install; off (default) for a self-hosted single company. */
  BILLING_ENABLED?: string;
  /** Stripe's API; locally the dev Stripe server. */
  STRIPE_API_BASE_URL?: string;
  /** The REST APIs imports read from (docs/importing.md); locally dev/import-sources-server.ts. */
  REWARDFUL_API_BASE_URL?: string;
  FIRSTPROMOTER_API_BASE_URL?: string;
  TOLT_API_BASE_URL?: string;
  PARTNERSTACK_API_BASE_URL?: string;
  /** The platform's Stripe secret key (`sk_live_…`/`sk_test_…`), a secret. */
  STRIPE_SECRET_KEY?: string;
  /** Signing secret (`whsec_…`) of the billing webhook endpoint, a secret. */
  STRIPE_BILLING_WEBHOOK_SECRET?: string;
  /** The deployment's Stripe Connect platform key for payouts, for advertisers without their own; a secret. */
  STRIPE_PAYOUTS_SECRET_KEY?: string;
  /** Signing secret (`whsec_…`) of the Connect webhook endpoint that goes with it, a secret. */
  STRIPE_PAYOUTS_WEBHOOK_SECRET?: string;
  /** Tremendous's API (gift-card payouts); locally dev/tremendous-server.ts. */
  TREMENDOUS_API_BASE_URL?: string;
  /** The deployment's Tremendous API key, for advertisers without their own; a secret. */
  TREMENDOUS_API_KEY?: string;
  /** The private key of the deployment's Tremendous webhook (HMAC signing key), a secret. */
  TREMENDOUS_WEBHOOK_KEY?: string;
  /** The deployment's funding source for orders (default: its Tremendous balance). */
  TREMENDOUS_FUNDING_SOURCE_ID?: string;
  /** Wise Platform API (bank-transfer payouts); locally dev/wise-server.ts. */
  WISE_API_BASE_URL?: string;
  /**
   * The deployment's fallback Wise API token, a secret: it pays for advertisers that connected no Wise account of
   * their own (org_wise_accounts); without it only those that did offer Wise.
   */
  WISE_API_TOKEN?: string;
  /** The fallback token's profile id transfers are sent and funded from. */
  WISE_PROFILE_ID?: string;
  /** Wise's webhook public key (PEM, SPKI) that X-Signature-SHA256 is verified with; locally the local server's. */
  WISE_WEBHOOK_PUBLIC_KEY?: string;
  /** Days a failed renewal keeps the paid plan before the cron downgrades to the lowest plan. */
  BILLING_GRACE_DAYS?: string;
  /** Google sign-in (OpenID Connect): the discovery document; default Google's, locally dev/oidc-server.ts. */
  GOOGLE_DISCOVERY_URL?: string;
  /** The OAuth client of the Google Cloud project; unset: no Google button. */
  GOOGLE_CLIENT_ID?: string;
  /** A secret (`wrangler secret put GOOGLE_CLIENT_SECRET`). */
  GOOGLE_CLIENT_SECRET?: string;
  /** GitHub sign-in (OAuth 2): where /login/oauth/* lives (https://github.com), and the REST API (https://api.github.com). */
  GITHUB_BASE_URL?: string;
  GITHUB_API_BASE_URL?: string;
  /** The GitHub OAuth app's client id; unset: no GitHub button. */
  GITHUB_CLIENT_ID?: string;
  /** A secret (`wrangler secret put GITHUB_CLIENT_SECRET`). */
  GITHUB_CLIENT_SECRET?: string;
  /** Days platform staff (and members of organizations requiring it) may work without 2FA before it is enforced. */
  TWO_FACTOR_GRACE_DAYS?: string;
  ROUTING: KVNamespace;
  /** Clicks the queue refused, waiting for the drain cron. */
  CLICK_SPOOL: KVNamespace;
  /** R2 bucket of uploaded files: the white-label logo and favicon, served back by GET /api/uploads/{key}. */
  UPLOADS: R2Bucket;
  /** Our own tracking hostnames, comma-separated: `/aff/{code}` there goes to the program's landing URL. */
  TRACKING_HOSTS: string;
  /** Where a click goes when its program is unknown or has no valid fallback URL. */
  DEFAULT_FALLBACK_URL: string;
  /** Months of raw clicks kept; older monthly partitions are dropped. */
  CLICK_RETENTION_MONTHS: string;
  /** Percent over a plan's monthly clicks still attributed before clicks are marked over_plan (10). */
  PLAN_CLICK_GRACE_PERCENT?: string;
  ASSETS: Fetcher;
  /**
   * The renderer Worker (wrangler.renderer.toml) behind a service binding: PDFs and banner PNGs. Absent, those
   * answers are 503 renderer_unavailable and everything else works.
   */
  RENDERER?: Fetcher;
  /** The lowest level logged: debug, info (default), warn or error. */
  LOG_LEVEL?: string;
}

/**
 * The bindings the click path reads: all the tracker Worker (wrangler.tracker.toml) has. The API Worker's Env is a
 * superset, so its entry serves the same paths with the same code.
 */
export type TrackerEnv = Pick<
  Env,
  'ROUTING' | 'CLICK_SPOOL' | 'CLICKS' | 'TRACKER_LIMITER' | 'TRACKING_HOSTS' | 'DEFAULT_FALLBACK_URL'
>;

const binding = <T>(name: string, method: string) =>
  z.custom<T>(
    (v) => typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[method] === 'function',
    {
      message: `${name} binding is missing`,
    },
  );

const configSchema = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    DATA_ENCRYPTION_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters'),
    APP_BASE_URL: z.url(),
    EMAIL_API_BASE_URL: z.url().optional(),
    EMAIL_API_KEY: z.string().min(1).optional(),
    EMAIL_FROM: z.string().min(3).max(320).optional(),
    TELEGRAM_API_BASE_URL: z.url().default('https://api.telegram.org'),
    TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
    TELEGRAM_BOT_USERNAME: z
      .string()
      .regex(/^[A-Za-z0-9_]{3,64}$/, 'must be the bot username without @')
      .optional(),
    // Telegram allows 1–256 characters of A-Z, a-z, 0-9, _ and -.
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    AUTH_LIMITER: binding<RateLimit>('AUTH_LIMITER', 'limit'),
    TRACKER_LIMITER: binding<RateLimit>('TRACKER_LIMITER', 'limit'),
    CONVERSIONS_LIMITER: binding<RateLimit>('CONVERSIONS_LIMITER', 'limit'),
    POSTBACK_LIMITER: binding<RateLimit>('POSTBACK_LIMITER', 'limit'),
    STRIPE_WEBHOOK_LIMITER: binding<RateLimit>('STRIPE_WEBHOOK_LIMITER', 'limit'),
    NEON_WS_PROXY: z.string().min(1).optional(),
    DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    ENVIRONMENT: z.enum(['development', 'test', 'production']),
    APP_VERSION: z.string().min(1),
    CLICKS: binding<Queue<unknown>>('CLICKS', 'send'),
    CLICKS_DLQ: binding<Queue<unknown>>('CLICKS_DLQ', 'send'),
    CONVERSIONS: binding<Queue<unknown>>('CONVERSIONS', 'send'),
    CONVERSIONS_DLQ: binding<Queue<unknown>>('CONVERSIONS_DLQ', 'send'),
    POSTBACKS: binding<Queue<unknown>>('POSTBACKS', 'send'),
    POSTBACKS_DLQ: binding<Queue<unknown>>('POSTBACKS_DLQ', 'send'),
    NOTIFICATIONS: binding<Queue<unknown>>('NOTIFICATIONS', 'send'),
    NOTIFICATIONS_DLQ: binding<Queue<unknown>>('NOTIFICATIONS_DLQ', 'send'),
    WEBHOOKS: binding<Queue<unknown>>('WEBHOOKS', 'send'),
    WEBHOOKS_DLQ: binding<Queue<unknown>>('WEBHOOKS_DLQ', 'send'),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(10_000),
    SIGNATURE_TOLERANCE_SECONDS: z.coerce.number().int().min(30).max(3600),
    POSTBACK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000),
    PAYPAL_BASE_URL: z.url().optional(),
    PAYPAL_CLIENT_ID: z.string().min(1).optional(),
    PAYPAL_CLIENT_SECRET: z.string().min(1).optional(),
    PAYPAL_WEBHOOK_ID: z.string().min(1).optional(),
    PAYPAL_LIVE_BASE_URL: z.url().default('https://api-m.paypal.com'),
    OUTBOUND_HOST_OVERRIDES: z
      .string()
      .regex(/^[a-z0-9.-]+=[0-9.]+:\d+(,[a-z0-9.-]+=[0-9.]+:\d+)*$/, 'must be host=ip:port pairs, comma-separated')
      .optional(),
    POSTBACK_ALLOWED_DOMAINS: z
      .string()
      .regex(/^\s*([a-z0-9.-]+\s*(,\s*[a-z0-9.-]+\s*)*)?$/i, 'must be domain names, comma-separated')
      .optional(),
    CLOUDFLARE_API_BASE_URL: z.url().default('https://api.cloudflare.com/client/v4'),
    VIES_API_BASE_URL: z.url().default('https://ec.europa.eu/taxation_customs/vies/rest-api'),
    CLOUDFLARE_API_TOKEN: z.string().min(1).optional(),
    CLOUDFLARE_ZONE_ID: z.string().min(1).optional(),
    CUSTOM_DOMAIN_CNAME_TARGET: z
      .string()
      .regex(/^[a-z0-9.-]+$/i, 'must be a hostname')
      .optional(),
    BILLING_ENABLED: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    STRIPE_API_BASE_URL: z.url().default('https://api.stripe.com'),
    REWARDFUL_API_BASE_URL: z.url().default('https://api.getrewardful.com/v1'),
    FIRSTPROMOTER_API_BASE_URL: z.url().default('https://api.firstpromoter.com/api/v2/company'),
    TOLT_API_BASE_URL: z.url().default('https://api.tolt.com/v1'),
    PARTNERSTACK_API_BASE_URL: z.url().default('https://api.partnerstack.com/api/v2'),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_[0-9A-Za-z_]+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
      .optional(),
    STRIPE_BILLING_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[0-9A-Za-z+/=_-]{16,200}$/, 'must be a Stripe webhook signing secret (whsec_…)')
      .optional(),
    STRIPE_PAYOUTS_SECRET_KEY: z
      .string()
      .regex(/^sk_(test|live)_[0-9A-Za-z_]+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
      .optional(),
    WISE_API_BASE_URL: z.url().default('https://api.wise-sandbox.com'),
    WISE_API_TOKEN: z.string().min(8).max(500).optional(),
    WISE_PROFILE_ID: z
      .string()
      .regex(/^[0-9]{1,20}$/, 'must be a Wise profile id')
      .optional(),
    WISE_WEBHOOK_PUBLIC_KEY: z
      .string()
      .includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' })
      .optional(),
    STRIPE_PAYOUTS_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[0-9A-Za-z+/=_-]{16,200}$/, 'must be a Stripe webhook signing secret (whsec_…)')
      .optional(),
    TREMENDOUS_API_BASE_URL: z.url().default('https://testflight.tremendous.com/api/v2'),
    TREMENDOUS_API_KEY: z.string().min(8).max(200).optional(),
    TREMENDOUS_WEBHOOK_KEY: z.string().min(8).max(200).optional(),
    TREMENDOUS_FUNDING_SOURCE_ID: z.string().min(1).max(100).default('balance'),
    BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
    GOOGLE_DISCOVERY_URL: z.url().default('https://accounts.google.com/.well-known/openid-configuration'),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    GITHUB_BASE_URL: z.url().default('https://github.com'),
    GITHUB_API_BASE_URL: z.url().default('https://api.github.com'),
    GITHUB_CLIENT_ID: z.string().min(1).optional(),
    GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
    TWO_FACTOR_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
    ROUTING: binding<KVNamespace>('ROUTING', 'get'),
    CLICK_SPOOL: binding<KVNamespace>('CLICK_SPOOL', 'get'),
    UPLOADS: binding<R2Bucket>('UPLOADS', 'put'),
    TRACKING_HOSTS: z.string().min(1),
    DEFAULT_FALLBACK_URL: z.url(),
    CLICK_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120),
    PLAN_CLICK_GRACE_PERCENT: z.coerce.number().int().min(0).max(1000).default(10),
    ASSETS: binding<Fetcher>('ASSETS', 'fetch'),
    RENDERER: binding<Fetcher>('RENDERER', 'fetch').optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  })
  .refine((c) => c.ENVIRONMENT !== 'production' || c.OUTBOUND_HOST_OVERRIDES === undefined, {
    message: 'must not be set in production',
    path: ['OUTBOUND_HOST_OVERRIDES'],
  })
  .refine((c) => !c.BILLING_ENABLED || c.STRIPE_SECRET_KEY !== undefined, {
    message: 'is required when BILLING_ENABLED is true',
    path: ['STRIPE_SECRET_KEY'],
  })
  .refine((c) => !c.BILLING_ENABLED || c.STRIPE_BILLING_WEBHOOK_SECRET !== undefined, {
    message: 'is required when BILLING_ENABLED is true',
    path: ['STRIPE_BILLING_WEBHOOK_SECRET'],
  });

export type Config = z.infer<typeof configSchema>;

// The runtime hands the same env object to every invocation of an isolate, so this checks once. The
// database URL is compared too: a test file points the shared env at its own database clone.
const checked = new WeakMap<object, Config>();

/** Validates the environment; a misconfigured deploy fails loudly on its first request. */
export function loadConfig(env: Env): Config {
  const hit = checked.get(env);
  if (hit && hit.DATABASE_URL === env.DATABASE_URL) return hit;
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Worker environment: ${detail}`);
  }
  checked.set(env, result.data);
  return result.data;
}
