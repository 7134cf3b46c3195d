import { env } from 'cloudflare:workers';
import { eq, inArray } from 'drizzle-orm';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { releaseHolds } from '../workers/services/finance';
import { serviceCtx } from './conversions';
import { earn, setHoldUntil } from './finance';
import type { createTenant } from './tenant';

type Tenant = Awaited<ReturnType<typeof createTenant>>;

let counter = 0;

/**
 * Another affiliate of the tenant's program, with a PayPal email (verified unless told). The
 * result works wherever a tenant does (earn, insertClick), crediting this affiliate.
 */
export async function addPayee(
  db: Db,
  tenant: Tenant,
  opts: { verified?: boolean; paypalEmail?: string; program?: typeof s.programs.$inferSelect } = {},
): Promise<Tenant> {
  const tag = `${Date.now().toString(36)}-${(counter++).toString(36)}`;
  const [affiliate] = await db
    .insert(s.users)
    .values({
      email: `payee-${tag}@example.com`,
      approvedAffiliate: true,
      paypalEmail: opts.paypalEmail ?? `pp-${tag}@example.com`,
      paypalEmailVerifiedAt: opts.verified === false ? null : new Date(),
    })
    .returning();
  const program = opts.program ?? tenant.program;
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: program.id,
      affiliateId: affiliate!.id,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `code-${tag}`,
    })
    .returning();
  return { ...tenant, program, affiliate: affiliate!, enrollment: enrollment! };
}

/** A second program of the tenant (same app), e.g. with its own currency or payout minimum. */
export async function addProgram(db: Db, tenant: Tenant, values: Partial<typeof s.programs.$inferInsert>) {
  const [program] = await db
    .insert(s.programs)
    .values({
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      name: 'Program 2',
      slug: `program-${Date.now().toString(36)}-${(counter++).toString(36)}`,
      status: 'active',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 3000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      ...values,
    })
    .returning();
  return program!;
}

/** Sales through the real pipeline whose commissions are then released from hold: approved lines. */
export async function approvedSales(db: Db, payee: Tenant, saleAmounts: number[], currency = 'USD') {
  const lines = [];
  for (const amount of saleAmounts) lines.push(await earn(db, payee, amount, currency));
  await setHoldUntil(
    db,
    lines.map((l) => l.id),
    new Date(Date.now() - 1000),
  );
  await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 1000, maxBatches: 100 } });
  return lines;
}

export const statusesOf = async (db: Db, ids: string[]) =>
  Object.fromEntries(
    (
      await db
        .select({ id: s.commissions.id, status: s.commissions.status })
        .from(s.commissions)
        .where(inArray(s.commissions.id, ids))
    ).map((r) => [r.id, r.status]),
  );

export const itemsOf = (db: Db, batchId: string) =>
  db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batchId));

/** The local PayPal server's test-only control API. */
export async function paypalControl<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${env.PAYPAL_BASE_URL}/__control/${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`PayPal control ${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export const createCalls = (senderBatchId: string) =>
  paypalControl<{ createPayoutCalls: number; batches: number }>(
    'GET',
    `calls?senderBatchId=${encodeURIComponent(senderBatchId)}`,
  );

export interface OutboxWebhook {
  id: string;
  eventType: string;
  headers: Record<string, string>;
  /** The exact bytes the server would have POSTed. */
  body: string;
}
export const webhooksOf = async (senderBatchId: string) =>
  (
    await paypalControl<{ webhooks: OutboxWebhook[] }>(
      'GET',
      `webhooks?senderBatchId=${encodeURIComponent(senderBatchId)}`,
    )
  ).webhooks;
