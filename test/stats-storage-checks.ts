import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { prng } from '../dev/prng';
import * as s from '../schema';
import type { ClickMessage } from '../workers/contracts/click-message';
import type { Db } from '../workers/db/client';
import worker from '../workers/index';
import { clickMessageFor, clickOwnerOf } from './click-messages';
import { createTenant } from './fixtures';
import { CHECKS } from './stats-checks-sql';

export { CHECKS, Z } from './stats-checks-sql';

// What the stats storage tests share: each rollup checked against the same aggregate of raw rows,
// clicks through the real queue consumer, and a tenant whose conversions pay an upline.

export type Tenant = Awaited<ReturnType<typeof createTenant>>;
export const HOUR = 3_600_000;
const DESKTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const MOBILE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

export async function rows(db: Db, query: string): Promise<string[]> {
  const result = await db.execute(sql.raw(query));
  return (result.rows as { r: string }[]).map((r) => r.r).sort();
}

/** Every rollup's rows, by table. */
export async function snapshot(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, q] of Object.entries(CHECKS)) out[table] = await rows(db, q.rollup);
  return out;
}

export async function expectRollupsEqualRaw(db: Db, phase: string) {
  for (const [table, q] of Object.entries(CHECKS)) {
    expect(await rows(db, q.rollup), `${table} ${phase}`).toEqual(await rows(db, q.raw));
  }
}

export async function consume(bodies: unknown[]) {
  const batch = createMessageBatch(
    'clicks',
    bodies.map((body, i) => ({ id: `m-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  expect(result.retryMessages).toEqual([]);
}

export function clickMessage(tenant: Tenant, at: number, rnd: ReturnType<typeof prng>): ClickMessage {
  const reject = rnd.next();
  const subs = ['', 'a', 'b', 'c'].slice(0, 1 + Math.floor(rnd.next() * 4)).filter(Boolean);
  return clickMessageFor(clickOwnerOf(tenant), {
    at,
    ip: `203.0.113.${1 + Math.floor(rnd.next() * 200)}`,
    userAgent: rnd.pick([DESKTOP, MOBILE, CHROME]),
    // A few repeated fingerprints, so some clicks are not unique.
    fingerprint: Math.floor(rnd.next() * 40)
      .toString(16)
      .padStart(32, '0'),
    country: rnd.pick(['US', 'DE', 'FR', null]),
    sub: subs.map((v) => `${v}${Math.floor(rnd.next() * 3)}`),
    rejectReason: reject < 0.08 ? 'geo_blocked' : null,
  });
}

/** An affiliate with an upline (multi-level lines) and a verified PayPal email (payout proposals). */
export async function tenantWithUpline(db: Db, currency: string): Promise<Tenant> {
  const tenant = await createTenant(db, {
    program: { currency, multiLevelRatesBps: [1000, 500] },
  });
  const [upline] = await db
    .insert(s.users)
    .values({ email: `up-${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
    .returning();
  await db
    .update(s.users)
    .set({
      referredById: upline!.id,
      paypalEmail: `pp-${crypto.randomUUID()}@example.com`,
      paypalEmailVerifiedAt: new Date(),
    })
    .where(eq(s.users.id, tenant.affiliate.id));
  return tenant;
}
