import { describe, expect, it } from 'vitest';
import { localWorkerVars } from './wrangler-dev';

const base = {
  databaseUrl: 'postgres://postgres:postgres@localhost:54330/affiliate_edge',
  proxy: '127.0.0.1:54331/v1',
  secret: (name: string) => `secret-of-${name}`,
};

describe('localWorkerVars', () => {
  it.each([
    [8787, 'http://localhost:8787'],
    [8801, 'http://localhost:8801'],
    [3000, 'http://localhost:3000'],
  ])('on port %i, email links and the unknown-code fallback point at %s', (port, origin) => {
    expect(localWorkerVars({ ...base, port })).toMatchObject({
      APP_BASE_URL: origin,
      DEFAULT_FALLBACK_URL: `${origin}/`,
    });
  });

  it('passes the database, relay, development mode and each local secret', () => {
    expect(localWorkerVars({ ...base, port: 8801 })).toMatchObject({
      ENVIRONMENT: 'development',
      DATABASE_URL: base.databaseUrl,
      NEON_WS_PROXY: base.proxy,
      JWT_SECRET: 'secret-of-JWT_SECRET',
      DATA_ENCRYPTION_KEY: 'secret-of-DATA_ENCRYPTION_KEY',
    });
  });

  it("the caller's vars win", () => {
    expect(
      localWorkerVars({
        ...base,
        port: 8801,
        vars: { PAYPAL_BASE_URL: 'http://127.0.0.1:8811', APP_BASE_URL: 'https://app.example' },
      }),
    ).toMatchObject({ PAYPAL_BASE_URL: 'http://127.0.0.1:8811', APP_BASE_URL: 'https://app.example' });
  });
});
