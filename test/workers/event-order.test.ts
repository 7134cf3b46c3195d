import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { type Advertiser, createAdvertiser } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record } from '../conversions';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Issue 25, item 6: the advertiser saw Nov 15, Nov 8, Nov 3, Nov 18, Oct 29 (receipt order). Events are
// received here in that order, with two ties on occurredAt, and every list must read by when they happened.
const DAY = 86_400_000;
const base = Date.now() - 40 * DAY;
const at = (days: number) => new Date(base + days * DAY);
// [days after base, amount]: received in this order.
const EVENTS: [number, number][] = [
  [17, 5_000], // "Nov 15"
  [10, 20_000], // "Nov 8"
  [5, 1_000], // "Nov 3"
  [20, 7_500], // "Nov 18"
  [0, 3_000], // "Oct 29"
  [10, 9_000], // a tie with "Nov 8"
  [10, 20_000], // a tie on both date and amount
];

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
const ids: string[] = [];

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  for (const [days, amount] of EVENTS) {
    const occurred = at(days);
    const click = await insertClick(db, acme, {
      at: new Date(occurred.getTime() - 3_600_000),
      enrollmentId: acme.enrollment.id,
      affiliateId: acme.affiliate.id,
    });
    const out = await record(db, acme, {
      type: 'sale',
      click_id: click.id,
      amount,
      currency: 'USD',
      customer_id: nextEventId('cus'),
      occurred_at: occurred.toISOString(),
    });
    ids.push(out.conversion.id);
  }
});
afterAll(() => close());

/** The ids in the order a list should show them: by (key, id), both in `direction`. */
function expected(key: (i: number) => number, direction: 1 | -1): string[] {
  return EVENTS.map((_, i) => i)
    .sort((a, b) => direction * (key(a) - key(b) || (ids[a]! < ids[b]! ? -1 : 1)))
    .map((i) => ids[i]!);
}
const byOccurred = (i: number) => EVENTS[i]![0];
const byAmount = (i: number) => EVENTS[i]![1];

/** Every page of a list at `limit` per page, concatenated; paging must neither skip nor repeat a row. */
async function readAll(session: Advertiser['owner'], path: string, query: string, limit = 2) {
  const items: { id: string; [k: string]: unknown }[] = [];
  let cursor: string | null = null;
  do {
    const res: ApiResult = await call(
      session,
      'GET',
      `${path}?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expectStatus(res, 200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

const conversionsPath = () => `/orgs/${acme.org.id}/conversions`;
const myConversionsPath = () => `/affiliate/orgs/${acme.org.id}/conversions`;
const commissionsPath = () => `/orgs/${acme.org.id}/commissions`;
const myCommissionsPath = () => `/affiliate/orgs/${acme.org.id}/commissions`;

describe('conversions', () => {
  it('the advertiser reads them by when they happened, newest first, with the program name, page after page', async () => {
    const items = await readAll(acme.owner, conversionsPath(), '');
    expect(items.map((c) => c.id)).toEqual(expected(byOccurred, -1));
    expect(items.map((c) => c.programName)).toEqual(EVENTS.map(() => acme.program.name));
  });

  it.each([
    ['occurredAt', byOccurred, 1],
    ['-amount', byAmount, -1],
    ['amount', byAmount, 1],
  ] as const)('sort=%s orders them and pages stably', async (sort, key, direction) => {
    const items = await readAll(acme.owner, conversionsPath(), `&sort=${sort}`);
    expect(items.map((c) => c.id)).toEqual(expected(key, direction));
  });

  it('sort=-receivedAt is the order they arrived in', async () => {
    const items = await readAll(acme.owner, conversionsPath(), '&sort=-receivedAt', 3);
    expect(items.map((c) => c.id)).toEqual([...ids].reverse());
  });

  it('the affiliate reads its own the same way', async () => {
    const items = await readAll(acme.affiliateSession, myConversionsPath(), '');
    expect(items.map((c) => c.id)).toEqual(expected(byOccurred, -1));
    const cheap = await readAll(acme.affiliateSession, myConversionsPath(), '&sort=amount', 4);
    expect(cheap.map((c) => c.id)).toEqual(expected(byAmount, 1));
  });

  it('refuses an unknown sort, and a cursor that is not a row of the caller', async () => {
    expectStatus(await call(acme.owner, 'GET', `${conversionsPath()}?sort=eventId`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${conversionsPath()}?cursor=${uuidv7()}`), 400, 'invalid_cursor');
    expectStatus(
      await call(other.owner, 'GET', `/orgs/${other.org.id}/conversions?cursor=${ids[0]}`),
      400,
      'invalid_cursor',
    );
  });
});

describe('commissions', () => {
  it('lines follow their conversion’s occurredAt, newest first, with the program name, for both sides', async () => {
    for (const [session, path] of [
      [acme.owner, commissionsPath()],
      [acme.affiliateSession, myCommissionsPath()],
    ] as const) {
      const items = await readAll(session, path, '');
      expect(items.map((c) => (c.conversion as { id: string }).id)).toEqual(expected(byOccurred, -1));
      expect(items.every((c) => c.programName === acme.program.name)).toBe(true);
    }
  });

  it('sort=-amount and sort=occurredAt page stably', async () => {
    const oldest = await readAll(acme.affiliateSession, myCommissionsPath(), '&sort=occurredAt', 3);
    expect(oldest.map((c) => (c.conversion as { id: string }).id)).toEqual(expected(byOccurred, 1));
    const biggest = await readAll(acme.owner, commissionsPath(), '&sort=-amount', 2);
    const amounts = biggest.map((c) => c.amountMinor as number);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(new Set(biggest.map((c) => c.id)).size).toBe(EVENTS.length);
  });

  it('from and to bound the conversion’s occurredAt (the period filter)', async () => {
    const from = at(5).toISOString();
    const to = at(17).toISOString();
    const items = await readAll(acme.affiliateSession, myCommissionsPath(), `&from=${from}&to=${to}`);
    const inside = EVENTS.map((e, i) => [e[0], i] as const).filter(([d]) => d >= 5 && d <= 17);
    expect(items.map((c) => (c.conversion as { id: string }).id).sort()).toEqual(inside.map(([, i]) => ids[i]).sort());
    expectStatus(await call(acme.owner, 'GET', `${commissionsPath()}?sort=beneficiary`), 400, 'validation_failed');
  });
});

describe('postback deliveries', () => {
  // Deliveries written in receipt order (createdAt rising), each about an event of EVENTS' time.
  const deliveryIds: string[] = [];
  beforeAll(async () => {
    for (const [i, [days]] of EVENTS.entries()) {
      const [row] = await db
        .insert(s.postbackDeliveries)
        .values({
          id: uuidv7(Date.now() - 60_000 + i * 1000),
          affiliateId: acme.affiliate.id,
          organizationId: acme.org.id,
          programId: acme.program.id,
          occurredAt: at(days),
          eventType: 'sale',
          eventKey: ids[i]!,
          conversionId: ids[i]!,
          url: 'https://tracker.example/pb',
          status: 'success',
          attempts: 1,
          createdAt: new Date(Date.now() - 60_000 + i * 1000),
        })
        .returning();
      deliveryIds.push(row!.id);
    }
  });
  const byDelivery = (order: string[]) => order.map((id) => deliveryIds[ids.indexOf(id)]!);

  it('every reader gets them by when the event happened, newest first, with the program, page after page', async () => {
    for (const [session, path] of [
      [acme.owner, `/orgs/${acme.org.id}/postbacks/deliveries`],
      [acme.affiliateSession, '/affiliate/postbacks/deliveries'],
    ] as const) {
      const items = await readAll(session, path, '');
      expect(items.map((d) => d.id)).toEqual(byDelivery(expected(byOccurred, -1)));
      expect(items.every((d) => d.programId === acme.program.id && d.programName === acme.program.name)).toBe(true);
      expect(items[0]!.occurredAt).toBe(at(20).toISOString());
    }
  });

  it('sort=occurredAt and sort=-createdAt (the order they were first tried) page stably', async () => {
    const path = `/orgs/${acme.org.id}/postbacks/deliveries`;
    const oldest = await readAll(acme.owner, path, '&sort=occurredAt', 3);
    expect(oldest.map((d) => d.id)).toEqual(byDelivery(expected(byOccurred, 1)));
    const latest = await readAll(acme.owner, path, '&sort=-createdAt', 2);
    expect(latest.map((d) => d.id)).toEqual([...deliveryIds].reverse());
  });

  it('refuses an unknown sort, and a cursor of another tenant', async () => {
    const path = `/orgs/${acme.org.id}/postbacks/deliveries`;
    expectStatus(await call(acme.owner, 'GET', `${path}?sort=url`), 400, 'validation_failed');
    expectStatus(
      await call(other.owner, 'GET', `/orgs/${other.org.id}/postbacks/deliveries?cursor=${deliveryIds[0]}`),
      400,
      'invalid_cursor',
    );
  });
});
