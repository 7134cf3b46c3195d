import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAdvertiser, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// What the advertiser console reads beyond the lists' first filters: conversions of one app, the
// postback log narrowed to one affiliate and a time window, and the payout paying each commission line.
// Two advertisers side by side: acme with a second app, and other, whose rows acme never sees.

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
let secondAppId: string;
const conversionIds: Record<string, string> = {};

async function sale(a: Advertiser, appId = a.app.id) {
  const click = await insertClick(db, a, { at: new Date(Date.now() - 600_000) });
  const out = await record(
    db,
    { ...a, app: { ...a.app, id: appId } },
    {
      type: 'sale',
      click_id: click.id,
      amount: 10_000,
      currency: 'USD',
    },
  );
  return out.conversion.id;
}

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  const [app] = await db
    .insert(s.apps)
    .values({ organizationId: acme.org.id, name: 'Second', siteUrl: 'https://two.example/', allowedDomains: [] })
    .returning();
  secondAppId = app!.id;
  conversionIds.acmeFirst = await sale(acme);
  conversionIds.acmeSecond = await sale(acme, secondAppId);
  conversionIds.other = await sale(other);
});
afterAll(() => close());

describe('GET /orgs/{orgId}/conversions?appId=', () => {
  it('lists only the events of that app, and another tenant’s app matches nothing', async () => {
    const first = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions?appId=${acme.app.id}`);
    expectStatus(first, 200);
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual([conversionIds.acmeFirst]);
    const second = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions?appId=${secondAppId}`);
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual([conversionIds.acmeSecond]);
    const theirs = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions?appId=${other.app.id}`);
    expectStatus(theirs, 200);
    expect(theirs.body.items).toEqual([]);
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/conversions?appId=${acme.app.id}`), 404);
  });
});

describe('GET /orgs/{orgId}/postbacks/deliveries with affiliateId, from and to', () => {
  it('narrows the log to one affiliate and a window of creation times', async () => {
    const at = new Date(Date.now() - 3 * 86_400_000);
    const rows = [
      { tenant: acme, createdAt: at },
      { tenant: acme, createdAt: new Date() },
      { tenant: other, createdAt: at },
    ];
    const inserted = await db
      .insert(s.postbackDeliveries)
      .values(
        rows.map(({ tenant, createdAt }, i) => ({
          affiliateId: tenant.affiliate.id,
          organizationId: tenant.org.id,
          eventType: 'sale' as const,
          eventKey: `key-${i}-${Date.now()}`,
          url: 'https://tracker.example/pb',
          status: 'success' as const,
          attempts: 1,
          createdAt,
        })),
      )
      .returning();
    const path = `/orgs/${acme.org.id}/postbacks/deliveries`;
    const window = `from=${new Date(at.getTime() - 60_000).toISOString()}&to=${new Date(at.getTime() + 60_000).toISOString()}`;
    const old = await call(acme.owner, 'GET', `${path}?affiliateId=${acme.affiliate.id}&${window}`);
    expectStatus(old, 200);
    expect(old.body.items.map((d: { id: string }) => d.id)).toEqual([inserted[0]!.id]);
    const all = await call(acme.owner, 'GET', `${path}?affiliateId=${acme.affiliate.id}`);
    expect(all.body.items.map((d: { id: string }) => d.id).sort()).toEqual([inserted[0]!.id, inserted[1]!.id].sort());
    const theirs = await call(acme.owner, 'GET', `${path}?affiliateId=${other.affiliate.id}`);
    expect(theirs.body.items).toEqual([]);
    expectStatus(await call(other.owner, 'GET', path), 404);
  });
});

describe('GET /orgs/{orgId}/conversions/{conversionId} payouts', () => {
  it('names the payout item and batch paying a line, and none for a line in no payout', async () => {
    const id = conversionIds.acmeFirst!;
    const before = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${id}`);
    expectStatus(before, 200);
    expect(before.body.payouts).toEqual([]);
    const line = before.body.commissions[0];
    const [batch] = await db
      .insert(s.payoutBatches)
      .values({ organizationId: acme.org.id, currency: 'USD', status: 'completed', totalMinor: 3000, itemCount: 1 })
      .returning();
    const [item] = await db
      .insert(s.payoutItems)
      .values({
        batchId: batch!.id,
        affiliateId: acme.affiliate.id,
        organizationId: acme.org.id,
        amountMinor: 3000,
        currency: 'USD',
        receiverEmail: 'payee@example.com',
        status: 'success',
        paidAt: new Date(),
      })
      .returning();
    await db.insert(s.payoutItemCommissions).values({ payoutItemId: item!.id, commissionId: line.id });
    const after = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${id}`);
    expect(after.body.payouts).toEqual([
      {
        commissionId: line.id,
        itemId: item!.id,
        status: 'success',
        paidAt: expect.any(String),
        itemAmountMinor: 3000,
        currency: 'USD',
        batchId: batch!.id,
        batchStatus: 'completed',
      },
    ]);
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/conversions/${id}`), 404, 'not_found');
  });
});
