import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { type Env, loadConfig } from '../../workers/env';
import { checkSecrets, REQUIRED_SECRETS } from './secrets';

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
        'sending email (with the EMAIL_API_BASE_URL var): off (set EMAIL_API_KEY to turn it on)',
      ],
    ],
    [
      'half of PayPal',
      ['PAYPAL_CLIENT_ID', 'EMAIL_API_KEY'],
      [
        'PayPal payouts: off until the rest is set: npx wrangler secret put PAYPAL_CLIENT_SECRET; npx wrangler secret put PAYPAL_WEBHOOK_ID',
        'sending email (with the EMAIL_API_BASE_URL var): on',
      ],
    ],
  ])('optional features with %s', (_label, set, notes) => {
    expect(checkSecrets([...Object.keys(VALUES), ...set])).toEqual({ missing: [], notes });
  });
});
