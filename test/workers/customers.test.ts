import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { recordDispute } from '../../workers/services/conversions';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
type Tenant = Parameters<typeof record>[1];

let second: Tenant;
let secondSession: TestSession;
/** The app's customer id of each scenario, by its name. */
const ids: Record<string, string> = {};

/** A customer's first sale, attributed by a click of `tenant`'s enrollment. */
async function firstSale(tenant: Tenant, name: string, amount: number, at: number, customerId = nextEventId(name)) {
  ids[name] = customerId;
  const click = await insertClick(db, tenant, {
    at: new Date(Date.now() - at * DAY - 60_000),
    enrollmentId: tenant.enrollment.id,
    affiliateId: tenant.affiliate.id,
  });
  const orderId = nextEventId('order');
  await record(db, tenant, {
    type: 'sale',
    click_id: click.id,
    customer_id: customerId,
    order_id: orderId,
    amount,
    currency: 'USD',
    occurred_at: daysAgo(at),
  });
  return orderId;
}

const event = (tenant: Tenant, name: string, type: 'rebill' | 'refund' | 'cancel', at: number, amount?: number) =>
  record(db, tenant, {
    type,
    customer_id: ids[name]!,
    occurred_at: daysAgo(at),
    ...(amount === undefined ? {} : { amount, currency: 'USD' }),
  });

beforeAll(async () => {
  second = await addPayee(db, acme);
  await db.update(s.users).set({ firstName: 'Boris', lastName: 'Petrov' }).where(eq(s.users.id, second.affiliate.id));
  secondSession = await signInAs(db, second.affiliate.id);

  // acme, its first affiliate (Alice)
  await firstSale(acme, 'renewing', 10_000, 60);
  await event(acme, 'renewing', 'rebill', 30, 10_000);
  await event(acme, 'renewing', 'rebill', 1, 12_000);
  await firstSale(acme, 'partly', 10_000, 20);
  await event(acme, 'partly', 'refund', 10, 3_000);
  const disputedOrder = await firstSale(acme, 'disputed', 6_000, 15);
  await recordDispute({
    ctx: serviceCtx(db),
    input: {
      appId: acme.app.id,
      organizationId: acme.org.id,
      dispute: {
        eventId: nextEventId('evt'),
        disputeId: nextEventId('dp'),
        phase: 'opened',
        orderId: disputedOrder,
        amountMinor: 6_000,
        currency: 'USD',
        occurredAt: daysAgo(5),
        sourceType: 'charge.dispute.created',
      },
    },
  });
  ids.lead = `john.smith.${Date.now()}@gmail.com`;
  const leadClick = await insertClick(db, acme);
  await record(db, acme, { type: 'lead', click_id: leadClick.id, customer_id: ids.lead, occurred_at: daysAgo(3) });
  // acme, its second affiliate (Boris)
  await firstSale(second, 'cancelled', 5_000, 40);
  await event(second, 'cancelled', 'rebill', 10, 5_000);
  await event(second, 'cancelled', 'cancel', 5);
  await firstSale(second, 'refunded', 8_000, 9);
  await event(second, 'refunded', 'refund', 8, 2_000);
  await event(second, 'refunded', 'refund', 7);
  // the other advertiser
  await firstSale(other, 'elsewhere', 4_000, 12);
});

const EXPECTED: Record<string, { state: string; ltv: number; mrr: number | null }> = {
  renewing: { state: 'active', ltv: 32_000, mrr: 12_000 },
  partly: { state: 'active', ltv: 7_000, mrr: 10_000 },
  disputed: { state: 'disputed', ltv: 6_000, mrr: null },
  lead: { state: 'lead', ltv: 0, mrr: null },
  cancelled: { state: 'cancelled', ltv: 10_000, mrr: null },
  refunded: { state: 'refunded', ltv: 0, mrr: null },
};

/**
 * The same figures straight from the stored rows: charges minus refunds (a refund without an amount takes what
 * its sale had left), the first and last charge, the cancel, the disputes.
 */
async function recompute(organizationId: string) {
  const customers = await db
    .select()
    .from(s.referredCustomers)
    .where(eq(s.referredCustomers.organizationId, organizationId));
  const rows = await db
    .select()
    .from(s.conversions)
    .where(
      inArray(
        s.conversions.referredCustomerId,
        customers.map((c) => c.id),
      ),
    );
  const disputes = await db.select().from(s.disputes).where(eq(s.disputes.organizationId, organizationId));
  return customers.map((c) => {
    const mine = rows.filter((r) => r.referredCustomerId === c.id).sort((a, b) => +a.occurredAt - +b.occurredAt);
    const charges = mine.filter((r) => r.eventType === 'sale' || r.eventType === 'rebill');
    let refunded = 0;
    for (const r of mine.filter((m) => m.eventType === 'refund')) {
      if (r.currency) refunded += r.amountMinor;
      else {
        const parent = mine.find((m) => m.id === r.parentConversionId)!;
        const before = mine
          .filter(
            (m) => m.eventType === 'refund' && m.parentConversionId === parent.id && +m.occurredAt < +r.occurredAt,
          )
          .reduce((sum, m) => sum + m.amountMinor, 0);
        refunded += parent.amountMinor - before;
      }
    }
    const charged = charges.reduce((sum, r) => sum + r.amountMinor, 0);
    const open = disputes.filter((d) => d.status !== 'won' && mine.some((m) => m.id === d.conversionId));
    const cancel = mine.findLast((r) => r.eventType === 'cancel');
    const lastRefund = mine.findLast((r) => r.eventType === 'refund');
    const state =
      charges.length === 0
        ? 'lead'
        : open.length
          ? 'disputed'
          : lastRefund && charged - refunded <= 0
            ? 'refunded'
            : cancel
              ? 'cancelled'
              : 'active';
    const churnedAt =
      state === 'disputed'
        ? open[0]!.createdAt
        : state === 'refunded'
          ? lastRefund!.occurredAt
          : state === 'cancelled'
            ? cancel!.occurredAt
            : null;
    return {
      id: c.id,
      externalCustomerId: c.externalCustomerId,
      affiliateId: c.affiliateId,
      state,
      firstSaleAt: charges[0]?.occurredAt.toISOString() ?? null,
      churnedAt: churnedAt?.toISOString() ?? null,
      mrr: state === 'active' ? { currency: 'USD', amountMinor: charges.at(-1)!.amountMinor } : null,
      ltv: charges.length ? [{ currency: 'USD', amountMinor: charged - refunded }] : [],
    };
  });
}

const nameOf = (externalId: string) => Object.keys(ids).find((k) => ids[k] === externalId);

describe('referred customers', () => {
  it('gives the advertiser every customer, each field exactly what its stored conversions say', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/customers`);
    expectStatus(res, 200);
    const items = res.body.items as any[];
    const expected = await recompute(acme.org.id);
    expect(items).toHaveLength(6);
    expect(items.map((i) => i.id).sort()).toEqual(expected.map((e) => e.id).sort());
    for (const item of items) {
      const want = expected.find((e) => e.id === item.id)!;
      expect(item).toMatchObject({
        externalCustomerId: want.externalCustomerId,
        state: want.state,
        firstSaleAt: want.firstSaleAt,
        churnedAt: want.churnedAt,
        mrr: want.mrr,
        ltv: want.ltv,
        affiliate: { id: want.affiliateId },
        program: { id: acme.program.id, name: 'Program' },
      });
      // The recomputation agrees with the scenario as written, so neither can drift alone.
      const scenario = EXPECTED[nameOf(item.externalCustomerId)!]!;
      expect(item.state).toBe(scenario.state);
      expect(item.mrr?.amountMinor ?? null).toBe(scenario.mrr);
      expect(item.ltv[0]?.amountMinor ?? 0).toBe(scenario.ltv);
    }
    // Names, not emails, in the table.
    expect(new Set(items.map((i) => i.affiliate.name))).toEqual(new Set(['Alice', 'Boris Petrov']));
    // Newest referral first, which is the order the scenarios were recorded in, reversed.
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort().reverse());
  });

  it('keeps the other advertiser to its own customer', async () => {
    const res = await call(other.owner, 'GET', `/orgs/${other.org.id}/customers`);
    expectStatus(res, 200);
    expect(res.body.items.map((i: any) => i.externalCustomerId)).toEqual([ids.elsewhere]);
    const { affiliateId, ...want } = (await recompute(other.org.id))[0]!;
    expect(res.body.items[0]).toMatchObject({ ...want, affiliate: { id: affiliateId } });
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/customers`), 404);
  });

  it('filters by state, affiliate, program, search and referral time, and pages by cursor', async () => {
    const base = `/orgs/${acme.org.id}/customers`;
    const get = async (q: string) => {
      const res = await call(acme.owner, 'GET', `${base}?${q}`);
      expectStatus(res, 200);
      return res.body.items.map((i: any) => nameOf(i.externalCustomerId)).sort();
    };
    expect(await get('state=refunded')).toEqual(['refunded']);
    expect(await get('state=active')).toEqual(['partly', 'renewing']);
    expect(await get(`affiliateId=${second.affiliate.id}`)).toEqual(['cancelled', 'refunded']);
    expect(await get(`affiliateId=${other.affiliate.id}`)).toEqual([]);
    expect(await get(`programId=${acme.program.id}&state=lead`)).toEqual(['lead']);
    expect(await get(`q=${encodeURIComponent('JOHN.SMITH')}`)).toEqual(['lead']);
    expect(await get('q=%25')).toEqual([]);
    expect(await get(`to=${encodeURIComponent(daysAgo(1))}`)).toEqual([]);
    expect(await get(`from=${encodeURIComponent(daysAgo(1))}`)).toHaveLength(6);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await call(
        acme.owner,
        'GET',
        `${base}?limit=4&state=active${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expectStatus(res, 200);
      seen.push(...res.body.items.map((i: any) => nameOf(i.externalCustomerId)));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['partly', 'renewing']);
    const pages: string[] = [];
    cursor = null;
    do {
      const res: any = await call(acme.owner, 'GET', `${base}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...res.body.items.map((i: any) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(pages).toHaveLength(6);
    expect(new Set(pages).size).toBe(6);
  });

  it('answers bad filters with 400 and a machine code, never a 500', async () => {
    const base = `/orgs/${acme.org.id}/customers`;
    const otherCursor = (await call(other.owner, 'GET', `/orgs/${other.org.id}/customers`)).body.items[0].id;
    expectStatus(await call(acme.owner, 'GET', `${base}?cursor=${otherCursor}`), 400, 'invalid_cursor');
    expectStatus(await call(acme.owner, 'GET', `${base}?state=gone`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${base}?programId=nope`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${base}?status=active`), 400, 'unknown_filter');
    expectStatus(
      await call(acme.owner, 'GET', `${base}?from=${daysAgo(1)}&to=${daysAgo(2)}`),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.owner, 'GET', `${base}?q=${'x'.repeat(201)}`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${base}?limit=101`), 400, 'validation_failed');
  });

  it('gives each affiliate its own customers, masked, without revenue', async () => {
    const alice = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/customers`);
    expectStatus(alice, 200);
    const expected = await recompute(acme.org.id);
    const mine = expected.filter((e) => e.affiliateId === acme.affiliate.id);
    expect(alice.body.items.map((i: any) => i.id).sort()).toEqual(mine.map((e) => e.id).sort());
    for (const item of alice.body.items) {
      const want = mine.find((e) => e.id === item.id)!;
      expect(Object.keys(item).sort()).toEqual(
        ['churnedAt', 'customer', 'firstSaleAt', 'id', 'program', 'referredAt', 'state'].sort(),
      );
      expect(item).toMatchObject({ state: want.state, firstSaleAt: want.firstSaleAt, churnedAt: want.churnedAt });
      expect(item.customer).not.toBe(want.externalCustomerId);
    }
    expect(alice.body.items.map((i: any) => i.customer)).toContain('j***@gmail.com');
    expect(JSON.stringify(alice.body)).not.toContain(ids.lead!);

    const boris = await call(secondSession, 'GET', `/affiliate/orgs/${acme.org.id}/customers?state=refunded`);
    expectStatus(boris, 200);
    expect(boris.body.items).toHaveLength(1);
    expect(boris.body.items[0].id).toBe(expected.find((e) => e.externalCustomerId === ids.refunded)!.id);
    // An affiliate cannot name another affiliate, search the unmasked ids, or page with another's cursor.
    const base = `/affiliate/orgs/${acme.org.id}/customers`;
    expectStatus(await call(secondSession, 'GET', `${base}?affiliateId=${acme.affiliate.id}`), 400, 'unknown_filter');
    expectStatus(await call(secondSession, 'GET', `${base}?q=john`), 400, 'unknown_filter');
    expectStatus(await call(secondSession, 'GET', `${base}?cursor=${alice.body.items[0].id}`), 400, 'invalid_cursor');
    const elsewhere = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/customers`);
    expect([403, 404]).toContain(elsewhere.status);
  });

  it('exports the same figures as CSV: revenue for the advertiser, masked and without it for the affiliate', async () => {
    const parse = (text: string) => {
      const [header, ...rows] = text
        .trim()
        .split('\r\n')
        .map((l) => l.split(','));
      return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    };
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/exports/customers.csv?tz=Europe/Moscow`);
    expectStatus(res, 200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="customers_\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body as string);
    expect(rows).toHaveLength(6);
    const renewing = rows.find((r) => r.external_customer_id === ids.renewing)!;
    expect(renewing).toMatchObject({
      state: 'active',
      mrr: '120.00',
      mrr_currency: 'USD',
      ltv: '320.00',
      affiliate: 'Alice',
    });
    expect(renewing.first_sale_at).toMatch(/\+03:00$/);
    expect(rows.find((r) => r.external_customer_id === ids.lead)).toMatchObject({ state: 'lead', ltv: '', mrr: '' });

    const mine = await call(
      secondSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/exports/customers.csv?state=cancelled`,
    );
    expectStatus(mine, 200);
    const text = mine.body as string;
    expect(text.split('\r\n')[0]).toBe(
      'customer_id,customer,referred_at,program_id,program,state,first_sale_at,churned_at',
    );
    const theirs = parse(text);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.state).toBe('cancelled');
    expect(text).not.toContain(ids.cancelled!);
    expectStatus(
      await call(secondSession, 'GET', `/affiliate/orgs/${acme.org.id}/exports/customers.csv?q=x`),
      400,
      'unknown_filter',
    );
  });
});
