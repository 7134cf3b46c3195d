import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { earn, putInPayout, setHoldUntil } from '../finance';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let rival: TestSession;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let paidLine: Awaited<ReturnType<typeof earn>>;
let couponLine: Awaited<ReturnType<typeof earn>>;
let clickId: string;
let paid: Awaited<ReturnType<typeof putInPayout>>;

const path = (orgId: string, conversionId: string) => `/affiliate/orgs/${orgId}/conversions/${conversionId}`;

beforeAll(async () => {
  const rivalTenant = await addPayee(db, acme);
  rival = await signInAs(db, rivalTenant.affiliate.id);
  paidLine = await earn(db, acme, 10_000);
  await setHoldUntil(db, [paidLine.id], new Date(Date.now() - 1000));
  paid = await putInPayout(db, acme, [paidLine], 'success');
  const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.id, paidLine.conversionId!));
  clickId = conversion!.clickId!;
  // A sale credited by coupon: its stored click id is whatever the partner reported, so it is not shown.
  couponLine = await earn(db, acme, 5_000);
  await db
    .update(s.conversions)
    .set({ attributionMethod: 'coupon' })
    .where(eq(s.conversions.id, couponLine.conversionId!));
});

describe('GET /affiliate/orgs/{orgId}/conversions/{conversionId}', () => {
  it('explains a conversion from a click: the click, your line with its calculation, and the payout', async () => {
    const res = await call(acme.affiliateSession, 'GET', path(acme.org.id, paidLine.conversionId!));
    expectStatus(res, 200);
    expect(res.body.conversion).toMatchObject({
      id: paidLine.conversionId,
      type: 'sale',
      attributionMethod: 'click_id',
      programId: acme.program.id,
      programName: acme.program.name,
    });
    for (const hidden of ['amountMinor', 'currency', 'eventId', 'orderId', 'fraudFlags'])
      expect(res.body.conversion).not.toHaveProperty(hidden);
    expect(res.body.click).toMatchObject({ id: clickId, status: 'accepted' });
    expect(res.body.click).not.toHaveProperty('ip');
    expect(res.body.lines).toHaveLength(1);
    expect(res.body.lines[0]).toMatchObject({
      id: paidLine.id,
      level: 0,
      amountMinor: 3000,
      status: 'paid',
      payout: { itemId: paid.item.id, status: 'success', batchId: paid.batch.id },
    });
    expect(res.body.lines[0].calculation.formula).toEqual(expect.any(String));
  });

  it('explains a conversion without a click, with its line still in no payout', async () => {
    const res = await call(acme.affiliateSession, 'GET', path(acme.org.id, couponLine.conversionId!));
    expectStatus(res, 200);
    expect(res.body.conversion).toMatchObject({ id: couponLine.conversionId, attributionMethod: 'coupon' });
    expect(res.body.click).toBeNull();
    expect(res.body.lines).toEqual([
      expect.objectContaining({ id: couponLine.id, amountMinor: 1500, status: 'pending', payout: null }),
    ]);
  });

  it('is not_found to another affiliate, another advertiser’s context and an unknown id', async () => {
    expectStatus(await call(rival, 'GET', path(acme.org.id, paidLine.conversionId!)), 404, 'not_found');
    expectStatus(
      await call(other.affiliateSession, 'GET', path(other.org.id, paidLine.conversionId!)),
      404,
      'not_found',
    );
    const unknown = `${paidLine.conversionId!.slice(0, -4)}0000`;
    expectStatus(await call(acme.affiliateSession, 'GET', path(acme.org.id, unknown)), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', path(acme.org.id, paidLine.conversionId!)), 404, 'not_found');
  });
});
