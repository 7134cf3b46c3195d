import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as s from '../../schema';
import { inTransaction } from '../../workers/context';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { rejectConversion } from '../../workers/services/conversions/reject-conversion';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { createStaff, useTwoAdvertisers, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { earn, putInPayout, refund, setHoldUntil } from '../finance';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));
let staff: TestSession;

async function approve(lines: { id: string }[]) {
  const now = new Date();
  await setHoldUntil(
    db,
    lines.map((l) => l.id),
    new Date(now.getTime() - 1000),
  );
  await releaseHolds({ ctx: serviceCtx(db, now), input: { batchSize: 100, maxBatches: 10 } });
}

const check = (organizationId?: string) => checkLedger({ ctx: serviceCtx(db), input: { organizationId } });

/** Every state the real flows produce: on hold, approved, in payout, paid, refunded and rejected after payout. */
async function healthyLedger(t: Advertiser) {
  const [held, approved, inPayout, paid, paidThenRefunded, paidThenRejected] = [
    await earn(db, t, 1000),
    await earn(db, t, 2000),
    await earn(db, t, 3000),
    await earn(db, t, 4000),
    await earn(db, t, 5000),
    await earn(db, t, 6000),
  ];
  await approve([approved!, inPayout!, paid!, paidThenRefunded!, paidThenRejected!]);
  const open = await putInPayout(db, t, [inPayout!]);
  const done = await putInPayout(db, t, [paid!, paidThenRefunded!, paidThenRejected!], 'success');
  await refund(db, t, paidThenRefunded!.orderId, 5000);
  const [conversion] = await db
    .select()
    .from(s.conversions)
    .where(eq(s.conversions.id, paidThenRejected!.conversionId!));
  await inTransaction(serviceCtx(db), (tx) =>
    rejectConversion({ ctx: tx, input: { conversion: conversion!, reason: 'fraud found after payout' } }),
  );
  return { held: held!, approved: approved!, inPayout: inPayout!, paid: paid!, open, done };
}

let _acmeLedger: Awaited<ReturnType<typeof healthyLedger>>;
let otherLedger: Awaited<ReturnType<typeof healthyLedger>>;

beforeAll(async () => {
  staff = await createStaff(db, 'platform_owner');
  _acmeLedger = await healthyLedger(acme);
  otherLedger = await healthyLedger(other);
});

describe('checkLedger', () => {
  it('finds a ledger written by the real flows clean', async () => {
    const result = await check();
    expect(result).toEqual({ ok: true, checkedLines: expect.any(Number), discrepancies: [] });
    // Six sales per tenant, one refund adjustment and one rejection adjustment each.
    expect(result.checkedLines).toBe(16);
    expect(await check(acme.org.id)).toEqual({ ok: true, checkedLines: 8, discrepancies: [] });
  });

  it('reports hand-corrupted rows of one tenant, and only in that tenant', async () => {
    const { held, approved, inPayout, open, done } = otherLedger;
    // An approved line moved to in_payout with no payout item behind it.
    await db.update(s.commissions).set({ status: 'in_payout' }).where(eq(s.commissions.id, approved.id));
    // An open item whose amount no longer matches its line.
    await db
      .update(s.payoutItems)
      .set({ amountMinor: open.item.amountMinor + 1 })
      .where(eq(s.payoutItems.id, open.item.id));
    // A successful item turned failed while its lines stay paid.
    await db.update(s.payoutItems).set({ status: 'failed' }).where(eq(s.payoutItems.id, done.item.id));
    // A line still on hold although its conversion was rejected.
    await db.update(s.conversions).set({ status: 'rejected' }).where(eq(s.conversions.id, held.conversionId!));
    // The in-payout line reversed while its item is still open.
    await db.update(s.commissions).set({ status: 'reversed' }).where(eq(s.commissions.id, inPayout.id));

    const result = await check(other.org.id);
    expect(result.ok).toBe(false);
    const found = result.discrepancies.map((d) => [d.kind, d.ids[0]]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['in_payout_without_item', approved.id],
        ['item_amount_mismatch', open.item.id],
        ['paid_item_not_success', expect.any(String)],
        ['voided_conversion_not_offset', held.id],
        ['void_line_in_open_item', inPayout.id],
      ]),
    );
    expect(result.discrepancies.find((d) => d.kind === 'void_line_in_open_item')).toEqual({
      kind: 'void_line_in_open_item',
      detail: 'reversed line in an open payout item (pending)',
      ids: [inPayout.id, open.item.id],
    });
    expect(await check(acme.org.id)).toMatchObject({ ok: true, discrepancies: [] });
  });

  it('reports an approved line slipped into a payout item, which no balance bucket counts', async () => {
    const line = await earn(db, other, 7000);
    await approve([line]);
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.id, otherLedger.open.item.id));
    await db.insert(s.payoutItemCommissions).values({ payoutItemId: item!.id, commissionId: line.id });
    const kinds = (await check(other.org.id)).discrepancies.map((d) => d.kind);
    expect(kinds).toEqual(expect.arrayContaining(['unpaid_line_linked', 'balance_mismatch']));
  });
});

describe('GET /platform/finance/ledger-check', () => {
  it('answers platform staff, per advertiser or for all', async () => {
    const clean = await call(staff, 'GET', `/platform/finance/ledger-check?organizationId=${acme.org.id}`);
    expectStatus(clean, 200);
    expect(clean.body).toEqual({ ok: true, checkedLines: 8, discrepancies: [] });
    const all = await call(staff, 'GET', '/platform/finance/ledger-check');
    expectStatus(all, 200);
    expect(all.body.ok).toBe(false);
    expect(all.body.discrepancies.length).toBeGreaterThan(0);
  });

  it('is not_found for advertisers and affiliates, and refuses a malformed id', async () => {
    expectStatus(await call(acme.owner, 'GET', '/platform/finance/ledger-check'), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', '/platform/finance/ledger-check'), 404, 'not_found');
    expectStatus(
      await call(staff, 'GET', '/platform/finance/ledger-check?organizationId=acme'),
      400,
      'validation_failed',
    );
  });
});

describe('the daily ledger check', () => {
  it('logs one structured error line per discrepancy', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env);
      const lines = errors.mock.calls
        .map(([line]) => JSON.parse(String(line)) as Record<string, unknown>)
        .filter((l) => l.event === 'ledger_discrepancy');
      expect(lines.length).toBeGreaterThanOrEqual(5);
      expect(lines).toContainEqual({
        level: 'error',
        event: 'ledger_discrepancy',
        kind: 'in_payout_without_item',
        detail: 'in_payout line linked to no payout item',
        ids: [otherLedger.approved.id],
      });
    } finally {
      errors.mockRestore();
    }
  });
});
