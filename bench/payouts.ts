// Payout benchmark: one advertiser with 15,000 affiliates holding approved commissions, timed
// through proposePayouts (one transaction: lock, plan, 15,000 items, links, in_payout), approval
// (parts cut), sendPayoutBatch (one PayPal call of 15,000 items to the local PayPal server,
// recorded) and pollPayoutResults (every item's SUCCESS read back and applied: lines paid, one
// transaction per item); then 15,001 affiliates, which PayPal's per-call limit splits into 2 parts.
// Prints figures; it is not a test.
//
//   npm run bench:payouts
//   BENCH_AFFILIATES=15000,15001 npm run bench:payouts
import { sql } from 'drizzle-orm';
import { freePort } from '../dev/free-port';
import { startPayPalServer } from '../dev/paypal-server';
import * as s from '../schema';
import type { ServiceContext } from '../workers/context';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { approvePayoutBatch } from '../workers/services/payouts/approve-payout-batch';
import { pollPayoutResults } from '../workers/services/payouts/poll-payout-results';
import { proposePayouts } from '../workers/services/payouts/propose-payouts';
import { sendPayoutBatch } from '../workers/services/payouts/send-payout-batch';
import { startPayoutSend } from '../workers/services/payouts/start-payout-send';
import { createTenant } from '../test/tenant';
import { startIngestStack, type Db } from './lib/ingest-stack';
import { machineLine, table } from './lib/machine';

const SIZES = (process.env.BENCH_AFFILIATES ?? '15000,15001').split(',').map(Number);
const PAYPAL = { clientId: 'bench-client', clientSecret: 'bench-secret', webhookId: 'BENCHWEBHOOK1' };
/** Stands in for the notifications queue binding: the bench measures our writes, not a queue. */
const discardingQueue = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue<unknown>;

/** `count` affiliates of a fresh advertiser, each with one approved $150.00 commission, written in bulk. */
async function seedAdvertiser(db: Db, count: number) {
  const t = await createTenant(db);
  const [conversion] = await db
    .insert(s.conversions)
    .values({
      organizationId: t.org.id,
      appId: t.app.id,
      programId: t.program.id,
      eventId: `bench-${t.org.id}`,
      eventType: 'sale',
      status: 'approved',
      occurredAt: new Date(),
      amountMinor: 50_000,
      currency: 'USD',
    })
    .returning();
  // PG 18's uuidv7() is fine here: this is bench data, not the app's write path.
  await db.execute(sql`
    WITH payees AS (
      INSERT INTO affiliate.users (id, email, approved_affiliate, paypal_email, paypal_email_verified_at)
      SELECT uuidv7(), 'bench-' || ${t.org.id}::text || '-' || g || '@example.com', true, 'pp-' || g || '@example.com', now()
      FROM generate_series(1, ${count}) g
      RETURNING id)
    INSERT INTO affiliate.commissions (id, conversion_id, organization_id, program_id, beneficiary_id, level, kind, amount_minor, currency, status, hold_until, approved_at)
    SELECT uuidv7(), ${conversion!.id}, ${t.org.id}, ${t.program.id}, id, 0, 'commission', 15000, 'USD', 'approved', now(), now() FROM payees`);
  const [approver] = await db
    .insert(s.users)
    .values({ email: `approver-${t.org.id}@example.com` })
    .returning();
  const [sender] = await db
    .insert(s.users)
    .values({ email: `sender-${t.org.id}@example.com` })
    .returning();
  await db.execute(sql`ANALYZE affiliate.commissions, affiliate.users`);
  return { organizationId: t.org.id, approverId: approver!.id, senderId: sender!.id };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function main() {
  const stack = await startIngestStack({ tenants: 0, history: 0 });
  const paypal = await startPayPalServer({ port: await freePort(), ...PAYPAL, processingDelayMs: 500 });
  try {
    const config = {
      ...stack.config,
      PAYPAL_BASE_URL: paypal.url,
      PAYPAL_CLIENT_ID: PAYPAL.clientId,
      PAYPAL_CLIENT_SECRET: PAYPAL.clientSecret,
      PAYPAL_WEBHOOK_ID: PAYPAL.webhookId,
      NOTIFICATIONS: discardingQueue,
    } as Config;
    const rows: (string | number)[][] = [];
    for (const size of SIZES) {
      const seeded = await seedAdvertiser(stack.admin, size);
      const ctx = (userId?: string): ServiceContext => ({
        db: stack.admin,
        config,
        now: new Date(),
        log: createLogger(),
        ...(userId
          ? {
              actor: { userId, platformRole: 'none' as const },
              tenant: { kind: 'advertiser' as const, organizationId: seeded.organizationId, role: 'finance' as const },
            }
          : {}),
      });
      const proposed = await timed(() =>
        proposePayouts({ ctx: ctx(), input: { organizationId: seeded.organizationId } }),
      );
      const batch = proposed.value.batches[0]!;
      if (batch.itemCount !== size) throw new Error(`proposed ${batch.itemCount} items, expected ${size}`);
      const approved = await timed(() =>
        approvePayoutBatch({ ctx: ctx(seeded.approverId), input: { batchId: batch.batchId } }),
      );
      const sent = await timed(async () => {
        await startPayoutSend({ ctx: ctx(seeded.senderId), input: { batchId: batch.batchId } });
        return sendPayoutBatch({ ctx: ctx(), input: { batchId: batch.batchId } });
      });
      const outcomes = Object.values(sent.value.parts);
      if (sent.value.status !== 'sent' || outcomes.some((o) => o !== 'sent'))
        throw new Error(`send ended ${sent.value.status}: ${JSON.stringify(sent.value.parts)}`);
      // The local server finishes a batch after 500 ms; then one poll reads and applies it all.
      await new Promise((r) => setTimeout(r, 1_000));
      const polled = await timed(() => pollPayoutResults({ ctx: ctx(), input: { limit: 50 } }));
      if (polled.value.applied !== size)
        throw new Error(`poll applied ${polled.value.applied} results, expected ${size}`);
      const perSecond = (ms: number) => Math.round((size / ms) * 1000);
      rows.push(
        [
          `${size}`,
          'proposePayouts',
          Math.round(proposed.ms),
          perSecond(proposed.ms),
          `${batch.linesLinked} lines linked`,
        ],
        [`${size}`, 'approve (parts)', Math.round(approved.ms), perSecond(approved.ms), `${outcomes.length} part(s)`],
        [
          `${size}`,
          'send to PayPal',
          Math.round(sent.ms),
          perSecond(sent.ms),
          `${outcomes.length} create-payout call(s), recorded`,
        ],
        [
          `${size}`,
          'poll results',
          Math.round(polled.ms),
          perSecond(polled.ms),
          `${polled.value.applied} SUCCESS applied, lines paid`,
        ],
      );
    }
    console.log(`\nPayout batches (${machineLine()})`);
    console.log(`${stack.settingsLine}; local PayPal server (dev/paypal-server.ts) in this process\n`);
    console.log(table(['affiliates', 'step', 'ms', 'items/s', 'notes'], rows));
  } finally {
    await paypal.close();
    await stack.stop();
  }
}

await main();
