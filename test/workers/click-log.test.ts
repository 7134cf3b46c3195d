import { beforeAll, describe, expect, it } from 'vitest';
import type * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { allPages, clickWith } from '../clicks';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
/** A second affiliate of acme's program, signed in. */
let rival: TestSession;
let platformAdmin: TestSession;
const ids = { acme: [] as string[], rival: [] as string[], other: [] as string[] };
let tagged: typeof s.clicks.$inferSelect;
let rejected: typeof s.clicks.$inferSelect;

useTwoAdvertisers((t) => ({ db, acme, other } = t));

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

beforeAll(async () => {
  const rivalTenant = await addPayee(db, acme);
  rival = await signInAs(db, rivalTenant.affiliate.id);
  platformAdmin = await createStaff(db, 'platform_admin');
  for (let i = 0; i < 5; i++) ids.acme.push((await clickWith(db, acme, { at: ago((i + 1) * HOUR) })).id);
  tagged = await clickWith(
    db,
    acme,
    { at: ago(30 * HOUR), sub1: 'spring' },
    { country: 'DE', deviceType: 'mobile', os: 'Android', browser: 'Chrome', sub7: 'seven', isUnique: true },
  );
  rejected = await clickWith(db, acme, { at: ago(31 * HOUR), rejectReason: 'geo_blocked' });
  ids.acme.push(tagged.id, rejected.id);
  for (let i = 0; i < 3; i++) ids.rival.push((await clickWith(db, rivalTenant, { at: ago(2 * HOUR + i) })).id);
  for (let i = 0; i < 3; i++) ids.other.push((await clickWith(db, other, { at: ago(3 * HOUR + i) })).id);
  // Outside the default 30 days: only an explicit range finds it.
  ids.acme.push((await clickWith(db, acme, { at: ago(40 * 24 * HOUR) })).id);
});

const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

describe('tenancy', () => {
  it('shows the advertiser every click of its programs, with IP and user agent, and nobody else’s', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks?limit=200`);
    expectStatus(res, 200);
    const seen = idsOf(res.body.items);
    expect(seen).toEqual(expect.arrayContaining([...ids.acme.slice(0, 7), ...ids.rival]));
    expect(seen).not.toContain(ids.acme[7]);
    for (const id of ids.other) expect(seen).not.toContain(id);
    const first = res.body.items.find((i: { id: string }) => i.id === ids.acme[0]);
    expect(first).toMatchObject({ ip: '198.51.100.7', affiliateId: acme.affiliate.id, programName: 'Program' });
    expect(first.userAgent).toMatch(/Mozilla/);

    const theirs = await call(other.owner, 'GET', `/orgs/${other.org.id}/clicks?limit=200`);
    expect(idsOf(theirs.body.items).sort()).toEqual([...ids.other].sort());
  });

  it('shows an affiliate its own clicks only, without IP, user agent or landing URL', async () => {
    const mine = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/clicks?limit=200`);
    expectStatus(mine, 200);
    expect(idsOf(mine.body.items).sort()).toEqual(ids.acme.slice(0, 7).sort());
    const item = mine.body.items[0];
    for (const hidden of ['ip', 'userAgent', 'landingUrl', 'affiliateId', 'code', 'referrer'])
      expect(item).not.toHaveProperty(hidden);
    expect(item.landingHost).toBe('app.example');

    const theirs = await call(rival, 'GET', `/affiliate/orgs/${acme.org.id}/clicks?limit=200`);
    expect(idsOf(theirs.body.items).sort()).toEqual([...ids.rival].sort());
  });

  it('refuses an affiliate the affiliate filter, and another advertiser’s context', async () => {
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/clicks?affiliateId=${uuidv7()}`),
      400,
      'unknown_filter',
    );
    expectStatus(await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/clicks`), 404, 'not_found');
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/clicks`), 404, 'not_found');
  });

  it('shows platform staff every tenant, narrowed by organizationId', async () => {
    const all = await call(platformAdmin, 'GET', '/platform/clicks?limit=200');
    expectStatus(all, 200);
    expect(idsOf(all.body.items)).toEqual(expect.arrayContaining([...ids.rival, ...ids.other]));
    const one = await call(platformAdmin, 'GET', `/platform/clicks?limit=200&organizationId=${other.org.id}`);
    expect(idsOf(one.body.items).sort()).toEqual([...ids.other].sort());
    expect(one.body.items[0].organizationId).toBe(other.org.id);
  });

  it('answers not_found for another tenant’s or another affiliate’s click, never forbidden', async () => {
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/clicks/${ids.acme[0]}`), 404, 'not_found');
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/clicks/${ids.rival[0]}`),
      404,
      'not_found',
    );
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks/${ids.rival[0]}`), 200);
    expectStatus(await call(platformAdmin, 'GET', `/platform/clicks/${ids.other[0]}`), 200);
  });
});

describe('keyset pages', () => {
  it('join without gaps or repeats, ties on the same millisecond included', async () => {
    const tenant = await addPayee(db, acme);
    const session = await signInAs(db, tenant.affiliate.id);
    const at = ago(5 * HOUR);
    const made: string[] = [];
    // Several clicks share one millisecond: only the id breaks the tie.
    for (let i = 0; i < 6; i++) made.push((await clickWith(db, tenant, { id: uuidv7(at.getTime()) })).id);
    for (let i = 0; i < 17; i++) made.push((await clickWith(db, tenant, { at: ago(6 * HOUR + i * 1000) })).id);
    const path = `/affiliate/orgs/${acme.org.id}/clicks`;
    const whole = (await call(session, 'GET', `${path}?limit=200`)).body.items as { id: string; clickedAt: string }[];
    expect(whole).toHaveLength(23);
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [whole[i - 1]!, whole[i]!];
      expect(a.clickedAt > b.clickedAt || (a.clickedAt === b.clickedAt && a.id > b.id)).toBe(true);
    }
    for (const size of [1, 4, 7, 23]) {
      const pages = await allPages(session, path, size);
      expect(pages.flat().map((i) => i.id)).toEqual(idsOf(whole));
      // One row read beyond the page marks the next, so a full last page ends the walk.
      expect(pages.length).toBe(Math.ceil(23 / size));
    }
  });
});

describe('filters', () => {
  const list = (query: string) => call(acme.owner, 'GET', `/orgs/${acme.org.id}/clicks?limit=200&${query}`);

  it.each([
    ['sub1=spring', () => [tagged.id]],
    ['sub7=seven', () => [tagged.id]],
    ['country=DE', () => [tagged.id]],
    ['deviceType=mobile&os=Android&browser=Chrome', () => [tagged.id]],
    ['unique=true', () => [tagged.id]],
    ['status=rejected', () => [rejected.id]],
    ['rejectReason=geo_blocked', () => [rejected.id]],
  ])('%s', async (query, expected) => {
    const res = await list(query);
    expectStatus(res, 200);
    expect(idsOf(res.body.items)).toEqual(expected());
  });

  it('by click id, affiliate, program and range', async () => {
    expect(idsOf((await list(`clickId=${ids.acme[2]}`)).body.items)).toEqual([ids.acme[2]]);
    const byAffiliate = idsOf((await list(`affiliateId=${acme.affiliate.id}`)).body.items);
    expect(byAffiliate.sort()).toEqual(ids.acme.slice(0, 7).sort());
    expect((await list(`programId=${other.program.id}`)).body.items).toEqual([]);
    const from = ago(41 * 24 * HOUR).toISOString();
    const to = ago(39 * 24 * HOUR).toISOString();
    expect(idsOf((await list(`from=${from}&to=${to}`)).body.items)).toEqual([ids.acme[7]]);
  });
});

describe('bad input', () => {
  const path = () => `/orgs/${acme.org.id}/clicks`;

  it('a cursor not made by the server is invalid_cursor', async () => {
    for (const cursor of ['nope', 'WzEsMl0', encodeURIComponent('!!!'), 'eyJhIjoxfQ'])
      expectStatus(await call(acme.owner, 'GET', `${path()}?cursor=${cursor}`), 400, 'invalid_cursor');
  });

  it('a range over 366 days is range_too_long; from after to is validation_failed', async () => {
    const to = new Date().toISOString();
    const from = ago(400 * 24 * HOUR).toISOString();
    expectStatus(await call(acme.owner, 'GET', `${path()}?from=${from}&to=${to}`), 400, 'range_too_long');
    expectStatus(await call(acme.owner, 'GET', `${path()}?from=${to}&to=${from}`), 400, 'validation_failed');
  });

  it('an unknown filter is unknown_filter; a limit over 200 or a bad value is validation_failed', async () => {
    expectStatus(await call(acme.owner, 'GET', `${path()}?sub11=x`), 400, 'unknown_filter');
    expectStatus(await call(acme.owner, 'GET', `${path()}?limit=201`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${path()}?country=germany`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${path()}?status=maybe`), 400, 'validation_failed');
  });
});
