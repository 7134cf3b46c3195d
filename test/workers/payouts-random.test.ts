import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { prng } from '../../dev/prng';
import type { ServiceContext } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import type { PaypalItemStatus } from '../../workers/domain/payout-item-transition';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { applyItemResult } from '../../workers/services/payouts/apply-item-result';
import {
  approvePayoutBatch,
  cancelPayoutBatch,
  excludePayoutItem,
  pollPayoutResults,
  proposePayouts,
  sendPayoutBatch,
  startPayoutSend,
} from '../../workers/services/payouts';
import { addMember, createAdvertiser } from '../actors';
import { serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { earn, refund } from '../finance';
import { testDb } from '../fixtures';
import { addPayee, createCalls } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const SEED = 20_261_122;
const ROUNDS = 6;
const SALES_PER_ROUND = 220;
const DAY = 86_400_000;
// Receiver tags of the local PayPal server: most succeed, the rest exercise every other outcome.
const TAGS = ['', '', '', '', '', 'failed', 'unclaimed', 'returned', 'blocked', 'refunded', 'onhold', ''];
const LATE: PaypalItemStatus[] = ['SUCCESS', 'RETURNED', 'REVERSED', 'REFUNDED', 'PENDING', 'UNCLAIMED', 'FAILED'];

// Traffic runs this many operations at once, as a busy program's does. The plan is still drawn from the seed one
// operation after another; a refund waits for its sale and the refunds before it.
const CONCURRENCY = 4;

interface Sale {
  payee: Awaited<ReturnType<typeof addPayee>>;
  currency: 'USD' | 'EUR';
  amount: number;
  refunded: number;
  /** Its order id once the sale and every refund planned before are recorded. */
  recorded: Promise<string>;
}

// One test per round, on one shared history: each round's budget is its own, so a loaded runner that takes
// longer over the whole history fails no round by chance, and a failure names the round it broke in.
describe('randomized payouts keep the ledger whole through thousands of seeded events', () => {
  const rnd = prng(SEED);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd.next() * (hi - lo + 1));
  const sales: Sale[] = [];
  const counts: Record<string, number> = {};
  const count = (what: string, n = 1) => (counts[what] = (counts[what] ?? 0) + n);
  let org: Awaited<ReturnType<typeof createAdvertiser>>;
  let payees: Sale['payee'][];
  let as: (userId: string) => ServiceContext;
  let creator: { userId: string };
  let approver: { userId: string };
  let sender: { userId: string };
  const ledger = async (phase: string) => {
    const check = await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
    expect(check.discrepancies, `after ${phase}`).toEqual([]);
  };

  beforeAll(async () => {
    org = await createAdvertiser(db);
    [creator, approver, sender] = [
      org.finance,
      await addMember(db, org.org.id, 'finance'),
      await addMember(db, org.org.id, 'owner'),
    ];
    payees = [];
    for (const tag of TAGS)
      payees.push(
        await addPayee(db, org, {
          paypalEmail: `rnd-${crypto.randomUUID().slice(0, 8)}${tag ? `+${tag}` : ''}@example.com`,
        }),
      );
    as = (userId) => ({
      ...serviceCtx(db),
      actor: { userId, platformRole: 'none' },
      tenant: { kind: 'advertiser', organizationId: org.org.id, role: 'finance' },
    });
  });

  /** Clicks and sales in two currencies, partial and full refunds, CONCURRENCY at a time. */
  async function traffic(): Promise<void> {
    const running = new Set<Promise<unknown>>();
    const all: Promise<unknown>[] = [];
    // Resolves once the operation has started (a slot was free), with its own promise in a box: a promise
    // resolved with a promise would wait for the inner one.
    const start = async <T>(op: () => Promise<T>): Promise<{ done: Promise<T> }> => {
      while (running.size >= CONCURRENCY) await Promise.race(running);
      const done = op();
      const settled: Promise<unknown> = done.then(
        () => running.delete(settled),
        () => running.delete(settled),
      );
      running.add(settled);
      all.push(done);
      return { done };
    };
    for (let i = 0; i < SALES_PER_ROUND; i++) {
      if (sales.length > 0 && rnd.next() < 0.18) {
        const sale = rnd.pick(sales);
        const left = sale.amount - sale.refunded;
        if (left <= 0) continue;
        const amount = rnd.next() < 0.5 ? left : int(1, left);
        const before = sale.recorded;
        sale.recorded = (
          await start(async () => {
            const orderId = await before;
            await refund(db, sale.payee, orderId, amount, sale.currency);
            return orderId;
          })
        ).done;
        sale.refunded += amount;
        count('refunds');
      } else {
        const payee = rnd.pick(payees);
        const currency = rnd.next() < 0.25 ? 'EUR' : 'USD';
        const amount = int(2_000, 60_000);
        const { done: recorded } = await start(async () => (await earn(db, payee, amount, currency)).orderId);
        sales.push({ payee, currency, amount, refunded: 0, recorded });
        count('sales');
      }
    }
    await Promise.all(all);
  }

  for (let round = 0; round < ROUNDS; round++)
    it(`round ${round + 1} of ${ROUNDS}: traffic, holds ending, racing proposals and senders, late results`, {
      timeout: 300_000,
    }, async () => {
      await traffic();
      await ledger(`traffic ${round}`);

      // Holds end: the clock moves a month on.
      const released = await releaseHolds({
        ctx: serviceCtx(db, new Date(Date.now() + (round + 1) * 31 * DAY)),
        input: { batchSize: 1000, maxBatches: 100 },
      });
      count('released', released.released);
      await ledger(`hold release ${round}`);

      // Two proposals race, as a cron run and a finance click might.
      const proposals = await Promise.all([
        proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } }),
        proposePayouts({ ctx: as(creator.userId), input: { organizationId: org.org.id } }),
      ]);
      const batchIds = [...new Set(proposals.flatMap((p) => p.batches.map((b) => b.batchId)))];
      count('proposals', 2);
      await ledger(`proposal ${round}`);

      for (const batchId of batchIds) {
        const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batchId));
        const roll = rnd.next();
        if (roll < 0.1) {
          await cancelPayoutBatch({ ctx: as(creator.userId), input: { batchId } });
          count('cancels');
          await ledger(`cancel ${round}`);
          continue;
        }
        if (roll < 0.4 && items.length > 1) {
          await excludePayoutItem({ ctx: as(creator.userId), input: { batchId, itemId: rnd.pick(items).id } });
          count('excludes');
          await ledger(`exclude ${round}`);
        }
        await approvePayoutBatch({ ctx: as(approver.userId), input: { batchId } });
        // Two senders race; exactly one gets the batch.
        const starts = await Promise.allSettled([
          startPayoutSend({ ctx: as(sender.userId), input: { batchId } }),
          startPayoutSend({ ctx: as(sender.userId), input: { batchId } }),
        ]);
        expect(starts.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        await sendPayoutBatch({ ctx: serviceCtx(db), input: { batchId } });
        expect(await createCalls(batchId)).toEqual(expect.objectContaining({ createPayoutCalls: 1, batches: 1 }));
        count('sends');
        await ledger(`send ${round}`);
      }

      // Results by polling, then late and repeated results of every kind.
      await eventually(
        async () => {
          await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
          const open = await db
            .select({ id: s.payoutItems.id })
            .from(s.payoutItems)
            .where(eq(s.payoutItems.status, 'pending'));
          return open.length === 0 ? true : undefined;
        },
        30_000,
        `results of round ${round}`,
      );
      await ledger(`poll ${round}`);
      const sent = await db
        .select()
        .from(s.payoutItems)
        .where(inArray(s.payoutItems.status, ['success', 'unclaimed', 'onhold', 'returned', 'failed']));
      for (let i = 0; i < Math.min(40, sent.length); i++) {
        const item = rnd.pick(sent);
        const result = await applyItemResult({
          ctx: serviceCtx(db),
          input: {
            payoutItemId: item.id,
            paypalItemId: item.paypalItemId,
            transactionStatus: rnd.pick(LATE),
            transactionId: null,
            error: null,
          },
        });
        count(`late_${result.transition ?? result.outcome}`);
      }
      await ledger(`late results ${round}`);
    });

  it('every success paid exactly its lines, and nothing is paid twice', async () => {
    const paidLines = await db.execute<{ n: string; dup: string }>(
      `SELECT count(*) AS n, count(*) - count(DISTINCT l.commission_id) AS dup FROM affiliate.payout_item_commissions l JOIN affiliate.payout_items i ON i.id = l.payout_item_id WHERE i.status = 'success'`,
    );
    expect(Number(paidLines.rows[0]!.dup)).toBe(0);
    const events = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({ seed: SEED, events, ...counts }));
    expect(counts.sales! + counts.refunds!).toBeGreaterThan(1_000);
    expect(events).toBeGreaterThan(2_000);
    expect(counts.sends).toBeGreaterThan(3);
  });
});
