import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger, listBalances } from '../../workers/services/finance';
import { pollPayoutResults, proposePayouts, resumePayoutSends } from '../../workers/services/payouts';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { addPayee, approvedSales, itemsOf, statusesOf } from '../payouts';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';
import {
  DE_ACCOUNT,
  deliverWise,
  moveWiseTransfer,
  US_ACCOUNT,
  wiseControl,
  wisePayee,
  wiseTransfersOf,
} from '../wise';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const ledgerOk = async (org: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual([]);
const balanceOf = async (org: Advertiser, affiliateId: string) =>
  (await listBalances({ ctx: serviceCtx(db), input: { organizationId: org.org.id, affiliateId } }))[0]!;
const transferRowOf = async (payoutItemId: string) =>
  (await db.select().from(s.wiseTransfers).where(eq(s.wiseTransfers.payoutItemId, payoutItemId)))[0];
const send = (org: Advertiser, batchId: string) =>
  call(org.owner, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/send`);
const wiseEventCount = async () => (await db.select({ n: count() }).from(s.wiseEvents))[0]!.n;

/** An advertiser whose affiliates set up Wise with these bank details, $150.00 approved each, proposed and approved. */
async function approvedWiseBatch(accounts = [US_ACCOUNT]) {
  const org = await createAdvertiser(db);
  const payees = [];
  for (const account of accounts) {
    const { payee } = await wisePayee(db, org, account);
    payees.push({ payee, lines: await approvedSales(db, payee, [50_000]) });
  }
  const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: org.org.id } });
  const batchId = proposal.batches[0]!.batchId;
  expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/${batchId}/approve`), 200);
  return { org, payees, batchId };
}

describe('setting up Wise', () => {
  it('builds the bank-details form from Wise’s requirements for the currency, refreshed by the fields that change it', async () => {
    const org = await createAdvertiser(db);
    const base = `/affiliate/orgs/${org.org.id}/wise/requirements`;
    const usd = await call(org.affiliateSession, 'GET', `${base}?currency=USD`);
    expectStatus(usd, 200);
    const fields = usd.body.types[0].fields.flatMap((g: { group: { key: string }[] }) => g.group);
    expect(usd.body.types.map((t: { type: string }) => t.type)).toEqual(['aba']);
    expect(fields.find((f: { key: string }) => f.key === 'abartn')).toMatchObject({
      required: true,
      validationRegexp: '^[0-9]{9}$',
    });
    expect(fields.find((f: { key: string }) => f.key === 'address.country')).toMatchObject({
      refreshRequirementsOnChange: true,
      valuesAllowed: expect.arrayContaining([{ key: 'US', name: 'United States' }]),
    });
    expect(fields.some((f: { key: string }) => f.key === 'address.state')).toBe(false);
    // A US address adds the state, as Wise's POST variant answers.
    const refreshed = await call(org.affiliateSession, 'POST', base, {
      currency: 'USD',
      type: 'aba',
      values: { 'address.country': 'US' },
    });
    expectStatus(refreshed, 200);
    expect(
      refreshed.body.types[0].fields.flatMap((g: { group: { key: string }[] }) => g.group.map((f) => f.key)),
    ).toContain('address.state');
    // Not a currency Wise pays (our list), and one Wise answers with no way to pay (Wise's answer).
    expectStatus(await call(org.affiliateSession, 'GET', `${base}?currency=KPW`), 400, 'rail_currency_unsupported');
    expectStatus(await call(org.affiliateSession, 'GET', `${base}?currency=AED`), 400, 'rail_currency_unsupported');
    expectStatus(await call(org.affiliateSession, 'GET', `${base}?currency=usd`), 400, 'validation_failed');
  });

  it('checks the details against the requirements, saves the recipient at Wise and makes Wise the method', async () => {
    const org = await createAdvertiser(db);
    const path = `/affiliate/orgs/${org.org.id}/wise/recipient`;
    const session = org.affiliateSession;
    expect((await call(session, 'GET', path)).body).toEqual({ recipient: null });
    const bad = await call(session, 'PUT', path, {
      ...US_ACCOUNT,
      values: { ...US_ACCOUNT.values, abartn: '12', accountType: 'GOLD', 'address.state': '' },
    });
    expectStatus(bad, 400, 'wise_details_invalid');
    expect(bad.body.error.details.fields).toEqual({
      abartn: 'too_short',
      accountType: 'not_allowed',
      'address.state': 'required',
    });
    const saved = await call(session, 'PUT', path, US_ACCOUNT);
    expectStatus(saved, 200);
    expect(saved.body.recipient).toMatchObject({ currency: 'USD', country: 'US', type: 'aba', summary: '•••• 5678' });
    expect(JSON.stringify(saved.body)).not.toContain('12345678');
    const methods = await call(session, 'GET', `/affiliate/orgs/${org.org.id}/payout-methods`);
    expect(methods.body.method).toMatchObject({ rail: 'wise', country: 'US' });
    expect(methods.body.rails.find((r: { rail: string }) => r.rail === 'wise')).toMatchObject({ enabled: true });
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, org.org.id));
    const saves = audit.filter((a) => a.action === 'payout_method.wise_recipient_saved');
    expect(saves).toHaveLength(1);
    expect(JSON.stringify(saves)).not.toContain('026009593');

    // Tenancy: another advertiser's affiliate, or this affiliate with another advertiser, sees no recipient.
    const other = await createAdvertiser(db);
    expect((await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/wise/recipient`)).body).toEqual({
      recipient: null,
    });
    expectStatus(await call(other.affiliateSession, 'GET', path), 404);
    const stranger = await signInAs(db, (await addPayee(db, other)).affiliate.id);
    expectStatus(await call(stranger, 'PUT', path, US_ACCOUNT), 404);
  });

  it('offers the currencies Wise lists (GET /v1/currencies), not a list of ours; Wise unreachable falls back to the rail’s', async () => {
    const org = await createAdvertiser(db);
    const wiseOffer = async () =>
      (await call(org.affiliateSession, 'GET', `/affiliate/orgs/${org.org.id}/payout-methods`)).body.rails.find(
        (r: { rail: string }) => r.rail === 'wise',
      ).currencies as string[];
    // The local server lists the four currencies whose account requirements it answers.
    expect(await wiseOffer()).toEqual(['EUR', 'GBP', 'PLN', 'USD']);
    await wiseControl('POST', 'faults', { method: 'GET', path: '^/v1/currencies$', when: 'before', status: 503 });
    expect((await wiseOffer()).length).toBeGreaterThan(4);
    expect(await wiseOffer()).toEqual(['EUR', 'GBP', 'PLN', 'USD']);
  });

  it('shows Wise’s fee from a live quote before the affiliate chooses', async () => {
    const org = await createAdvertiser(db);
    const quote = await call(
      org.affiliateSession,
      'GET',
      `/affiliate/orgs/${org.org.id}/wise/quote?currency=USD&targetCurrency=EUR&amountMinor=15000`,
    );
    expectStatus(quote, 200);
    expect(quote.body).toMatchObject({ currency: 'USD', amountMinor: 15_000, targetCurrency: 'EUR' });
    expect(quote.body.feeMinor).toBeGreaterThan(0);
    // The fee is on top: the affiliate receives the whole amount converted.
    expect(quote.body.sourceMinor).toBeGreaterThanOrEqual(15_000 + quote.body.feeMinor - 1);
    expect(quote.body.targetMinor).toBe(Math.floor(15_000 * quote.body.rate));
    const same = await call(
      org.affiliateSession,
      'GET',
      `/affiliate/orgs/${org.org.id}/wise/quote?currency=USD&targetCurrency=USD&amountMinor=15000`,
    );
    expect(same.body.targetMinor).toBe(15_000);
  });
});

describe('sending through Wise', () => {
  it('quotes for finance, then one funded transfer per item keyed by the item id; states arrive by webhook and polling', async () => {
    const { org, payees, batchId } = await approvedWiseBatch([US_ACCOUNT, DE_ACCOUNT]);
    const quotes = await call(org.finance, 'GET', `/orgs/${org.org.id}/payouts/${batchId}/wise-quote`);
    expectStatus(quotes, 200);
    expect(quotes.body.items).toHaveLength(2);
    expect(quotes.body.feeMinor).toBe(quotes.body.items[0].feeMinor + quotes.body.items[1].feeMinor);
    expect(quotes.body.items.map((q: { targetCurrency: string }) => q.targetCurrency).sort()).toEqual(['EUR', 'USD']);
    // Not for affiliates: they are no member of the organization.
    expectStatus(await call(org.affiliateSession, 'GET', `/orgs/${org.org.id}/payouts/${batchId}/wise-quote`), 404);

    const sent = await send(org, batchId);
    expectStatus(sent, 200);
    expect(Object.values(sent.body.parts)).toEqual(['sent']);
    const items = await itemsOf(db, batchId);
    expect(items.map((i) => [i.rail, i.status])).toEqual([
      ['wise', 'pending'],
      ['wise', 'pending'],
    ]);
    const transfers = await wiseTransfersOf(items.map((i) => i.id));
    expect(transfers).toHaveLength(2);
    for (const t of transfers) expect(t).toMatchObject({ status: 'processing', funded: true });
    const [a, b] = items;
    const ta = transfers.find((t) => t.customerTransactionId === a!.id)!;
    const tb = transfers.find((t) => t.customerTransactionId === b!.id)!;
    expect((await transferRowOf(a!.id))!).toMatchObject({ transferId: String(ta.id), state: 'processing' });
    expect((await transferRowOf(a!.id))!.fundedAt).not.toBeNull();
    // The whole amount reaches the affiliate; the fee was on top.
    expect(transfers.find((t) => t.targetCurrency === 'USD')!.targetValue).toBe(150);

    // a: paid, by Wise's signed webhook; a redelivery changes nothing.
    const paid = await moveWiseTransfer(ta.id, 'outgoing_payment_sent');
    expect((await deliverWise(paid)).body).toMatchObject({ outcome: 'applied', duplicate: false });
    expect((await itemsOf(db, batchId)).find((i) => i.id === a!.id)!.status).toBe('success');
    expect((await deliverWise(paid)).body).toMatchObject({ duplicate: true });
    const payeeA = payees.find((p) => p.payee.affiliate.id === a!.affiliateId)!;
    expect(
      Object.values(
        await statusesOf(
          db,
          payeeA.lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['paid']);

    // b: bounced and refunded with the webhooks lost; the polling cron reads the transfer and returns the lines.
    await moveWiseTransfer(tb.id, 'bounced_back');
    await moveWiseTransfer(tb.id, 'funds_refunded');
    await pollPayoutResults({ ctx: serviceCtx(db), input: { limit: 50 } });
    expect((await itemsOf(db, batchId)).find((i) => i.id === b!.id)!.status).toBe('refunded');
    const payeeB = payees.find((p) => p.payee.affiliate.id === b!.affiliateId)!;
    expect(
      Object.values(
        await statusesOf(
          db,
          payeeB.lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    expect(await balanceOf(org, payeeB.payee.affiliate.id)).toMatchObject({ approvedMinor: 15_000, inPayoutMinor: 0 });

    // Sending again creates and funds nothing more.
    await send(org, batchId);
    expect(await wiseTransfersOf(items.map((i) => i.id))).toHaveLength(2);
    await ledgerOk(org);
  });

  it('a crash between Wise creating the transfer and our write recovers with the same customerTransactionId, paid once', async () => {
    const { org, batchId } = await approvedWiseBatch();
    await wiseControl('POST', 'faults', { method: 'POST', path: '^/v1/transfers$', when: 'after' });
    const res = await send(org, batchId);
    expectStatus(res, 200);
    expect(Object.values(res.body.parts)).toEqual(['unsure']);
    const [item] = await itemsOf(db, batchId);
    expect(item).toMatchObject({ status: 'pending' });
    expect(await transferRowOf(item!.id)).toBeUndefined();
    // Wise made the transfer before the failure: it exists, not funded.
    expect(await wiseTransfersOf([item!.id])).toMatchObject([{ funded: false, status: 'incoming_payment_waiting' }]);

    const later = new Date(Date.now() + 3 * 60_000);
    const resumed = await resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } });
    expect(resumed.results.find((r) => r.batchId === batchId)).toMatchObject({ status: 'sent' });
    const transfers = await wiseTransfersOf([item!.id]);
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ funded: true, status: 'processing' });
    expect((await transferRowOf(item!.id))!.transferId).toBe(String(transfers[0]!.id));
    await deliverWise(await moveWiseTransfer(transfers[0]!.id, 'outgoing_payment_sent'));
    expect((await itemsOf(db, batchId))[0]!.status).toBe('success');
    await ledgerOk(org);
  });

  it('a crash after Wise accepted the funding never funds the transfer a second time', async () => {
    const { org, batchId } = await approvedWiseBatch();
    await wiseControl('POST', 'faults', { method: 'POST', path: '/payments$', when: 'after' });
    expect(Object.values((await send(org, batchId)).body.parts)).toEqual(['unsure']);
    const [item] = await itemsOf(db, batchId);
    expect((await transferRowOf(item!.id))!.fundedAt).toBeNull();
    const later = new Date(Date.now() + 3 * 60_000);
    await resumePayoutSends({ ctx: serviceCtx(db, later), input: { limit: 10 } });
    // Funding again would be refused (409) and fail the item; the state read first says it is already funded.
    expect((await transferRowOf(item!.id))!).toMatchObject({ state: 'processing' });
    expect((await transferRowOf(item!.id))!.fundedAt).not.toBeNull();
    expect((await itemsOf(db, batchId))[0]!.status).toBe('pending');
    expect(await wiseTransfersOf([item!.id])).toHaveLength(1);
    await ledgerOk(org);
  });

  it('a refusal before any transfer fails that item alone and returns its money once', async () => {
    const { org, payees, batchId } = await approvedWiseBatch();
    await wiseControl('POST', 'faults', { method: 'POST', path: '^/v1/transfers$', when: 'before', status: 422 });
    const res = await send(org, batchId);
    expect(Object.values(res.body.parts)).toEqual(['failed']);
    const [item] = await itemsOf(db, batchId);
    expect(item).toMatchObject({ status: 'failed', failureCode: 'NOT_VALID' });
    expect(await wiseTransfersOf([item!.id])).toHaveLength(0);
    expect(
      Object.values(
        await statusesOf(
          db,
          payees[0]!.lines.map((l) => l.id),
        ),
      ),
    ).toEqual(['approved']);
    expect(await balanceOf(org, payees[0]!.payee.affiliate.id)).toMatchObject({
      approvedMinor: 15_000,
      inPayoutMinor: 0,
    });
    await ledgerOk(org);
  });
});

describe('Wise’s webhook', () => {
  it('refuses a bad or absent signature with 401 invalid_signature and stores nothing', async () => {
    const { org, batchId } = await approvedWiseBatch();
    await send(org, batchId);
    const [item] = await itemsOf(db, batchId);
    const row = await transferRowOf(item!.id);
    const delivery = await moveWiseTransfer(Number(row!.transferId), 'outgoing_payment_sent');
    const before = await wiseEventCount();
    expectStatus(await deliverWise({ payload: delivery.payload }), 401, 'invalid_signature');
    expectStatus(
      await deliverWise({ payload: delivery.payload, signature: 'bm90IGEgc2lnbmF0dXJl' }),
      401,
      'invalid_signature',
    );
    expectStatus(await deliverWise({ payload: delivery.payload, signature: '%%%' }), 401, 'invalid_signature');
    // The genuine signature over another body (a forged state) does not verify.
    const forged = delivery.payload.replace('outgoing_payment_sent', 'funds_refunded');
    expectStatus(await deliverWise({ payload: forged, signature: delivery.signature }), 401, 'invalid_signature');
    expect(await wiseEventCount()).toBe(before);
    expect((await itemsOf(db, batchId))[0]!.status).toBe('pending');
    // The genuine delivery applies.
    expect((await deliverWise(delivery)).body).toMatchObject({ outcome: 'applied' });
    expect((await itemsOf(db, batchId))[0]!.status).toBe('success');
    await ledgerOk(org);
  });
});
