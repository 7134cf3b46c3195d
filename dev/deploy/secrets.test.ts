import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { type Env, loadConfig } from '../../workers/env';
import { BILLING_SECRETS, checkSecrets, OPTIONAL_SECRET_GROUPS, REQUIRED_SECRETS } from './secrets';

const VALUES: Record<string, string> = {
  DATABASE_URL: 'postgres://user:pass@ep-x.neon.tech/neondb?sslmode=require',
  JWT_SECRET: 'j'.repeat(32),
  DATA_ENCRYPTION_KEY: 'ab'.repeat(32),
};

/** The deployed Worker's env: wrangler.toml's vars and bindings, plus the given secrets. */
function deployedEnv(secrets: Record<string, string>): Env {
  const toml = parse(readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')) as {
    vars: Record<string, string>;
    kv_namespaces: { binding: string }[];
    queues: { producers: { binding: string }[] };
    ratelimits: { name: string }[];
    r2_buckets: { binding: string }[];
  };
  const fake = { send() {}, get() {}, put() {}, limit() {}, fetch() {} };
  const bindings = [
    ...toml.kv_namespaces.map((k) => k.binding),
    ...toml.queues.producers.map((p) => p.binding),
    ...toml.ratelimits.map((r) => r.name),
    ...toml.r2_buckets.map((r) => r.binding),
    'ASSETS',
  ];
  return { ...toml.vars, ...Object.fromEntries(bindings.map((b) => [b, fake])), ...secrets } as unknown as Env;
}

describe('REQUIRED_SECRETS', () => {
  it('are exactly what the deployed Worker needs beyond wrangler.toml', () => {
    expect(Object.keys(REQUIRED_SECRETS).sort()).toEqual(Object.keys(VALUES).sort());
    expect(() => loadConfig(deployedEnv(VALUES))).not.toThrow();
  });

  it.each(Object.keys(VALUES))('without %s the Worker refuses to start', (name) => {
    const { [name]: _dropped, ...rest } = VALUES;
    expect(() => loadConfig(deployedEnv(rest))).toThrow(name);
  });
});

describe('the secrets listed', () => {
  // Names of the Env fields that hold credentials: tokens, keys, secrets, ids of an account.
  const CREDENTIAL = /(TOKEN|SECRET|_KEY|CLIENT_ID|WEBHOOK_ID|ZONE_ID|DATABASE_URL)$/;

  it('cover every credential the Worker reads (workers/env.ts), each once', () => {
    const envSource = readFileSync(new URL('../../workers/env.ts', import.meta.url), 'utf8');
    const envInterface = envSource.slice(envSource.indexOf('export interface Env'), envSource.indexOf('\n}\n'));
    const credentials = [...envInterface.matchAll(/^ {2}([A-Z][A-Z0-9_]+)\??:/gm)]
      .map((m) => m[1]!)
      .filter((name) => CREDENTIAL.test(name));
    expect(credentials).toEqual(expect.arrayContaining(['TELEGRAM_BOT_TOKEN', 'STRIPE_SECRET_KEY']));
    const listed = [...Object.keys(REQUIRED_SECRETS), ...OPTIONAL_SECRET_GROUPS.flatMap((g) => g.secrets)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...credentials].sort());
  });

  it('with BILLING_ENABLED = "true" the Worker refuses to start without each Stripe secret', () => {
    const stripe = {
      STRIPE_SECRET_KEY: 'sk_live_abc123',
      STRIPE_BILLING_WEBHOOK_SECRET: `whsec_${'a'.repeat(32)}`,
    };
    expect(Object.keys(stripe).sort()).toEqual(Object.keys(BILLING_SECRETS).sort());
    const on: Record<string, string> = { ...VALUES, ...stripe, BILLING_ENABLED: 'true' };
    expect(() => loadConfig(deployedEnv(on))).not.toThrow();
    for (const name of Object.keys(stripe)) {
      const { [name]: _dropped, ...rest } = on;
      expect(() => loadConfig(deployedEnv(rest))).toThrow(name);
    }
  });
});

describe('checkSecrets', () => {
  it('names each missing required secret with the command that sets it', () => {
    const { missing } = checkSecrets(['JWT_SECRET']);
    expect(missing).toHaveLength(2);
    expect(missing[0]).toMatch(/^npx wrangler secret put DATABASE_URL +# /);
    expect(missing[1]).toMatch(/^npx wrangler secret put DATA_ENCRYPTION_KEY +# openssl rand -hex 32/);
  });

  it.each<[string, string[], string[]]>([
    [
      'nothing optional',
      [],
      [
        'PayPal payouts: off (set PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET, PAYPAL_WEBHOOK_ID to turn it on)',
        'Stripe Connect payouts from the platform account (docs/finance.md): off (set STRIPE_PAYOUTS_SECRET_KEY, STRIPE_PAYOUTS_WEBHOOK_SECRET to turn it on)',
        "gift-card payouts from the deployment's Tremendous account, for advertisers who connect none of their own (docs/finance.md): off (set TREMENDOUS_API_KEY, TREMENDOUS_WEBHOOK_KEY to turn it on)",
        "Wise bank transfers from the deployment's Wise profile, for advertisers who connect none of their own (with the WISE_PROFILE_ID var; docs/finance.md): off (set WISE_API_TOKEN, WISE_WEBHOOK_PUBLIC_KEY to turn it on)",
        'sending email (with the EMAIL_API_BASE_URL var): off (set EMAIL_API_KEY to turn it on)',
        'Telegram notifications (with the TELEGRAM_BOT_USERNAME var): off (set TELEGRAM_BOT_TOKEN, TELEGRAM_WEBHOOK_SECRET to turn it on)',
        'custom domains (with the CUSTOM_DOMAIN_CNAME_TARGET var): off (set CLOUDFLARE_API_TOKEN, CLOUDFLARE_ZONE_ID to turn it on)',
        'Stripe Billing (with BILLING_ENABLED = "true"): off (set STRIPE_SECRET_KEY, STRIPE_BILLING_WEBHOOK_SECRET to turn it on)',
        'sign-in with Google (docs/accounts.md): off (set GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET to turn it on)',
        'sign-in with GitHub (docs/accounts.md): off (set GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET to turn it on)',
      ],
    ],
    [
      'half of PayPal',
      ['PAYPAL_CLIENT_ID', 'EMAIL_API_KEY', 'TELEGRAM_BOT_TOKEN', 'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ZONE_ID'],
      [
        'PayPal payouts: off until the rest is set: npx wrangler secret put PAYPAL_CLIENT_SECRET; npx wrangler secret put PAYPAL_WEBHOOK_ID',
        'Stripe Connect payouts from the platform account (docs/finance.md): off (set STRIPE_PAYOUTS_SECRET_KEY, STRIPE_PAYOUTS_WEBHOOK_SECRET to turn it on)',
        "gift-card payouts from the deployment's Tremendous account, for advertisers who connect none of their own (docs/finance.md): off (set TREMENDOUS_API_KEY, TREMENDOUS_WEBHOOK_KEY to turn it on)",
        "Wise bank transfers from the deployment's Wise profile, for advertisers who connect none of their own (with the WISE_PROFILE_ID var; docs/finance.md): off (set WISE_API_TOKEN, WISE_WEBHOOK_PUBLIC_KEY to turn it on)",
        'sending email (with the EMAIL_API_BASE_URL var): on',
        'Telegram notifications (with the TELEGRAM_BOT_USERNAME var): off until the rest is set: npx wrangler secret put TELEGRAM_WEBHOOK_SECRET',
        'custom domains (with the CUSTOM_DOMAIN_CNAME_TARGET var): on',
        'Stripe Billing (with BILLING_ENABLED = "true"): off (set STRIPE_SECRET_KEY, STRIPE_BILLING_WEBHOOK_SECRET to turn it on)',
        'sign-in with Google (docs/accounts.md): off (set GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET to turn it on)',
        'sign-in with GitHub (docs/accounts.md): off (set GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET to turn it on)',
      ],
    ],
  ])('optional features with %s', (_label, set, notes) => {
    expect(checkSecrets([...Object.keys(VALUES), ...set])).toEqual({ missing: [], notes });
  });

  it('with billing on, missing Stripe secrets are required, not optional', () => {
    const { missing } = checkSecrets([...Object.keys(VALUES), 'STRIPE_SECRET_KEY'], { BILLING_ENABLED: 'true' });
    expect(missing).toEqual([
      expect.stringMatching(/^npx wrangler secret put STRIPE_BILLING_WEBHOOK_SECRET +# the whsec_/),
    ]);
    expect(checkSecrets(Object.keys(VALUES), { BILLING_ENABLED: 'false' }).missing).toEqual([]);
  });
});
