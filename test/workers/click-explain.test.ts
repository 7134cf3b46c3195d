import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { earn, putInPayout, refund, setHoldUntil } from '../finance';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let rival: TestSession;
let support: TestSession;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let clickId: string;
let conversionId: string;
let line: Awaited<ReturnType<typeof earn>>;
let upline: typeof s.commissions.$inferSelect;
let paid: Awaited<ReturnType<typeof putInPayout>>;

beforeAll(async () => {
  const rivalTenant = await addPayee(db, acme);
  rival = await signInAs(db, rivalTenant.affiliate.id);
  support = await createStaff(db, 'support');
  // A paid sale: click → conversion → level-0 line → payout item of a completed batch.
  line = await earn(db, acme, 10_000);
  conversionId = line.conversionId!;
  const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.id, conversionId));
  clickId = conversion!.clickId!;
  await setHoldUntil(db, [line.id], new Date(Date.now() - 1000));
  paid = await putInPayout(db, acme, [line], 'success');
  // Another affiliate's upline share of the same conversion: the advertiser sees it, the affiliate not.
  const [inserted] = await db
    .insert(s.commissions)
    .values({
      conversionId,
      organizationId: acme.org.id,
      programId: acme.program.id,
      beneficiaryId: rivalTenant.affiliate.id,
      level: 1,
      amountMinor: 500,
      currency: 'USD',
      rateBps: 500,
      holdUntil: new Date(Date.now() + 86_400_000),
      calculation: { rule: 'upline', formula: '10000 × 5% = 500' },
    })
    .returning();
  upline = inserted!;
});

describe('every cent of a click explained', () => {
  it('shows the advertiser the click, its conversion with revenue, every line and the payout that paid it', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks/${clickId}`);
    expectStatus(res, 200);
    expect(res.body.click).toMatchObject({ id: clickId, ip: '198.51.100.7', affiliateId: acme.affiliate.id });
    expect(res.body.conversions).toHaveLength(1);
    const [conversion] = res.body.conversions;
    expect(conversion).toMatchObject({ id: conversionId, type: 'sale', amountMinor: 10_000, currency: 'USD' });
    expect(conversion.lines.map((l: { id: string }) => l.id)).toEqual([line.id, upline.id]);
    const [direct, up] = conversion.lines;
    expect(direct).toMatchObject({
      level: 0,
      kind: 'commission',
      status: 'paid',
      amountMinor: 3000,
      currency: 'USD',
      rateBps: 3000,
      beneficiaryId: acme.affiliate.id,
      payout: {
        itemId: paid.item.id,
        status: 'success',
        batchId: paid.batch.id,
        batchStatus: 'completed',
        itemAmountMinor: 3000,
      },
    });
    expect(direct.calculation).toMatchObject({ rateBps: 3000, baseAmountMinor: 10_000 });
    expect(direct.calculation.formula).toEqual(expect.any(String));
    expect(up).toMatchObject({ level: 1, status: 'pending', payout: null });
  });

  it('shows the affiliate its own lines only, and no revenue amount', async () => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/clicks/${clickId}`);
    expectStatus(res, 200);
    expect(res.body.click).not.toHaveProperty('ip');
    const [conversion] = res.body.conversions;
    expect(conversion).toMatchObject({ id: conversionId, type: 'sale', attributionMethod: 'click_id' });
    for (const hidden of ['amountMinor', 'currency', 'eventId', 'orderId', 'fraudFlags', 'affiliateId'])
      expect(conversion).not.toHaveProperty(hidden);
    expect(conversion.lines).toHaveLength(1);
    expect(conversion.lines[0]).toMatchObject({
      id: line.id,
      amountMinor: 3000,
      status: 'paid',
      payout: { itemId: paid.item.id, status: 'success', batchId: paid.batch.id },
    });
    expect(conversion.lines[0]).not.toHaveProperty('beneficiaryId');
    expect(conversion.lines[0].payout).not.toHaveProperty('itemAmountMinor');
  });

  it('is not_found to another tenant, another affiliate and an unknown id; platform staff see it', async () => {
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/clicks/${clickId}`), 404, 'not_found');
    expectStatus(await call(rival, 'GET', `/affiliate/orgs/${acme.org.id}/clicks/${clickId}`), 404, 'not_found');
    expectStatus(
      await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/clicks/${clickId}`),
      404,
      'not_found',
    );
    const unknown = `${clickId.slice(0, -4)}0000`;
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks/${unknown}`), 404, 'not_found');
    const platform = await call(support, 'GET', `/platform/clicks/${clickId}`);
    expectStatus(platform, 200);
    expect(platform.body.click.organizationId).toBe(acme.org.id);
    expect(platform.body.conversions[0].lines).toHaveLength(2);
  });

  it('shows a refund after payout as a conversion of the same click, with its negative adjustment', async () => {
    await refund(db, acme, line.orderId, 10_000);
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks/${clickId}`);
    expectStatus(res, 200);
    expect(res.body.conversions.map((c: { type: string }) => c.type)).toEqual(['sale', 'refund']);
    const [adjustment] = res.body.conversions[1].lines;
    expect(adjustment).toMatchObject({ kind: 'adjustment', amountMinor: -3000, reversesCommissionId: line.id });
    expect(adjustment.calculation).toMatchObject({ rule: 'reversal', reverses: line.id });
    const mine = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/clicks/${clickId}`);
    expect(mine.body.conversions[1].lines.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([-3000]);
  });
});
