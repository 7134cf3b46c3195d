import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { paidOnceAtStripe, paidPerRail, runCheckpoint } from '../../bench/lib/soak-invariants';
import type { TremendousOrderSeen, WiseTransferSeen } from '../../bench/lib/soak-rails';
import { externalSettledOnce, paidOnceAtTremendous, paidOnceAtWise } from '../../bench/lib/soak-rails-invariants';
import type { StripeTransferSeen } from '../../bench/lib/soak-stripe';
import type { Db } from '../../workers/db/client';
import { releaseHolds } from '../../workers/services/finance';
import { rebuildStats } from '../../workers/services/stats';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { earn, putInPayout, refund, setHoldUntil } from '../finance';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

// The soak's own invariant queries (bench/lib/soak-invariants.ts) hold on a healthy ledger and
// each one fails on the corruption it is there to catch.
useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const failing = async (clicks: number) =>
  (await runCheckpoint(serviceCtx(db), clicks)).results.filter((r) => !r.ok).map((r) => r.name);

describe('the soak checkpoint', () => {
  it('passes a healthy ledger and names each corruption', async () => {
    const t = await createAdvertiser(db);
    const [held, paid, clawedBack] = [await earn(db, t, 1000), await earn(db, t, 4000), await earn(db, t, 5000)];
    await setHoldUntil(db, [paid.id, clawedBack.id], new Date(Date.now() - 1000));
    await releaseHolds({
      ctx: serviceCtx(db),
      input: { batchSize: 100, maxBatches: 10 },
    });
    const done = await putInPayout(db, t, [paid, clawedBack], 'success');
    // A refund after payout: a negative approved adjustment, carried into the next payout.
    await refund(db, t, clawedBack.orderId, 5000);
    // The fixtures write their clicks by hand, past the consumer that moves the click rollups: summed again here.
    await rebuildStats({ ctx: serviceCtx(db), input: {} });
    const clicks = 3;
    expect(await failing(clicks)).toEqual([]);

    // A successful item whose lines are not paid: money PayPal sent that the ledger does not show.
    const [batch] = await db
      .insert(s.payoutBatches)
      .values({ ...done.batch, id: undefined })
      .returning();
    const [again] = await db
      .insert(s.payoutItems)
      .values({ ...done.item, id: undefined, batchId: batch!.id })
      .returning();
    expect(await failing(clicks)).toEqual(expect.arrayContaining(['paid lines = successful payout items']));
    await db.delete(s.payoutItems).where(eq(s.payoutItems.id, again!.id));
    await db.delete(s.payoutBatches).where(eq(s.payoutBatches.id, batch!.id));
    expect(await failing(clicks)).toEqual([]);

    // A negative approved line that claws back nothing paid: money taken from the affiliate.
    const { orderId: _, id: __, ...line } = held;
    const [stray] = await db
      .insert(s.commissions)
      .values({
        ...line,
        kind: 'adjustment',
        amountMinor: -900,
        status: 'approved',
        reversesCommissionId: held.id,
      })
      .returning();
    expect(await failing(clicks)).toEqual(
      expect.arrayContaining(['no negative approved balance except a carried clawback']),
    );
    await db.update(s.commissions).set({ amountMinor: -2000 }).where(eq(s.commissions.id, stray!.id));
    expect(await failing(clicks)).toEqual(expect.arrayContaining(['never reversed more than earned']));
    await db.delete(s.commissions).where(eq(s.commissions.id, stray!.id));

    // A hold gone negative, a click missing.
    await db.insert(s.commissions).values({
      ...line,
      kind: 'adjustment',
      amountMinor: -5000,
      reversesCommissionId: held.id,
    });
    expect(await failing(clicks + 1)).toEqual(
      expect.arrayContaining(['no negative hold, in-payout or paid balance', 'every click written once']),
    );
    await db.delete(s.commissions).where(eq(s.commissions.reversesCommissionId, held.id));
    expect(await failing(clicks)).toEqual([]);

    // A rollup row that counts one conversion too many: what the rules' totals and the reports read.
    const bump = (by: number) =>
      db.execute(`UPDATE affiliate.conversion_stats_hourly SET conversions = conversions + ${by}
        WHERE (organization_id, hour) = (SELECT organization_id, hour FROM affiliate.conversion_stats_hourly
          WHERE organization_id = '${t.org.id}' ORDER BY hour LIMIT 1)`);
    await bump(1);
    expect(await failing(clicks)).toEqual(['every stats rollup equals its aggregate of the raw rows (18 rollups)']);
    await bump(-1);
    expect(await failing(clicks)).toEqual([]);
  });

  it('holds on capped lines, bonuses and group moves made through the API, and names each corruption', async () => {
    const t = await createAdvertiser(db);
    const groups = `/orgs/${t.org.id}/programs/${t.program.id}/groups`;
    const capped = await call(t.owner, 'POST', groups, {
      name: 'Capped',
      spendLimits: [{ period: 'day', maxMinor: 5_000, currency: 'USD' }],
      // Pays what the program pays, so the caps cut as before; its lines carry the rules' verdicts.
      rewardRules: [
        {
          name: 'Everyone',
          events: ['sale'],
          when: { all: [] },
          reward: { commissionType: 'percent', rateBps: 3_000, fixedMinor: null },
        },
      ],
    });
    expectStatus(capped, 201);
    expectStatus(
      await call(t.owner, 'POST', `${groups}/${capped.body.id}/members`, {
        enrollmentIds: [t.enrollment.id],
      }),
      200,
    );
    const workflow = await call(t.owner, 'POST', `/orgs/${t.org.id}/programs/${t.program.id}/workflows`, {
      name: 'Bonus at 40 USD earned',
      trigger: {
        metric: 'commission_minor',
        op: 'gte',
        value: 4_000,
        windowDays: null,
      },
      actions: { bonus: { amountMinor: 700, currency: 'USD' } },
    });
    expectStatus(workflow, 201);
    // 30 % of 10,000 three times in one UTC day under a 5,000 cap: 3,000, then 2,000 (cut), then a zero line.
    const lines = [];
    for (let i = 0; i < 3; i++) lines.push(await saleAtNoon(t, 10_000));
    expect(lines.map((l) => l.amountMinor)).toEqual([3_000, 2_000, 0]);
    const [bonus] = await db.select().from(s.commissions).where(eq(s.commissions.kind, 'bonus'));
    expect(bonus).toMatchObject({
      amountMinor: 700,
      enrollmentId: t.enrollment.id,
    });
    const list = await call(t.owner, 'GET', groups);
    const defaultId = list.body.items.find((g: { isDefault: boolean }) => g.isDefault).id;
    expectStatus(
      await call(t.owner, 'POST', `${groups}/${defaultId}/members`, {
        enrollmentIds: [t.enrollment.id],
      }),
      200,
    );

    // The clicks above were written by hand: their rollups are summed again, as for any hand-written row.
    await rebuildStats({ ctx: serviceCtx(db), input: {} });
    const kept = new Map<string, string>();
    const clicks = Number((await db.execute('SELECT count(*)::int AS n FROM affiliate.clicks')).rows[0]!.n);
    const failing = async () =>
      (await runCheckpoint(serviceCtx(db), clicks, undefined, kept)).results
        .filter((r) => !r.ok)
        .map((r) => r.name.replace(/ \(.*\)$/, ''));
    const healthy = await runCheckpoint(serviceCtx(db), clicks, undefined, kept);
    expect(healthy.results.filter((r) => !r.ok)).toEqual([]);
    expect(healthy.terms).toMatchObject({
      'cap:partial': 1,
      'cap:capped': 1,
      bonus_lines: 1,
      moved_by_staff: 2,
      'rule:Everyone': 3,
    });
    expect(kept.size).toBe(3);

    // The zero line paid in full as if no cap held: the day pays 8,000 against its 5,000.
    const zero = lines[2]!;
    const paid = {
      ...zero.calculation,
      spendLimit: {
        ...(zero.calculation.spendLimit as object),
        paidMinor: 3_000,
        verdict: 'within',
        cutBy: null,
      },
    };
    await db.update(s.commissions).set({ amountMinor: 3_000, calculation: paid }).where(eq(s.commissions.id, zero.id));
    expect(await failing()).toEqual(
      expect.arrayContaining([
        'a capped period never pays more than its limit',
        "moved members' lines keep their amounts and terms",
      ]),
    );
    await db
      .update(s.commissions)
      .set({ amountMinor: 0, calculation: zero.calculation })
      .where(eq(s.commissions.id, zero.id));
    expect(await failing()).toEqual([]);

    // A zero line that does not say why.
    const { spendLimit: _, ...silent } = zero.calculation;
    await db.update(s.commissions).set({ calculation: silent }).where(eq(s.commissions.id, zero.id));
    expect(await failing()).toEqual(
      expect.arrayContaining(['every capped line pays what it says and gives its reason']),
    );
    await db.update(s.commissions).set({ calculation: zero.calculation }).where(eq(s.commissions.id, zero.id));

    // A bonus no crossing paid (the same bonus again, under another event id).
    const [bonusEvent] = await db.select().from(s.conversions).where(eq(s.conversions.id, bonus!.conversionId!));
    const { id: _id, ...event } = bonusEvent!;
    const [again] = await db
      .insert(s.conversions)
      .values({ ...event, eventId: `${event.eventId}:again` })
      .returning();
    const { id: _line, ...copy } = bonus!;
    await db.insert(s.commissions).values({ ...copy, conversionId: again!.id });
    expect(await failing()).toEqual(expect.arrayContaining(['one bonus per crossing, none without one']));
    await db.delete(s.commissions).where(eq(s.commissions.conversionId, again!.id));
    await db.delete(s.conversions).where(eq(s.conversions.id, again!.id));

    // A total that counted the bonus (5,000 earned + 700), and one that never reached its threshold.
    const [crossing] = await db
      .select()
      .from(s.workflowCrossings)
      .where(eq(s.workflowCrossings.enrollmentId, t.enrollment.id));
    expect(crossing!.value).toBe(5_000);
    for (const value of [5_700, 3_999]) {
      await db.update(s.workflowCrossings).set({ value }).where(eq(s.workflowCrossings.id, crossing!.id));
      expect(await failing()).toEqual(expect.arrayContaining(['crossings crossed, and bonuses count toward no total']));
    }
    await db.update(s.workflowCrossings).set({ value: 5_000 }).where(eq(s.workflowCrossings.id, crossing!.id));

    // A line decided by rules whose set is not there, or whose paying rule's verdict is not `c`.
    const [ruled] = await db.select().from(s.commissions).where(eq(s.commissions.id, lines[1]!.id));
    const verdicts = ruled!.calculation;
    expect(verdicts).toMatchObject({ rewardRule: { name: 'Everyone' }, ruleVerdicts: [['c', 3_000]] });
    for (const broken of [
      { ...verdicts, rewardRuleSet: crypto.randomUUID() },
      { ...verdicts, ruleVerdicts: [['p', 3_000]] },
      { ...verdicts, ruleVerdicts: [] },
    ]) {
      await db.update(s.commissions).set({ calculation: broken }).where(eq(s.commissions.id, ruled!.id));
      expect(await failing()).toEqual([
        'every line decided by rules names a set of its advertiser that its verdicts fit',
      ]);
    }
    await db.update(s.commissions).set({ calculation: verdicts }).where(eq(s.commissions.id, ruled!.id));
    expect(await failing()).toEqual([]);

    // A moved member's earlier line rewritten under another group version.
    const first = lines[0]!;
    const regrouped = {
      ...first.calculation,
      group: { ...(first.calculation.group as object), version: 99 },
    };
    await db.update(s.commissions).set({ calculation: regrouped }).where(eq(s.commissions.id, first.id));
    expect(await failing()).toEqual(["moved members' lines keep their amounts and terms"]);
  });

  it('counts the items of both rails: a rail the run pays through with no item fails, and each rail’s paid lines match its items', async () => {
    const t = await createAdvertiser(db);
    const both = ['paypal', 'stripe'];
    const perRail = () => paidPerRail(serviceCtx(db), both);
    // The file's database holds the earlier tests' PayPal items and no Stripe one.
    const paypal = await putInPayout(db, t, [await earn(db, t, 4_000)], 'success');
    expect((await paidPerRail(serviceCtx(db), ['paypal'])).ok).toBe(true);
    // PayPal paid, Stripe never did: the Stripe side of the run checked nothing.
    const onePaid = await perRail();
    expect(onePaid.ok).toBe(false);
    expect(onePaid.rows.map((r) => r.problem)).toEqual(['no stripe item though the run pays through stripe']);
    expect(onePaid.name).toMatch(/\(items: paypal [1-9]\d*, stripe 0\)$/);
    // The whole checkpoint names it when told the run's rails, and not when it pays through PayPal alone.
    const names = async (rails?: string[]) =>
      (await runCheckpoint(serviceCtx(db), 0, undefined, undefined, undefined, rails)).results
        .filter((r) => !r.ok)
        .map((r) => r.name);
    expect(await names(both)).toContain(onePaid.name);
    expect((await names(['paypal'])).some((n) => n.startsWith('paid lines = successful items, rail by rail'))).toBe(
      false,
    );
    const stripe = await putInPayout(db, t, [await earn(db, t, 6_000)], 'success');
    await db
      .update(s.payoutItems)
      .set({ rail: 'stripe', stripeAccountId: 'acct_rails1', stripeTransferId: 'tr_rails1' })
      .where(eq(s.payoutItems.id, stripe.item.id));
    const counted = await perRail();
    expect(counted.ok).toBe(true);
    expect(counted.name).toMatch(/\(items: paypal [1-9]\d*, stripe 1\)$/);
    // A Stripe item that says it paid more than the lines it carries: named with its rail.
    await db
      .update(s.payoutItems)
      .set({ amountMinor: stripe.item.amountMinor + 500 })
      .where(eq(s.payoutItems.id, stripe.item.id));
    const drifted = await perRail();
    expect(drifted.ok).toBe(false);
    expect(drifted.rows).toEqual([
      expect.objectContaining({
        rail: 'stripe',
        lines_paid: String(stripe.item.amountMinor),
        items_paid: String(stripe.item.amountMinor + 500),
      }),
    ]);
    expect(paypal.item.id).toBeTruthy();
  });

  it('holds Stripe transfers to the items they pay, and names each mismatch', async () => {
    const t = await createAdvertiser(db);
    const line = await earn(db, t, 25_000);
    const done = await putInPayout(db, t, [line], 'success');
    await db
      .update(s.payoutItems)
      .set({ rail: 'stripe', stripeAccountId: 'acct_soak1', stripeTransferId: 'tr_soak1' })
      .where(eq(s.payoutItems.id, done.item.id));
    const [part] = await db
      .insert(s.payoutBatchParts)
      .values({
        batchId: done.batch.id,
        part: 0,
        rail: 'stripe',
        senderBatchId: `stripe-${done.batch.id}`,
        status: 'sent',
        itemCount: 1,
        totalMinor: done.item.amountMinor,
      })
      .returning();
    const paid: StripeTransferSeen = {
      id: 'tr_soak1',
      amount: done.item.amountMinor,
      amount_reversed: 0,
      reversed: false,
      currency: 'usd',
      destination: 'acct_soak1',
      metadata: { payout_item_id: done.item.id },
    };
    const reversed = { ...paid, amount_reversed: paid.amount, reversed: true };
    const problems = async (transfers: StripeTransferSeen[]) =>
      (await paidOnceAtStripe(serviceCtx(db), transfers)).rows.map((r) => r.problem);
    expect(await problems([paid])).toEqual([]);
    // A partial reversal moves nothing; a full one not read back yet is fine while the part is watched.
    expect(await problems([{ ...paid, amount_reversed: 1 }])).toEqual([]);
    expect(await problems([reversed])).toEqual([]);
    await db.update(s.payoutBatchParts).set({ status: 'completed' }).where(eq(s.payoutBatchParts.id, part!.id));
    expect(await problems([reversed])).toEqual(['reversed at Stripe, still paid here']);
    // Paid twice, paid another amount, recorded but unknown to Stripe.
    expect(await problems([paid, { ...paid, id: 'tr_soak2' }])).toEqual(['item transferred twice']);
    expect(await problems([{ ...paid, amount: paid.amount + 100 }])).toEqual(['transfer not ours as sent']);
    expect(await problems([])).toEqual(['transfer recorded here, not at Stripe']);
    // Reversed here while Stripe still holds the money at the affiliate; a failed item whose transfer lives on.
    await db.update(s.payoutItems).set({ status: 'reversed' }).where(eq(s.payoutItems.id, done.item.id));
    expect(await problems([paid])).toEqual(['reversed here, not at Stripe']);
    expect(await problems([reversed])).toEqual([]);
    await db.update(s.payoutItems).set({ status: 'failed' }).where(eq(s.payoutItems.id, done.item.id));
    expect(await problems([paid])).toEqual(['money at Stripe for a failed item']);
  });
});

// Noon UTC two days ago: the sales of one test fall in one UTC day (one day cap) whenever the suite runs.
const today = new Date();
const NOON = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 2, 12));

async function saleAtNoon(t: Advertiser, amount: number) {
  const click = await insertClick(db, t, {
    at: new Date(NOON.getTime() - 3_600_000),
  });
  const out = await record(db, t, {
    type: 'sale',
    click_id: click.id,
    order_id: nextEventId('order'),
    amount,
    currency: 'USD',
    occurred_at: NOON.toISOString(),
  });
  const [line] = await db
    .select()
    .from(s.commissions)
    .where(eq(s.commissions.id, out.commissions.find((c) => c.level === 0)!.id));
  return line!;
}

describe('the soak checks of the Wise, gift-card and external rails', () => {
  /** A successful item moved onto `rail`, paid to the destination that rail fills. */
  async function paidOn(rail: 'wise' | 'tremendous' | 'external', destinationRef: string) {
    const t = await createAdvertiser(db);
    const done = await putInPayout(db, t, [await earn(db, t, 25_000)], 'success');
    await db
      .update(s.payoutItems)
      .set({ rail, receiverEmail: null, destinationRef })
      .where(eq(s.payoutItems.id, done.item.id));
    return { t, ...done };
  }

  it('holds Wise transfers to the items they pay: one per customerTransactionId, paid out once', async () => {
    const { item } = await paidOn('wise', '700001');
    await db.insert(s.wiseTransfers).values({
      payoutItemId: item.id,
      customerTransactionId: item.id,
      quoteId: 'quote-1',
      transferId: '50000001',
      state: 'outgoing_payment_sent',
    });
    const sent: WiseTransferSeen = {
      id: 50_000_001,
      customerTransactionId: item.id,
      status: 'outgoing_payment_sent',
      funded: true,
      sourceCurrency: 'USD',
      targetAccount: 700_001,
    };
    const problems = async (transfers: WiseTransferSeen[]) =>
      (await paidOnceAtWise(serviceCtx(db), transfers)).rows.map((r) => r.problem);
    expect(await problems([sent])).toEqual([]);
    // A retried send that made a second transfer; another recipient; a transfer we recorded that Wise never made.
    expect(await problems([sent, { ...sent, id: 50_000_002 }])).toEqual(['item transferred twice']);
    expect(await problems([{ ...sent, targetAccount: 700_002 }])).toEqual(['transfer not ours as sent']);
    expect(await problems([])).toEqual(['transfer recorded here, not at Wise']);
    // Paid here while Wise refunded it; refunded here while Wise paid it out or still carries the money.
    expect(await problems([{ ...sent, status: 'funds_refunded' }])).toEqual(['paid here, funds_refunded at Wise']);
    await db.update(s.payoutItems).set({ status: 'refunded', paidAt: null }).where(eq(s.payoutItems.id, item.id));
    expect(await problems([sent])).toEqual(['money paid out at Wise for a refunded item']);
    expect(await problems([{ ...sent, status: 'processing' }])).toEqual([
      'money on its way at Wise for a refunded item',
    ]);
    expect(await problems([{ ...sent, status: 'funds_refunded' }])).toEqual([]);
  });

  it('holds Tremendous orders to the gift-card items they pay: one per external_id, for the amount', async () => {
    const { item, t } = await paidOn('tremendous', 'payee@example.com');
    await db
      .insert(s.tremendousOrders)
      .values({ payoutItemId: item.id, orderId: 'ORD1', rewardId: 'RWD1', orderStatus: 'EXECUTED' });
    const order: TremendousOrderSeen = {
      id: 'ORD1',
      external_id: item.id,
      status: 'EXECUTED',
      reward: {
        id: 'RWD1',
        value: { denomination: item.amountMinor / 100, currency_code: 'USD' },
        delivery: { status: 'SUCCEEDED' },
      },
    };
    const org = t.org.id;
    const problems = async (orders: TremendousOrderSeen[], organizationId = org) =>
      (
        await paidOnceAtTremendous(
          serviceCtx(db),
          orders.map((o) => ({ organizationId, order: o })),
        )
      ).rows.map((r) => r.problem);
    expect(await problems([order])).toEqual([]);
    expect(await problems([order, { ...order, id: 'ORD2' }])).toEqual(['item ordered twice']);
    expect(
      await problems([{ ...order, reward: { ...order.reward, value: { denomination: 1, currency_code: 'USD' } } }]),
    ).toEqual(['order not ours as sent']);
    expect(await problems([order], crypto.randomUUID())).toEqual(['order not ours as sent']);
    expect(await problems([])).toEqual(['order recorded here, not at Tremendous']);
    expect(await problems([{ ...order, status: 'CANCELED' }])).toEqual(['paid here, CANCELED at Tremendous']);
    await db.update(s.payoutItems).set({ status: 'refunded', paidAt: null }).where(eq(s.payoutItems.id, item.id));
    expect(await problems([order])).toEqual(['refunded here, EXECUTED at Tremendous']);
    expect(await problems([{ ...order, status: 'CANCELED' }])).toEqual([]);
    await db.update(s.payoutItems).set({ status: 'failed' }).where(eq(s.payoutItems.id, item.id));
    expect(await problems([order])).toEqual(['gift card live at Tremendous for a failed item']);
  });

  it('holds external items to one answer each, the item’s status', async () => {
    const { item, batch, t } = await paidOn('external', crypto.randomUUID());
    const settled = async () => (await externalSettledOnce(serviceCtx(db))).rows.map((r) => r.id);
    // Paid with no answer recorded: not the advertiser's confirmation.
    expect(await settled()).toEqual([item.id]);
    const answer = (action: string) =>
      db.insert(s.auditLog).values({
        organizationId: t.org.id,
        action,
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { itemId: item.id, status: 'pending' },
        after: { itemId: item.id, status: action.endsWith('paid') ? 'success' : 'failed' },
      });
    await answer('payout_item.external_paid');
    expect(await settled()).toEqual([]);
    // A second answer taken (confirmed twice, or the opposite after it): the money could have moved twice.
    await answer('payout_item.external_failed');
    expect(await settled()).toEqual([item.id]);
  });
});
