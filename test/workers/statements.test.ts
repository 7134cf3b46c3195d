import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { earn, putInPayout } from '../finance';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const at = (iso: string) => new Date(iso);
const setLine = (id: string, values: Partial<typeof s.commissions.$inferInsert>) =>
  db.update(s.commissions).set(values).where(eq(s.commissions.id, id));

let ids: Record<string, string> = {};

/**
 * March 2026 of acme, USD: L1 3000 earned (then paid, 28 March), L2 6000 earned and reversed in
 * March, L3 1500 earned in February and reversed in March, L4 12000 rejected, a -500 adjustment of
 * L1; EUR: L5 3000 earned. A second item paid in April. The other advertiser earns 900 in March.
 */
beforeAll(async () => {
  const l1 = await earn(db, acme, 10_000);
  const l2 = await earn(db, acme, 20_000);
  const l3 = await earn(db, acme, 5_000);
  const l4 = await earn(db, acme, 40_000);
  const l5 = await earn(db, acme, 10_000, 'EUR');
  const l6 = await earn(db, acme, 1_000);
  const theirs = await earn(db, other, 3_000);
  await setLine(l1.id, { createdAt: at('2026-03-05T10:00:00Z'), status: 'approved' });
  await setLine(l2.id, {
    createdAt: at('2026-03-10T10:00:00Z'),
    status: 'reversed',
    reversedAt: at('2026-03-20T10:00:00Z'),
  });
  await setLine(l3.id, {
    createdAt: at('2026-02-27T10:00:00Z'),
    status: 'reversed',
    reversedAt: at('2026-03-02T10:00:00Z'),
  });
  await setLine(l4.id, { createdAt: at('2026-03-15T10:00:00Z'), status: 'rejected' });
  await setLine(l5.id, { createdAt: at('2026-03-08T10:00:00Z') });
  await setLine(l6.id, { createdAt: at('2026-04-01T00:00:00Z'), status: 'approved' });
  await setLine(theirs.id, { createdAt: at('2026-03-12T10:00:00Z') });
  const [adjustment] = await db
    .insert(s.commissions)
    .values({
      conversionId: l1.conversionId,
      organizationId: acme.org.id,
      programId: l1.programId,
      beneficiaryId: l1.beneficiaryId,
      enrollmentId: l1.enrollmentId,
      kind: 'adjustment',
      amountMinor: -500,
      currency: 'USD',
      status: 'approved',
      holdUntil: at('2026-03-25T10:00:00Z'),
      reversesCommissionId: l1.id,
      createdAt: at('2026-03-25T10:00:00Z'),
    })
    .returning();
  const paid = await putInPayout(db, acme, [{ id: l1.id, amountMinor: 3_000 }], 'success');
  const later = await putInPayout(db, acme, [{ id: l6.id, amountMinor: 300 }], 'success');
  await db
    .update(s.payoutItems)
    .set({ paidAt: at('2026-03-28T10:00:00Z') })
    .where(eq(s.payoutItems.id, paid.item.id));
  await db
    .update(s.payoutItems)
    .set({ paidAt: at('2026-04-02T10:00:00Z') })
    .where(eq(s.payoutItems.id, later.item.id));
  ids = { l1: l1.id, l2: l2.id, l3: l3.id, l4: l4.id, l5: l5.id, adjustment: adjustment!.id, item: paid.item.id };
  // Sanity: the amounts the figures below are built from.
  const lines = await db
    .select({ id: s.commissions.id, amountMinor: s.commissions.amountMinor })
    .from(s.commissions)
    .where(inArray(s.commissions.id, [l1.id, l2.id, l3.id, l4.id, l5.id]));
  expect(Object.fromEntries(lines.map((l) => [l.id, l.amountMinor]))).toEqual({
    [l1.id]: 3_000,
    [l2.id]: 6_000,
    [l3.id]: 1_500,
    [l4.id]: 12_000,
    [l5.id]: 3_000,
  });
});

describe('monthly statements', () => {
  it('adds up earned, reversed, paid and net per currency for the month', async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/statements?month=2026-03`);
    expectStatus(res, 200);
    expect(res.body).toEqual({
      month: '2026-03',
      // No affiliate here has a VAT id, so the month issued no self-billing invoice (test/workers/tax-forms.test.ts).
      invoices: [],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      currencies: [
        {
          currency: 'EUR',
          earnedMinor: 3_000,
          earnedCount: 1,
          reversedMinor: 0,
          reversedCount: 0,
          paidMinor: 0,
          paidCount: 0,
          netMinor: 3_000,
        },
        {
          currency: 'USD',
          earnedMinor: 9_000,
          earnedCount: 2,
          reversedMinor: 8_000,
          reversedCount: 3,
          paidMinor: 3_000,
          paidCount: 1,
          netMinor: 1_000,
        },
      ],
    });
    const other$ = await call(other.owner, 'GET', `/orgs/${other.org.id}/statements?month=2026-03`);
    expect(other$.body.currencies).toEqual([
      expect.objectContaining({ currency: 'USD', earnedMinor: 900, paidMinor: 0 }),
    ]);
    const empty = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/statements?month=2025-03`);
    expect(empty.body.currencies).toEqual([]);
  });

  it('lists the months with activity, newest first', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/statements/months`);
    expectStatus(res, 200);
    expect(res.body.items.slice(-3)).toEqual(['2026-04', '2026-03', '2026-02']);
    expect([...res.body.items].sort().reverse()).toEqual(res.body.items);
  });

  it('downloads the month as CSV whose rows add up to the figures', async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/statements/export.csv?month=2026-03`);
    expectStatus(res, 200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="statement-2026-03.csv"');
    const [header, ...rows] = (res.body as string)
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(header).toEqual([
      'entry',
      'at',
      'currency',
      'amount',
      'affiliate_id',
      'program_id',
      'commission_id',
      'commission_kind',
      'payout_item_id',
      'payout_batch_id',
      'paypal_transaction_id',
    ]);
    const entries = rows.map((r) => [r[0], r[2], r[3], r[6] || r[8]]);
    expect(entries).toEqual(
      expect.arrayContaining([
        ['earned', 'USD', '30.00', ids.l1],
        ['earned', 'USD', '60.00', ids.l2],
        ['earned', 'EUR', '30.00', ids.l5],
        ['reversed', 'USD', '5.00', ids.adjustment],
        ['reversed', 'USD', '60.00', ids.l2],
        ['reversed', 'USD', '15.00', ids.l3],
        ['paid', 'USD', '30.00', ids.item],
      ]),
    );
    expect(rows).toHaveLength(7);
    expect(rows.some((r) => r[6] === ids.l4)).toBe(false);
  });

  it('is for owners and finance of the organization; a bad month is a 400', async () => {
    expectStatus(await call(acme.admin, 'GET', `/orgs/${acme.org.id}/statements?month=2026-03`), 403);
    expectStatus(await call(acme.affiliateSession, 'GET', `/orgs/${acme.org.id}/statements?month=2026-03`), 404);
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/statements?month=2026-03`), 404);
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/statements/export.csv?month=2026-03`), 404);
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/statements?month=2026-13`), 400);
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/statements`), 400);
  });
});
