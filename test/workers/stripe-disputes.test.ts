import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { inTransaction } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import { rejectConversion } from '../../workers/services/conversions/reject-conversion';
import { checkLedger, listBalances } from '../../workers/services/finance';
import { proposePayouts } from '../../workers/services/payouts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { expectStatus } from '../api-client';
import { nextEventId, serviceCtx } from '../conversions';
import { earn, putInPayout } from '../finance';
import { addPayee, approvedSales, statusesOf } from '../payouts';
import { deliverStripe, setStripeSecret, stripeEvent } from '../stripe';
import type { createTenant } from '../tenant';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
useTwoAdvertisers((t) => ({ db, acme } = t));

type Tenant = Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  await setStripeSecret(acme);
});

/** A Stripe Dispute of the payment that paid `orderId` (the sale's order id is the payment intent). */
function dispute(type: string, orderId: string, over: { id: string; amount: number; status?: string }) {
  return stripeEvent(type, {
    id: over.id,
    object: 'dispute',
    amount: over.amount,
    currency: 'usd',
    charge: `ch_${over.id}`,
    payment_intent: orderId,
    reason: 'fraudulent',
    status: over.status ?? 'needs_response',
    is_charge_refundable: false,
    metadata: {},
  });
}

async function send(type: string, orderId: string, over: { id: string; amount: number; status?: string }) {
  const res = await deliverStripe(acme.app.id, dispute(type, orderId, over));
  expectStatus(res, 200);
  return res.body;
}

const open = (orderId: string, id: string, amount = 40_000) => send('charge.dispute.created', orderId, { id, amount });
const close = (orderId: string, id: string, status: 'won' | 'lost', amount = 40_000) =>
  send('charge.dispute.closed', orderId, { id, amount, status });

async function expectLedgerOk() {
  const ledger = await checkLedger({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } });
  expect(ledger.discrepancies).toEqual([]);
}

const status = async (id: string) => (await statusesOf(db, [id]))[id];

let payee: Tenant;
beforeAll(async () => {
  payee = await addPayee(db, acme);
});

describe('charge.dispute.created holds the sale’s commission', () => {
  it('an approved line becomes disputed, shows as disputed in the balance and stays out of a payout proposal', async () => {
    const me = await addPayee(db, acme);
    const [disputed, payable] = await approvedSales(db, me, [40_000, 40_000]);
    const body = await open(disputed!.orderId, nextEventId('dp'));
    expect(body.dispute).toMatchObject({ status: 'open', conversionId: disputed!.conversionId, amountMinor: 40_000 });
    expect(body.commissions.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      [disputed!.id, 'disputed'],
    ]);
    const [balance] = await listBalances({ ctx: serviceCtx(db), input: { affiliateId: me.affiliate.id } });
    expect(balance).toMatchObject({ disputedMinor: 12_000, approvedMinor: 12_000, holdMinor: 0 });
    await expectLedgerOk();

    await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } });
    expect(await statusesOf(db, [disputed!.id, payable!.id])).toEqual({
      [disputed!.id]: 'disputed',
      [payable!.id]: 'in_payout',
    });
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.affiliateId, me.affiliate.id));
    expect(item!.amountMinor).toBe(12_000);
    await expectLedgerOk();
  });

  it('a repeated created and the funds_withdrawn that follows change nothing', async () => {
    const sale = await earn(db, payee, 40_000);
    const id = nextEventId('dp');
    expect((await open(sale.orderId, id)).commissions).toHaveLength(1);
    expect((await open(sale.orderId, id)).commissions).toEqual([]);
    const withdrawn = await send('charge.dispute.funds_withdrawn', sale.orderId, { id, amount: 40_000 });
    expect(withdrawn).toMatchObject({ dispute: { status: 'open' }, commissions: [], refund: null });
    expect(await status(sale.id)).toBe('disputed');
  });

  it('an adjustment against a paid line (a rejection after payout) is the next balance’s and is not held', async () => {
    const me = await addPayee(db, acme);
    const sale = await earn(db, me, 40_000);
    await putInPayout(db, me, [sale], 'success');
    const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.id, sale.conversionId!));
    const rejected = await inTransaction(serviceCtx(db), (tx) =>
      rejectConversion({ ctx: tx, input: { conversion: conversion!, reason: 'fraud found after payout' } }),
    );
    const adjustment = rejected.lines[0]!;
    expect(adjustment).toMatchObject({ kind: 'adjustment', status: 'approved', amountMinor: -12_000 });
    expect((await open(sale.orderId, nextEventId('dp'))).commissions).toEqual([]);
    expect(await status(adjustment.id)).toBe('approved');
    await expectLedgerOk();
  });

  it('a dispute of a payment no sale names is kept, holding nothing', async () => {
    const body = await open('pi_unknown', nextEventId('dp'));
    expect(body).toMatchObject({ dispute: { status: 'open', conversionId: null }, commissions: [] });
  });
});

describe('a won dispute gives the lines back', () => {
  it('to approved if they were approved, to pending if still in their hold', async () => {
    const [approved] = await approvedSales(db, payee, [40_000]);
    const pending = await earn(db, payee, 40_000);
    const [a, p] = [nextEventId('dp'), nextEventId('dp')];
    await open(approved!.orderId, a);
    await open(pending.orderId, p);
    expect(await statusesOf(db, [approved!.id, pending.id])).toEqual({
      [approved!.id]: 'disputed',
      [pending.id]: 'disputed',
    });
    const won = await close(approved!.orderId, a, 'won');
    expect(won).toMatchObject({ dispute: { status: 'won' }, refund: null });
    await send('charge.dispute.funds_reinstated', pending.orderId, { id: p, amount: 40_000, status: 'won' });
    expect(await statusesOf(db, [approved!.id, pending.id])).toEqual({
      [approved!.id]: 'approved',
      [pending.id]: 'pending',
    });
    // The closed event after the reinstatement changes nothing.
    expect((await close(pending.orderId, p, 'won')).commissions).toEqual([]);
    await expectLedgerOk();
  });
});

describe('a lost dispute reverses like a refund of the disputed amount', () => {
  it('in full before payout: the line is reversed and the refund says so', async () => {
    const sale = await earn(db, payee, 40_000);
    const id = nextEventId('dp');
    await open(sale.orderId, id);
    const lost = await close(sale.orderId, id, 'lost');
    expect(lost.dispute).toMatchObject({ status: 'lost' });
    expect(lost.refund.conversion).toMatchObject({
      type: 'refund',
      amountMinor: 40_000,
      parentConversionId: sale.conversionId,
    });
    expect(await status(sale.id)).toBe('reversed');
    const [row] = await db.select().from(s.disputes).where(eq(s.disputes.externalDisputeId, id));
    expect(row).toMatchObject({ status: 'lost', refundConversionId: lost.refund.conversion.id });
    await expectLedgerOk();
  });

  it('in part: a partial dispute books a proportional negative adjustment', async () => {
    const sale = await earn(db, payee, 40_000);
    const id = nextEventId('dp');
    await open(sale.orderId, id, 10_000);
    const lost = await close(sale.orderId, id, 'lost', 10_000);
    expect(lost.refund.commissions.map((c: { kind: string; amountMinor: number }) => [c.kind, c.amountMinor])).toEqual([
      ['adjustment', -3000],
    ]);
    expect(await status(sale.id)).toBe('pending');
    await expectLedgerOk();
  });

  it('after payout: nothing could be held, and the loss is an approved negative adjustment carried into the next balance', async () => {
    const me = await addPayee(db, acme);
    const sale = await earn(db, me, 40_000);
    await putInPayout(db, me, [sale], 'success');
    const id = nextEventId('dp');
    expect((await open(sale.orderId, id)).commissions).toEqual([]);
    expect(await status(sale.id)).toBe('paid');
    const lost = await close(sale.orderId, id, 'lost');
    expect(
      lost.refund.commissions.map((c: { kind: string; amountMinor: number; status: string }) => [
        c.kind,
        c.amountMinor,
        c.status,
      ]),
    ).toEqual([['adjustment', -12_000, 'approved']]);
    const [balance] = await listBalances({ ctx: serviceCtx(db), input: { affiliateId: me.affiliate.id } });
    expect(balance).toMatchObject({ paidMinor: 12_000, carryOverMinor: -12_000 });
    await expectLedgerOk();
  });

  it('out of order: closed (lost) before created reverses once, and the late created holds nothing', async () => {
    const sale = await earn(db, payee, 40_000);
    const id = nextEventId('dp');
    const lost = await close(sale.orderId, id, 'lost');
    expect(lost.refund).not.toBeNull();
    expect(await status(sale.id)).toBe('reversed');
    const late = await open(sale.orderId, id);
    expect(late).toMatchObject({ dispute: { status: 'lost' }, commissions: [], refund: null });
    const again = await close(sale.orderId, id, 'lost');
    expect(again.refund).toBeNull();
    const refunds = await db
      .select()
      .from(s.conversions)
      .where(eq(s.conversions.parentConversionId, sale.conversionId!));
    expect(refunds).toHaveLength(1);
    await expectLedgerOk();
  });

  it('out of order: closed (won) before created leaves the line alone', async () => {
    const sale = await earn(db, payee, 40_000);
    const id = nextEventId('dp');
    await close(sale.orderId, id, 'won');
    expect((await open(sale.orderId, id)).commissions).toEqual([]);
    expect(await status(sale.id)).toBe('pending');
  });
});
