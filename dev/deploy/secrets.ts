/** Secrets the Worker refuses to start without (workers/env.ts), with how to make a value. */
export const REQUIRED_SECRETS: Readonly<Record<string, string>> = {
  DATABASE_URL: "Neon's connection string: postgres://…neon.tech/neondb?sslmode=require",
  JWT_SECRET: 'openssl rand -hex 32',
  DATA_ENCRYPTION_KEY: 'openssl rand -hex 32 (exactly 64 hex characters)',
};

/** Stripe Billing's secrets: optional, but required once wrangler.toml sets BILLING_ENABLED = "true". */
export const BILLING_SECRETS: Readonly<Record<string, string>> = {
  STRIPE_SECRET_KEY: 'Stripe Dashboard → Developers → API keys: sk_live_… (sk_test_… for a test install)',
  STRIPE_BILLING_WEBHOOK_SECRET: 'the whsec_… signing secret of the /api/v1/billing/stripe/webhook endpoint',
};

/** Optional features, each on only when all of its secrets are set. */
export const OPTIONAL_SECRET_GROUPS: readonly { feature: string; secrets: readonly string[] }[] = [
  { feature: 'PayPal payouts', secrets: ['PAYPAL_CLIENT_ID', 'PAYPAL_CLIENT_SECRET', 'PAYPAL_WEBHOOK_ID'] },
  {
    feature: 'Stripe Connect payouts from the platform account (docs/finance.md)',
    secrets: ['STRIPE_PAYOUTS_SECRET_KEY', 'STRIPE_PAYOUTS_WEBHOOK_SECRET'],
  },
  {
    feature:
      "gift-card payouts from the deployment's Tremendous account, for advertisers who connect none of their own (docs/finance.md)",
    secrets: ['TREMENDOUS_API_KEY', 'TREMENDOUS_WEBHOOK_KEY'],
  },
  {
    feature:
      "Wise bank transfers from the deployment's Wise profile, for advertisers who connect none of their own (with the WISE_PROFILE_ID var; docs/finance.md)",
    secrets: ['WISE_API_TOKEN', 'WISE_WEBHOOK_PUBLIC_KEY'],
  },
  { feature: 'sending email (with the EMAIL_API_BASE_URL var)', secrets: ['EMAIL_API_KEY'] },
  {
    feature: 'Telegram notifications (with the TELEGRAM_BOT_USERNAME var)',
    secrets: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'],
  },
  {
    feature: 'custom domains (with the CUSTOM_DOMAIN_CNAME_TARGET var)',
    secrets: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ZONE_ID'],
  },
  { feature: 'Stripe Billing (with BILLING_ENABLED = "true")', secrets: Object.keys(BILLING_SECRETS) },
  { feature: 'sign-in with Google (docs/accounts.md)', secrets: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'] },
  { feature: 'sign-in with GitHub (docs/accounts.md)', secrets: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] },
];

export interface SecretsReport {
  /** One line each: the command that sets it, and how to make its value. */
  missing: string[];
  notes: string[];
}

const putCommand = (name: string) => `npx wrangler secret put ${name}`;

/**
 * Pure: what to tell the operator, given the names `wrangler secret list` returned and
 * wrangler.toml's `[vars]`. With billing on, the Worker refuses to start without Stripe's secrets.
 */
export function checkSecrets(set: readonly string[], vars: Readonly<Record<string, unknown>> = {}): SecretsReport {
  const have = new Set(set);
  const required = vars.BILLING_ENABLED === 'true' ? { ...REQUIRED_SECRETS, ...BILLING_SECRETS } : REQUIRED_SECRETS;
  const missing = Object.entries(required)
    .filter(([name]) => !have.has(name))
    .map(([name, how]) => `${putCommand(name).padEnd(45)} # ${how}`);
  const notes = OPTIONAL_SECRET_GROUPS.flatMap(({ feature, secrets }) => {
    const absent = secrets.filter((s) => !have.has(s));
    if (absent.length === 0) return [`${feature}: on`];
    if (absent.length === secrets.length) return [`${feature}: off (set ${secrets.join(', ')} to turn it on)`];
    return [`${feature}: off until the rest is set: ${absent.map(putCommand).join('; ')}`];
  });
  return { missing, notes };
}
