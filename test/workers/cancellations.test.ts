import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger } from '../../workers/services/finance';
import { createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import { issueAppKey, postConversion, sendRaw } from '../inbound';
import { deliverStripe, setStripeSecret, stripeEvent } from '../stripe';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const DAY = 86_400_000;
const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY);
const iso = (d: Date) => d.toISOString();

type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** A lifetime-recurring subscription: the sale 40 days ago, attributed by click, bound to a customer. */
async function subscription(program: Partial<typeof s.programs.$inferInsert> = {}, saleDaysAgo = 40) {
  const t = await createTenant(db, { program: { recurringMode: 'lifetime', ...program } });
  const saleAt = new Date(Date.now() - saleDaysAgo * DAY);
  const click = await insertClick(db, t, { at: new Date(saleAt.getTime() - 60_000) });
  const customer = nextEventId('cus');
  const sale = await record(db, t, {
    type: 'sale',
    click_id: click.id,
    customer_id: customer,
    order_id: nextEventId('order'),
    amount: 10_000,
    currency: 'USD',
    occurred_at: iso(saleAt),
  });
  expect(sale.commissions[0]).toMatchObject({ level: 0, amountMinor: 3000, status: 'pending' });
  return { t, customer, saleAt, sale, click, commission: sale.commissions[0]! };
}

const rebill = (t: Tenant, customer: string, when: Date) =>
  record(db, t, { type: 'rebill', customer_id: customer, amount: 10_000, currency: 'USD', occurred_at: iso(when) });

const lineStatus = async (id: string) =>
  (await db.select({ status: s.commissions.status }).from(s.commissions).where(eq(s.commissions.id, id)))[0]!.status;

async function expectLedgerOk(organizationId: string) {
  const ledger = await checkLedger({ ctx: serviceCtx(db), input: { organizationId } });
  expect(ledger.discrepancies).toEqual([]);
}

function cancellationNote(conversionId: string) {
  return eventually(
    async () =>
      (
        await db
          .select()
          .from(s.notifications)
          .where(eq(s.notifications.dedupeKey, `cancellation:${conversionId}:in_app`))
      )[0],
    30_000,
    'cancellation notification',
  );
}

describe('a cancellation is not a refund', () => {
  it('keeps the paid sale’s commission, ends recurring commissions, says so and tells the affiliate', async () => {
    const { t, customer, sale, commission } = await subscription();
    const cancelAt = at(new Date(), -1);
    const out = await record(db, t, { type: 'cancel', customer_id: customer, occurred_at: iso(cancelAt) });
    expect(out.cancellation).toEqual({ effect: 'recurring_ended', description: expect.stringContaining('recurring') });
    expect(out.attribution?.affiliateId).toBe(t.affiliate.id);
    expect(out.conversion.parentConversionId).toBe(sale.conversion.id);
    expect(out.commissions).toEqual([]);
    expect(await lineStatus(commission.id)).toBe('pending');
    const [original] = await db.select().from(s.conversions).where(eq(s.conversions.id, sale.conversion.id));
    expect(original!.status).toBe('pending');
    const [bound] = await db
      .select()
      .from(s.referredCustomers)
      .where(and(eq(s.referredCustomers.appId, t.app.id), eq(s.referredCustomers.externalCustomerId, customer)));
    expect(bound!.cancelledAt).toEqual(cancelAt);

    const note = await cancellationNote(out.conversion.id);
    expect(note).toMatchObject({
      userId: t.affiliate.id,
      event: 'cancellation',
      title: 'A customer cancelled their subscription',
    });
    expect(note.body).toContain('recurring commissions end');
    await expectLedgerOk(t.org.id);
  });

  it('a later rebill of the cancelled customer earns nothing; one from before the cancellation, reported late, still earns', async () => {
    const { t, customer, saleAt } = await subscription();
    await record(db, t, { type: 'cancel', customer_id: customer, occurred_at: iso(at(saleAt, 35)) });
    const after = await rebill(t, customer, at(saleAt, 36));
    expect(after.attribution?.affiliateId).toBe(t.affiliate.id);
    expect(after.commissions).toEqual([]);
    expect(after.attributionTrace.at(-1)!.detail).toContain('subscription_cancelled');
    const late = await rebill(t, customer, at(saleAt, 30));
    expect(late.commissions.map((c) => [c.level, c.amountMinor])).toEqual([[0, 3000]]);
    await expectLedgerOk(t.org.id);
  });

  it('a new sale after the cancellation (a re-subscription) earns, and its rebills earn again', async () => {
    const { t, customer, saleAt } = await subscription();
    await record(db, t, { type: 'cancel', customer_id: customer, occurred_at: iso(at(saleAt, 10)) });
    const again = await record(db, t, {
      type: 'sale',
      customer_id: customer,
      amount: 10_000,
      currency: 'USD',
      occurred_at: iso(at(saleAt, 20)),
    });
    expect(again.commissions.map((c) => c.amountMinor)).toEqual([3000]);
    const next = await rebill(t, customer, at(saleAt, 30));
    expect(next.commissions.map((c) => c.amountMinor)).toEqual([3000]);
    // A cancellation dated before the re-subscription, delivered late, does not end it.
    await record(db, t, { type: 'cancel', customer_id: customer, occurred_at: iso(at(saleAt, 15)) });
    expect((await rebill(t, customer, at(saleAt, 35))).commissions).toHaveLength(1);
  });

  it('a repeated cancellation answers the stored effect and changes nothing', async () => {
    const { t, customer } = await subscription();
    const event = { type: 'cancel' as const, event_id: nextEventId('cancel'), customer_id: customer };
    const first = await record(db, t, event);
    const again = await record(db, t, event);
    expect(again).toMatchObject({ duplicate: true, cancellation: { effect: 'recurring_ended' } });
    expect(again.conversion.id).toBe(first.conversion.id);
  });

  it('a cancellation of nobody’s customer is kept and says it found nothing', async () => {
    const t = await createTenant(db);
    const out = await record(db, t, { type: 'cancel', customer_id: 'cus_nobody' });
    expect(out.attribution).toBeNull();
    expect(out.cancellation?.effect).toBe('not_found');
  });
});

describe('the program’s cancellation void window (money-back guarantee)', () => {
  it('a cancellation within the window reverses the sale’s commission in full', async () => {
    const { t, customer, sale, saleAt, commission } = await subscription({ cancelVoidsWithinDays: 14 }, 5);
    const out = await record(db, t, { type: 'cancel', customer_id: customer, occurred_at: iso(at(saleAt, 3)) });
    expect(out.cancellation?.effect).toBe('sale_voided');
    expect(out.commissions.map((c) => [c.id, c.status])).toEqual([[commission.id, 'reversed']]);
    const [original] = await db.select().from(s.conversions).where(eq(s.conversions.id, sale.conversion.id));
    expect(original!.status).toBe('reversed');
    const note = await cancellationNote(out.conversion.id);
    expect(note.body).toBe('30.00 USD of your commission was reversed.');
    await expectLedgerOk(t.org.id);
  });

  it('outside the window, or after a renewal, nothing is reversed', async () => {
    const late = await subscription({ cancelVoidsWithinDays: 14 }, 40);
    const out = await record(db, late.t, { type: 'cancel', customer_id: late.customer });
    expect(out.cancellation?.effect).toBe('recurring_ended');
    expect(out.attributionTrace.at(-1)!.detail).toContain('outside the 14-day void window');
    expect(await lineStatus(late.commission.id)).toBe('pending');

    const renewed = await subscription({ cancelVoidsWithinDays: 14 }, 10);
    await rebill(renewed.t, renewed.customer, at(renewed.saleAt, 7));
    const afterRenewal = await record(db, renewed.t, {
      type: 'cancel',
      customer_id: renewed.customer,
      occurred_at: iso(at(renewed.saleAt, 8)),
    });
    expect(afterRenewal.cancellation?.effect).toBe('recurring_ended');
    expect(await lineStatus(renewed.commission.id)).toBe('pending');
  });
});

describe('every inbound path cancels the same way', () => {
  it('signed API: POST /api/v1/conversions with type cancel', async () => {
    const a = await createAdvertiser(db, { program: { recurringMode: 'lifetime' } });
    const key = await issueAppKey(a);
    const click = await insertClick(db, a, { at: new Date(Date.now() - DAY) });
    const customer = nextEventId('cus');
    const sale = await postConversion(key, {
      event_id: nextEventId('sale'),
      type: 'sale',
      click_id: click.id,
      customer_id: customer,
      amount: 5000,
      currency: 'USD',
    });
    expectStatus(sale, 201);
    const res = await postConversion(key, { event_id: nextEventId('cancel'), type: 'cancel', customer_id: customer });
    expectStatus(res, 201);
    expect(res.body.cancellation).toMatchObject({ effect: 'recurring_ended' });
    expect(await lineStatus(sale.body.commissions[0].id)).toBe('pending');
  });

  it('S2S: GET /postback?status=cancel finds the sale by its click', async () => {
    const a = await createAdvertiser(db, { program: { recurringMode: 'lifetime', cancelVoidsWithinDays: 30 } });
    const secret = (await call(a.owner, 'POST', `/orgs/${a.org.id}/programs/${a.program.id}/postback-secret`)).body
      .postbackSecret as string;
    const cid = (await insertClick(db, a, { at: new Date(Date.now() - DAY) })).id;
    const get = (params: Record<string, string>) =>
      sendRaw(`/postback?${new URLSearchParams(params)}`, { method: 'GET' });
    const sale = await get({ cid, status: 'sale', revenue: '50.00', secret });
    expectStatus(sale, 201);
    const res = await get({ cid, status: 'cancel', secret });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'cancel', eventId: `postback:${cid}:cancel`, parentConversionId: sale.body.conversion.id },
      cancellation: { effect: 'sale_voided' },
    });
    expect(await lineStatus(sale.body.commissions[0].id)).toBe('reversed');
    expectStatus(await get({ cid, status: 'cancel', secret }), 200);
  });

  it('Stripe: customer.subscription.deleted after a paid invoice reverses nothing, and the next invoice earns nothing', async () => {
    const a = await createAdvertiser(db, { program: { recurringMode: 'lifetime' } });
    await setStripeSecret(a);
    const click = await insertClick(db, a, { at: new Date(Date.now() - DAY) });
    const customer = `cus_${nextEventId('c')}`;
    const invoice = (id: string, billingReason: string) =>
      stripeEvent('invoice.paid', {
        id,
        object: 'invoice',
        amount_paid: 2900,
        currency: 'usd',
        customer,
        billing_reason: billingReason,
        metadata: { aff_click_id: click.id },
      });
    const first = await deliverStripe(a.app.id, invoice(nextEventId('in'), 'subscription_create'));
    expectStatus(first, 201);
    expect(first.body.commissions[0]).toMatchObject({ amountMinor: 870, status: 'pending' });
    const deleted = await deliverStripe(
      a.app.id,
      stripeEvent('customer.subscription.deleted', {
        id: nextEventId('sub'),
        object: 'subscription',
        customer,
        status: 'canceled',
        metadata: {},
      }),
    );
    expectStatus(deleted, 201);
    expect(deleted.body).toMatchObject({ conversion: { type: 'cancel' }, cancellation: { effect: 'recurring_ended' } });
    expect(await lineStatus(first.body.commissions[0].id)).toBe('pending');
    const later = invoice(nextEventId('in'), 'subscription_cycle');
    later.created += 60;
    const next = await deliverStripe(a.app.id, later);
    expectStatus(next, 201);
    expect(next.body.commissions).toEqual([]);
    await expectLedgerOk(a.org.id);
  });
});
