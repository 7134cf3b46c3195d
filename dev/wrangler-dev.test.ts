import { describe, expect, it } from 'vitest';
import { wranglerDevArgs } from './wrangler-dev';

const base = {
  databaseUrl: 'postgres://postgres:postgres@localhost:54330/affiliate_edge',
  proxy: '127.0.0.1:54331/v1',
  secret: (name: string) => `secret-of-${name}`,
  persistTo: '/tmp/wrangler',
};

/** The `--var`s of a command line, as name → value (a later one wins, as in wrangler). */
function varsOf(args: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  args.forEach((arg, i) => {
    if (arg !== '--var') return;
    const pair = args[i + 1]!;
    const colon = pair.indexOf(':');
    vars[pair.slice(0, colon)] = pair.slice(colon + 1);
  });
  return vars;
}

describe('wranglerDevArgs', () => {
  it.each([
    [8787, 'http://localhost:8787'],
    [8801, 'http://localhost:8801'],
    [3000, 'http://localhost:3000'],
  ])('on port %i, email links and the unknown-code fallback point at %s', (port, origin) => {
    const args = wranglerDevArgs({ ...base, port });
    expect(args.slice(0, 3)).toEqual(['dev', '--port', String(port)]);
    expect(varsOf(args)).toMatchObject({ APP_BASE_URL: origin, DEFAULT_FALLBACK_URL: `${origin}/` });
  });

  it('passes the database, relay, development mode and each local secret', () => {
    expect(varsOf(wranglerDevArgs({ ...base, port: 8801 }))).toMatchObject({
      ENVIRONMENT: 'development',
      DATABASE_URL: base.databaseUrl,
      NEON_WS_PROXY: base.proxy,
      JWT_SECRET: 'secret-of-JWT_SECRET',
      DATA_ENCRYPTION_KEY: 'secret-of-DATA_ENCRYPTION_KEY',
    });
  });

  it("the caller's vars win, and each var is passed once", () => {
    const args = wranglerDevArgs({
      ...base,
      port: 8801,
      vars: { PAYPAL_BASE_URL: 'http://127.0.0.1:8811', APP_BASE_URL: 'https://app.example' },
    });
    expect(varsOf(args)).toMatchObject({
      PAYPAL_BASE_URL: 'http://127.0.0.1:8811',
      APP_BASE_URL: 'https://app.example',
    });
    const names = args.filter((_, i) => args[i - 1] === '--var').map((pair) => pair.split(':')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('sets the devtools port only when asked, so two wrangler devs can run side by side', () => {
    expect(wranglerDevArgs({ ...base, port: 8801 })).not.toContain('--inspector-port');
    const args = wranglerDevArgs({ ...base, port: 8801, inspectorPort: 40123 });
    expect(args[args.indexOf('--inspector-port') + 1]).toBe('40123');
  });
});
