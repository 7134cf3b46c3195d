import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let support: TestSession;
useTwoAdvertisers((t) => ({ db, acme, other } = t));
beforeAll(async () => {
  support = await createStaff(db, 'support');
});

describe('platform support is read-only everywhere', () => {
  it('cannot create an organization (403 forbidden), and nothing is created', async () => {
    const res = await call(support, 'POST', '/orgs', { name: 'Support Co' });
    expectStatus(res, 403, 'forbidden');
    const rows = await db.select().from(s.memberships).where(eq(s.memberships.userId, support.userId));
    expect(rows).toEqual([]);
  });

  it('cannot write as an affiliate either, even with an enrollment of its own', async () => {
    await db.insert(s.enrollments).values({
      programId: acme.program.id,
      affiliateId: support.userId,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `SUP${uuidv7().slice(-8)}`,
    });
    const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, support.userId));
    const res = await call(support, 'POST', `/affiliate/orgs/${acme.org.id}/links`, {
      enrollmentId: enrollment!.id,
      name: 'support link',
    });
    expectStatus(res, 403, 'forbidden');
    expect((await call(support, 'GET', `/affiliate/orgs/${acme.org.id}/links`)).status).toBe(200);
  });

  it('still manages its own account under /me', async () => {
    const res = await call(support, 'PATCH', '/me', { firstName: 'Sam' });
    expectStatus(res, 200);
    expect(res.body.firstName).toBe('Sam');
  });
});

describe('/affiliate/* is for affiliate accounts', () => {
  it('refuses advertiser staff with not_affiliate', async () => {
    for (const who of [acme.owner, acme.admin, acme.finance]) {
      for (const path of ['/affiliate/balances', '/affiliate/programs', '/affiliate/payouts', '/affiliate/orgs']) {
        expectStatus(await call(who, 'GET', path), 403, 'not_affiliate');
      }
    }
  });

  it('refuses platform staff without an affiliate side', async () => {
    const admin = await createStaff(db, 'platform_admin');
    expectStatus(await call(admin, 'GET', '/affiliate/balances'), 403, 'not_affiliate');
  });

  it('lets in affiliates: approved, enrolled, and one still waiting for approval', async () => {
    expectStatus(await call(acme.affiliateSession, 'GET', '/affiliate/balances'), 200);
    const waiting = await createUserSession(db);
    expectStatus(await call(waiting, 'GET', '/affiliate/programs'), 200);
  });

  it('lets in a person who is both advertiser staff and an approved affiliate', async () => {
    const both = await createUserSession(db, { approvedAffiliate: true });
    await db.insert(s.memberships).values({ organizationId: other.org.id, userId: both.userId, role: 'owner' });
    expectStatus(await call(both, 'GET', '/affiliate/balances'), 200);
    expectStatus(await call(both, 'GET', `/orgs/${other.org.id}`), 200);
  });
});

describe("an advertiser's conversion trace", () => {
  const outcome = (out: Awaited<ReturnType<typeof record>>) => ({
    status: out.conversion.status,
    attribution: out.attribution,
    trace: out.attributionTrace,
    commissions: out.commissions,
  });

  it("answers another tenant's click id exactly like an unknown one (recent ids)", async () => {
    const foreign = await insertClick(db, other, { at: new Date(Date.now() - 60_000) });
    const unknown = uuidv7(Date.now() - 60_000);
    const a = await record(db, acme, { type: 'sale', click_id: foreign.id, amount: 1000, currency: 'USD' });
    const b = await record(db, acme, { type: 'sale', click_id: unknown, amount: 1000, currency: 'USD' });
    expect(outcome(a)).toEqual(outcome(b));
    expect(a.attributionTrace).toEqual([{ step: 'click_id', outcome: 'waiting_for_click' }]);
    const viewA = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${a.conversion.id}`);
    const viewB = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${b.conversion.id}`);
    expect(viewA.status).toBe(viewB.status);
    expect(viewA.body.attributionTrace).toEqual(viewB.body.attributionTrace);
    expect(viewA.body.attribution).toEqual(viewB.body.attribution);
    expect(viewA.body.conversion.status).toBe(viewB.body.conversion.status);
  });

  it("answers another tenant's click id exactly like an unknown one (past the wait)", async () => {
    const at = Date.now() - 3 * 86_400_000;
    const foreign = await insertClick(db, other, { at: new Date(at) });
    const unknown = uuidv7(at);
    const a = await record(db, acme, { type: 'sale', click_id: foreign.id, amount: 1000, currency: 'USD' });
    const b = await record(db, acme, { type: 'sale', click_id: unknown, amount: 1000, currency: 'USD' });
    expect(outcome(a)).toEqual(outcome(b));
    expect(a.attributionTrace[0]).toEqual({ step: 'click_id', outcome: 'not_found' });
  });
});
