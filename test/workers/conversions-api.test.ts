import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus, type ApiResult } from '../api-client';
import { insertClick, nextEventId, record } from '../conversions';
import { testDb } from '../fixtures';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Two advertisers (acme, other) and two affiliates side by side: alice (acme's own affiliate) and
// bob (other's), each enrolled with both advertisers. Carol, referred by alice, sells for acme, so
// alice earns an upline line from a sale that is not hers.

interface Affiliate {
  id: string;
  email: string;
  session: TestSession;
  /** Per organization id: the enrollment. */
  in: Record<string, string>;
}

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
let alice: Affiliate;
let bob: Affiliate;
let carol: Affiliate;
let support: TestSession;
/** Conversion ids per (advertiser, affiliate), recorded in beforeAll. */
const sales: Record<string, string[]> = {};
const key = (a: Advertiser, f: Affiliate) => `${a.org.id}:${f.id}`;

async function enroll(a: Advertiser, affiliateId: string): Promise<string> {
  const [row] = await db
    .insert(s.enrollments)
    .values({
      programId: a.program.id,
      affiliateId,
      organizationId: a.org.id,
      status: 'active',
      refCode: `code-${uuidv7()}`,
    })
    .returning();
  return row!.id;
}

async function affiliateOf(a: Advertiser): Promise<Affiliate> {
  const [user] = await db.select().from(s.users).where(eq(s.users.id, a.affiliate.id));
  return { id: user!.id, email: user!.email, session: a.affiliateSession, in: { [a.org.id]: a.enrollment.id } };
}

async function newAffiliate(referredById: string | null): Promise<Affiliate> {
  const [user] = await db
    .insert(s.users)
    .values({ email: `aff-${uuidv7()}@example.com`, approvedAffiliate: true, referredById })
    .returning();
  return { id: user!.id, email: user!.email, session: await signInAs(db, user!.id), in: {} };
}

/** A sale credited by click id to `f` in `a`'s program, ten minutes after the click. */
async function sale(a: Advertiser, f: Affiliate, event: Record<string, unknown> = {}) {
  const click = await insertClick(db, a, {
    at: new Date(Date.now() - 600_000),
    enrollmentId: f.in[a.org.id]!,
    affiliateId: f.id,
  });
  const out = await record(db, a, {
    type: 'sale',
    click_id: click.id,
    amount: 10_000,
    currency: 'USD',
    customer_id: nextEventId('cus'),
    ...event,
  });
  (sales[key(a, f)] ??= []).push(out.conversion.id);
  return out;
}

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  [alice, bob] = await Promise.all([affiliateOf(acme), affiliateOf(other)]);
  alice.in[other.org.id] = await enroll(other, alice.id);
  bob.in[acme.org.id] = await enroll(acme, bob.id);
  carol = await newAffiliate(alice.id);
  carol.in[acme.org.id] = await enroll(acme, carol.id);
  support = await createStaff(db, 'support');
  for (const a of [acme, other]) for (const f of [alice, bob]) await sale(a, f);
  await sale(acme, carol);
});
afterAll(() => close());

const OUR_PATHS = [
  '/api/orgs/{orgId}/conversions',
  '/api/orgs/{orgId}/conversions/{conversionId}',
  '/api/orgs/{orgId}/conversions/{conversionId}/approve',
  '/api/orgs/{orgId}/conversions/{conversionId}/reject',
  '/api/orgs/{orgId}/commissions',
  '/api/affiliate/orgs/{orgId}/conversions',
  '/api/affiliate/orgs/{orgId}/commissions',
];
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
const org = (a: Advertiser) => `/orgs/${a.org.id}`;
const mine = (a: Advertiser) => `/affiliate/orgs/${a.org.id}`;

describe('tenancy', () => {
  it.each([0, 1])('advertiser %i sees only its own conversions and commissions', async (n) => {
    const [me, them] = n === 0 ? [acme, other] : [other, acme];
    const own = Object.entries(sales)
      .filter(([k]) => k.startsWith(me.org.id))
      .flatMap(([, v]) => v);
    const theirs = Object.entries(sales)
      .filter(([k]) => k.startsWith(them.org.id))
      .flatMap(([, v]) => v);
    const list = await call(me.owner, 'GET', `${org(me)}/conversions?limit=100`);
    expectStatus(list, 200);
    expect(ids(list.body)).toEqual(expect.arrayContaining(own));
    for (const id of theirs) expect(ids(list.body)).not.toContain(id);

    const lines = await call(me.owner, 'GET', `${org(me)}/commissions?limit=100`);
    expectStatus(lines, 200);
    expect(lines.body.items.length).toBeGreaterThan(0);
    for (const line of lines.body.items) expect(own).toContain(line.conversion.id);

    for (const id of theirs) {
      expectStatus(await call(me.owner, 'GET', `${org(me)}/conversions/${id}`), 404, 'not_found');
      expectStatus(await call(me.owner, 'GET', `${org(them)}/conversions/${id}`), 404, 'not_found');
      expectStatus(
        await call(me.admin, 'POST', `${org(me)}/conversions/${id}/reject`, { reason: 'not yours' }),
        404,
        'not_found',
      );
    }
  });

  it.each(['alice', 'bob'])(
    'affiliate %s sees, in each advertiser context, only conversions credited to it and its own lines',
    async (name) => {
      const f = name === 'alice' ? alice : bob;
      for (const a of [acme, other]) {
        const list = await call(f.session, 'GET', `${mine(a)}/conversions?limit=100`);
        expectStatus(list, 200);
        expect(ids(list.body).sort()).toEqual([...sales[key(a, f)]!].sort());
        const lines = await call(f.session, 'GET', `${mine(a)}/commissions?limit=100`);
        expectStatus(lines, 200);
        for (const line of lines.body.items) expect(line).not.toHaveProperty('beneficiary');
        const direct = lines.body.items
          .filter((l: { level: number }) => l.level === 0)
          .map((l: { conversion: { id: string } }) => l.conversion.id);
        expect(direct.sort()).toEqual([...sales[key(a, f)]!].sort());
      }
    },
  );

  it('an affiliate reaches no advertiser route, and no advertiser it has not joined', async () => {
    expectStatus(await call(alice.session, 'GET', `${org(acme)}/conversions`), 404, 'not_found');
    expectStatus(await call(alice.session, 'GET', `${org(acme)}/commissions`), 404, 'not_found');
    expectStatus(await call(carol.session, 'GET', `${mine(other)}/conversions`), 404, 'not_found');
  });

  it('the rows really exist on both sides (the not_found above are about tenancy, not absence)', async () => {
    for (const [k, list] of Object.entries(sales)) {
      const a = k.startsWith(acme.org.id) ? acme : other;
      for (const id of list) expectStatus(await call(a.owner, 'GET', `${org(a)}/conversions/${id}`), 200);
    }
  });
});

describe('GET /orgs/{orgId}/conversions and /{conversionId}', () => {
  it('shows the advertiser everything: affiliate email, trace, the direct commission, and every line with its calculation', async () => {
    const id = sales[key(acme, carol)]![0]!;
    const list = await call(acme.finance, 'GET', `${org(acme)}/conversions?affiliateId=${carol.id}`);
    expectStatus(list, 200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id,
      type: 'sale',
      source: 'api',
      status: 'pending',
      amountMinor: 10_000,
      currency: 'USD',
      programId: acme.program.id,
      affiliateId: carol.id,
      affiliateEmail: carol.email,
      attributionMethod: 'click_id',
      fraudFlags: [],
      rejectReason: null,
      parentConversionId: null,
      directCommission: { kind: 'commission', amountMinor: 3000, currency: 'USD', status: 'pending' },
    });
    expect(list.body.items[0].externalCustomerId).toMatch(/^cus-/);

    const detail = await call(acme.finance, 'GET', `${org(acme)}/conversions/${id}`);
    expectStatus(detail, 200);
    expect(detail.body).not.toHaveProperty('duplicate');
    expect(detail.body.attribution).toMatchObject({
      method: 'click_id',
      affiliateId: carol.id,
      affiliateEmail: carol.email,
      enrollmentId: carol.in[acme.org.id],
    });
    expect(detail.body.attributionTrace).toEqual([{ step: 'click_id', outcome: 'matched' }]);
    // 30 % to carol, 10 % of the sale to alice (level 1, her referrer).
    expect(
      detail.body.commissions.map((c: { level: number; beneficiaryId: string; amountMinor: number }) => [
        c.level,
        c.beneficiaryId,
        c.amountMinor,
      ]),
    ).toEqual([
      [0, carol.id, 3000],
      [1, alice.id, 1000],
    ]);
    expect(detail.body.commissions[1].calculation).toMatchObject({ rule: 'upline', level: 1, rateBps: 1000 });
    expect(detail.body.review).toEqual({ reviewer: null, reviewedAt: null });
    expect(detail.body.conversion).toMatchObject({ id, status: 'pending', couponCode: null });
    expect(Date.parse(detail.body.conversion.receivedAt)).not.toBeNaN();
  });

  it('is readable by support staff and finance', async () => {
    expectStatus(await call(support, 'GET', `${org(acme)}/conversions`), 200);
    expectStatus(await call(support, 'GET', `${org(acme)}/commissions`), 200);
    expectStatus(await call(acme.finance, 'GET', `${org(acme)}/commissions`), 200);
  });
});

describe('GET /affiliate/orgs/{orgId}/conversions and /commissions', () => {
  it('shows the affiliate its conversion without the advertiser’s private data, with the trace’s methods and its commission', async () => {
    // Credited by coupon after the click step found the click too old: a trace with free-text details.
    await db.update(s.enrollments).set({ couponCode: 'ALICE10' }).where(eq(s.enrollments.id, acme.enrollment.id));
    const old = await insertClick(db, acme, { at: new Date(Date.now() - 40 * 86_400_000) });
    const out = await record(db, acme, {
      type: 'sale',
      click_id: old.id,
      coupon: 'alice10',
      amount: 10_000,
      currency: 'USD',
      customer_id: 'cus-private',
      customer_email: 'someone@example.net',
      order_id: `order-${uuidv7()}`,
      ip: '203.0.113.9',
      user_agent: 'Mozilla/5.0 (Private)',
    });
    (sales[key(acme, alice)] ??= []).push(out.conversion.id);
    expect(out.attributionTrace.map((st) => [st.step, st.outcome, typeof st.detail])).toEqual([
      ['click_id', 'expired', 'string'],
      ['coupon', 'matched', 'undefined'],
    ]);
    const list = await call(alice.session, 'GET', `${mine(acme)}/conversions?limit=1`);
    expectStatus(list, 200);
    const item = list.body.items[0];
    expect(item.id).toBe(out.conversion.id);
    expect(Object.keys(item).sort()).toEqual(
      [
        'amountMinor',
        'attributionMethod',
        'attributionTrace',
        'clickId',
        'currency',
        'directCommission',
        'id',
        'occurredAt',
        'parentConversionId',
        'programId',
        'programName',
        'receivedAt',
        'rejectReason',
        'status',
        'type',
      ].sort(),
    );
    expect(item).toMatchObject({
      programId: acme.program.id,
      programName: 'Program',
      attributionMethod: 'coupon',
      clickId: null,
      directCommission: { amountMinor: 3000, status: 'pending' },
    });
    expect(item.attributionTrace).toEqual([
      { step: 'click_id', outcome: 'expired' },
      { step: 'coupon', outcome: 'matched' },
    ]);
    // Credited by coupon, the stored click id is whatever the partner reported (it could be another
    // affiliate's); the advertiser still sees it.
    const detail = await call(acme.owner, 'GET', `${org(acme)}/conversions/${out.conversion.id}`);
    expect(detail.body.conversion).toMatchObject({
      couponCode: 'ALICE10',
      ip: '203.0.113.9',
      externalCustomerId: 'cus-private',
    });
    expect(detail.body.attribution).toMatchObject({ method: 'coupon', clickId: old.id });
    const byClick = await call(alice.session, 'GET', `${mine(acme)}/conversions?limit=100`);
    const clicked = byClick.body.items.find((i: { id: string }) => i.id === sales[key(acme, alice)]![0]);
    expect(clicked).toMatchObject({ attributionMethod: 'click_id', clickId: expect.any(String) });
    expect(JSON.stringify(item)).not.toMatch(/203\.0\.113\.9|someone@|order-|cus-|ALICE10|Private|cookie days|evt-/);
  });

  it('shows the upline its level-1 line from a referral’s sale with the calculation, but not the referral’s conversion', async () => {
    const res = await call(alice.session, 'GET', `${mine(acme)}/commissions?level=1`);
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(1);
    const line = res.body.items[0];
    expect(line).toMatchObject({
      level: 1,
      amountMinor: 1000,
      currency: 'USD',
      status: 'pending',
      programName: 'Program',
      conversion: { id: sales[key(acme, carol)]![0], type: 'sale' },
    });
    expect(line.calculation).toMatchObject({
      rule: 'upline',
      level: 1,
      baseAmountMinor: 10_000,
      formula: expect.stringContaining('10.00%'),
    });
    // Those flags describe carol's enrollment terms, which are none of alice's business.
    expect(line.calculation).not.toHaveProperty('overridden');
    const conversions = await call(alice.session, 'GET', `${mine(acme)}/conversions?limit=100`);
    expect(ids(conversions.body)).not.toContain(sales[key(acme, carol)]![0]);
    const carols = await call(carol.session, 'GET', `${mine(acme)}/commissions?limit=100`);
    expect(carols.body.items.map((l: { level: number }) => l.level)).toEqual([0]);
  });
});

describe('review', () => {
  it('lists a self-referral in the flagged queue; only owner/admin may approve; approval releases it once', async () => {
    const out = await sale(acme, alice, { customer_email: alice.email.toUpperCase() });
    expect(out.conversion).toMatchObject({ status: 'flagged', fraudFlags: ['self_referral'] });
    const queue = await call(acme.owner, 'GET', `${org(acme)}/conversions?status=flagged`);
    expectStatus(queue, 200);
    expect(ids(queue.body)).toContain(out.conversion.id);
    for (const item of queue.body.items) expect(item.status).toBe('flagged');

    const path = `${org(acme)}/conversions/${out.conversion.id}/approve`;
    expectStatus(await call(support, 'POST', path), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'POST', path), 403, 'forbidden');
    expectStatus(await call(alice.session, 'POST', path), 404, 'not_found');
    expectStatus(await call(other.owner, 'POST', path), 404, 'not_found');

    const approved = await call(acme.admin, 'POST', path, { reason: 'Customer is her sister, checked' });
    expectStatus(approved, 200);
    expect(approved.body.conversion.status).toBe('approved');
    expect(approved.body.review.reviewer).toEqual({ id: acme.admin.userId, email: expect.any(String) });
    expect(Date.parse(approved.body.review.reviewedAt)).not.toBeNaN();
    expectStatus(await call(acme.admin, 'POST', path), 409, 'conflict');
    const queueAfter = await call(acme.owner, 'GET', `${org(acme)}/conversions?status=flagged&limit=100`);
    expect(ids(queueAfter.body)).not.toContain(out.conversion.id);
  });

  it('rejects a duplicate order with a reason: its commissions become rejected, the affiliate sees why, a second rejection is 409', async () => {
    const orderId = `dup-${uuidv7()}`;
    await sale(acme, bob, { order_id: orderId });
    const dup = await sale(acme, bob, { order_id: orderId });
    expect(dup.conversion).toMatchObject({ status: 'flagged', fraudFlags: ['duplicate_order'] });
    const path = `${org(acme)}/conversions/${dup.conversion.id}/reject`;
    expectStatus(await call(support, 'POST', path, { reason: 'dup' }), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'POST', path), 400);
    expectStatus(await call(acme.owner, 'POST', path, { reason: '' }), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'POST', path, { reason: 'x'.repeat(501) }), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'POST', path, { reason: 'dup', extra: 1 }), 400, 'validation_failed');

    const rejected = await call(acme.owner, 'POST', path, { reason: 'Same order reported twice' });
    expectStatus(rejected, 200);
    expect(rejected.body.conversion).toMatchObject({ status: 'rejected', rejectReason: 'Same order reported twice' });
    expect(rejected.body.commissions.length).toBeGreaterThan(0);
    for (const line of rejected.body.commissions) expect(line.status).toBe('rejected');
    expect(rejected.body.review.reviewer.id).toBe(acme.owner.userId);
    expectStatus(await call(acme.owner, 'POST', path, { reason: 'again' }), 409, 'conflict');
    // A rejected conversion cannot be approved either.
    expectStatus(
      await call(acme.owner, 'POST', `${org(acme)}/conversions/${dup.conversion.id}/approve`),
      409,
      'conflict',
    );

    const rejectedLines = await call(
      acme.owner,
      'GET',
      `${org(acme)}/commissions?status=rejected&beneficiaryId=${bob.id}`,
    );
    expect(rejectedLines.body.items.map((l: { conversion: { id: string } }) => l.conversion.id)).toEqual([
      dup.conversion.id,
    ]);
    expect(rejectedLines.body.items[0]).toMatchObject({
      reason: 'Same order reported twice',
      beneficiary: { id: bob.id, email: bob.email },
    });

    const bobs = await call(bob.session, 'GET', `${mine(acme)}/conversions?status=rejected`);
    expect(bobs.body.items).toEqual([
      expect.objectContaining({
        id: dup.conversion.id,
        rejectReason: 'Same order reported twice',
        directCommission: expect.objectContaining({ status: 'rejected' }),
      }),
    ]);
    const bobsLines = await call(bob.session, 'GET', `${mine(acme)}/commissions?status=rejected`);
    expect(bobsLines.body.items.map((l: { conversion: { id: string } }) => l.conversion.id)).toEqual([
      dup.conversion.id,
    ]);
  });

  it('approving an unflagged conversion is 409; a platform admin may review', async () => {
    const plain = await sale(other, bob);
    expectStatus(
      await call(other.owner, 'POST', `${org(other)}/conversions/${plain.conversion.id}/approve`),
      409,
      'conflict',
    );
    const staff = await createStaff(db, 'platform_admin');
    const res = await call(staff, 'POST', `${org(other)}/conversions/${plain.conversion.id}/reject`, {
      reason: 'Test order',
    });
    expectStatus(res, 200);
    expect(res.body.conversion.status).toBe('rejected');
  });
});

describe('paging and filters', () => {
  let shop: Advertiser;
  let shopAffiliate: Affiliate;
  const made: string[] = [];
  let lead: string;

  beforeAll(async () => {
    shop = await createAdvertiser(db);
    shopAffiliate = await affiliateOf(shop);
    for (let i = 0; i < 5; i++) made.push((await sale(shop, shopAffiliate)).conversion.id);
    // Credited to nobody: no click, an unknown coupon.
    lead = (await record(db, shop, { type: 'lead', occurred_at: '2020-01-01T00:00:00Z', coupon: 'NOBODY' })).conversion
      .id;
  });

  it('walks every conversion once, newest first, with the cursor', async () => {
    const all = await call(shop.owner, 'GET', `${org(shop)}/conversions?limit=100`);
    // Newest first by when the event happened (issue 25): the lead of 2020, received last, comes last.
    expect(ids(all.body)).toEqual([...[...made].sort().reverse(), lead]);
    // By arrival on request: UUIDv7 ids sort by arrival, so that is descending id order.
    const received = await call(shop.owner, 'GET', `${org(shop)}/conversions?limit=100&sort=-receivedAt`);
    expect(ids(received.body)).toEqual([lead, ...made].sort().reverse());
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: ApiResult = await call(
        shop.owner,
        'GET',
        `${org(shop)}/conversions?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expectStatus(res, 200);
      seen.push(...ids(res.body));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(ids(all.body));

    const mineAll = await call(shopAffiliate.session, 'GET', `${mine(shop)}/conversions?limit=100`);
    const minePaged: string[] = [];
    let page = await call(shopAffiliate.session, 'GET', `${mine(shop)}/conversions?limit=3`);
    minePaged.push(...ids(page.body));
    page = await call(shopAffiliate.session, 'GET', `${mine(shop)}/conversions?limit=3&cursor=${page.body.nextCursor}`);
    minePaged.push(...ids(page.body));
    expect(page.body.nextCursor).toBeNull();
    expect(minePaged).toEqual(ids(mineAll.body));
    expect(minePaged).toHaveLength(5);
  });

  it('filters by type, attribution, program, affiliate and occurredAt', async () => {
    const q = (query: string) =>
      call(shop.owner, 'GET', `${org(shop)}/conversions?limit=100&${query}`).then(
        (r) => (expectStatus(r, 200), ids(r.body)),
      );
    expect(await q('type=lead')).toEqual([lead]);
    expect(await q('attributed=false')).toEqual([lead]);
    expect((await q('attributed=true')).sort()).toEqual([...made].sort());
    expect((await q(`programId=${shop.program.id}`)).sort()).toEqual([...made].sort());
    expect((await q(`affiliateId=${shopAffiliate.id}`)).sort()).toEqual([...made].sort());
    expect(await q('to=2020-06-01T00:00:00Z')).toEqual([lead]);
    expect((await q('from=2020-06-01T00:00:00%2B02:00')).sort()).toEqual([...made].sort());
    expect(await q('from=2019-12-31T00:00:00Z&to=2020-01-01T00:00:00Z')).toEqual([lead]);
    expect(await q(`programId=${acme.program.id}`)).toEqual([]);
    expect(await q('type=sale&status=flagged')).toEqual([]);
  });

  it('filters commissions by status, kind, currency, program and beneficiary; pages them', async () => {
    const q = (query: string) =>
      call(shop.owner, 'GET', `${org(shop)}/commissions?${query}`).then((r) => (expectStatus(r, 200), r.body));
    const all = await q('limit=100');
    expect(all.items).toHaveLength(5);
    expect((await q('kind=commission&currency=USD&status=pending')).items).toHaveLength(5);
    expect((await q('kind=adjustment')).items).toEqual([]);
    expect((await q('currency=EUR')).items).toEqual([]);
    expect((await q(`beneficiaryId=${shopAffiliate.id}&programId=${shop.program.id}`)).items).toHaveLength(5);
    expect((await q(`beneficiaryId=${alice.id}`)).items).toEqual([]);
    const first = await q('limit=4');
    expect(first.nextCursor).toBe(first.items[3].id);
    const second = await q(`limit=4&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect([...ids(first), ...ids(second)]).toEqual(ids(all));

    const mineLines = await call(
      shopAffiliate.session,
      'GET',
      `${mine(shop)}/commissions?level=0&kind=commission&status=pending&currency=USD&programId=${shop.program.id}&limit=2`,
    );
    expectStatus(mineLines, 200);
    expect(mineLines.body.items).toHaveLength(2);
    expect(mineLines.body.nextCursor).toBe(mineLines.body.items[1].id);
  });
});

describe('bad input is a 4xx with a machine code, never a 500', () => {
  it.each([
    ['GET', '/conversions/not-a-uuid'],
    ['POST', '/conversions/not-a-uuid/approve'],
    ['GET', '/conversions?status=waiting'],
    ['GET', '/conversions?type=purchase'],
    ['GET', '/conversions?attributed=maybe'],
    ['GET', '/conversions?limit=0'],
    ['GET', '/conversions?limit=101'],
    ['GET', '/conversions?cursor=xyz'],
    ['GET', '/conversions?from=yesterday'],
    ['GET', '/conversions?to=2024-13-01T00:00:00Z'],
    ['GET', '/conversions?programId=1'],
    ['GET', '/conversions?affiliateId=%27%20OR%201%3D1'],
    ['GET', '/commissions?status=owed'],
    ['GET', '/commissions?kind=tip'],
    ['GET', '/commissions?currency=usd'],
    ['GET', '/commissions?beneficiaryId=nope'],
  ])('advertiser %s %s → 400 validation_failed', async (method, path) => {
    expectStatus(await call(acme.owner, method, `${org(acme)}${path}`), 400, 'validation_failed');
  });

  it.each([
    '/conversions?status=nope',
    '/conversions?from=2024',
    '/conversions?programId=x',
    '/commissions?level=4',
    '/commissions?level=-1',
    '/commissions?level=one',
    '/commissions?currency=XXXX',
  ])('affiliate GET %s → 400 validation_failed', async (path) => {
    expectStatus(await call(alice.session, 'GET', `${mine(acme)}${path}`), 400, 'validation_failed');
  });

  it('answers every conversions and commissions operation of the OpenAPI document with a 4xx for garbage', async () => {
    const doc = (await call(null, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!OUR_PATHS.includes(path)) continue;
      for (const method of Object.keys(operations)) {
        const session = path.startsWith('/api/affiliate') ? alice.session : acme.owner;
        // A malformed id in the path, garbage in the query, and for writes every kind of broken body.
        const url = path
          .replace('/api', '')
          .replace('{orgId}', acme.org.id)
          .replace(/\{[a-zA-Z]+\}/g, 'not-an-id');
        const attempts: [string, unknown][] =
          method === 'get'
            ? [
                [`${url}?limit=abc&from=5&status=%00&level=x`, undefined],
                [`${url.replace('not-an-id', uuidv7())}?cursor=1`, undefined],
              ]
            : ['{"broken":', { unknown_field_xyz: 1 }, [], { reason: 5 }, { reason: null }].map((body) => [
                url.replace('not-an-id', sales[key(acme, alice)]![0]!),
                body,
              ]);
        for (const [target, body] of attempts) {
          const res = await call(session, method.toUpperCase(), target, body);
          const what = `${method.toUpperCase()} ${target} ${JSON.stringify(body)}: ${JSON.stringify(res.body)}`;
          expect(res.status, what).toBeGreaterThanOrEqual(400);
          expect(res.status, what).toBeLessThan(500);
          expect(res.body.error.code, what).toEqual(expect.any(String));
        }
        checked++;
      }
    }
    expect(checked).toBe(7);
  });

  it('answers unknown but well-formed ids with 404, malformed JSON with 400, and no token with 401', async () => {
    expectStatus(await call(acme.owner, 'GET', `${org(acme)}/conversions/${uuidv7()}`), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'POST', `${org(acme)}/conversions/${uuidv7()}/reject`, { reason: 'x' }),
      404,
      'not_found',
    );
    expectStatus(
      await call(acme.owner, 'POST', `${org(acme)}/conversions/${uuidv7()}/reject`, '{"reason":'),
      400,
      'invalid_json',
    );
    expectStatus(await call(null, 'GET', `${org(acme)}/conversions`), 401, 'unauthorized');
    expectStatus(await call(null, 'GET', `${mine(acme)}/commissions`), 401, 'unauthorized');
  });
});

it('documents every route in the OpenAPI document', async () => {
  const doc = await call(null, 'GET', '/openapi.json');
  expectStatus(doc, 200);
  const paths = Object.keys(doc.body.paths);
  for (const path of OUR_PATHS) expect(paths).toContain(path);
  expect(doc.body.components.schemas).toHaveProperty('ConversionDetail');
  expect(doc.body.components.schemas).toHaveProperty('MyCommission');
});
