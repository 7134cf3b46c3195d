import { eq } from 'drizzle-orm';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAdvertiser, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { createEdition, offerEditions } from '../editions';
import { testDb } from '../fixtures';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Two advertisers and two affiliates, each affiliate enrolled with both advertisers, everything
// created through the API; then every list and get of each actor is checked in both directions.

interface AdvertiserWorld {
  a: Advertiser;
  programId: string;
  appId: string;
  keyId: string;
  creativeId: string;
}
interface AffiliateWorld {
  session: TestSession;
  /** Per advertiser org id: my enrollment, my link and my branded edition there. */
  in: Record<string, { enrollmentId: string; linkId: string; editionId: string }>;
}

let db: Db;
let close: () => Promise<void>;
const advertisers: AdvertiserWorld[] = [];
const affiliates: AffiliateWorld[] = [];

async function buildAdvertiser(): Promise<AdvertiserWorld> {
  const a = await createAdvertiser(db);
  const org = `/orgs/${a.org.id}`;
  const app = (await call(a.owner, 'POST', `${org}/apps`, { name: 'Own app', siteUrl: 'https://app.example/' })).body;
  const program = (
    await call(a.owner, 'POST', `${org}/programs`, {
      appId: app.id,
      name: 'Open',
      status: 'active',
      visibility: 'public',
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 2000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
    })
  ).body;
  const key = (await call(a.owner, 'POST', `${org}/apps/${app.id}/api-keys`, { name: 'k' })).body;
  const creative = (
    await call(a.owner, 'POST', `${org}/programs/${program.id}/creatives`, {
      kind: 'text_link',
      name: 't',
      body: 'Try it',
    })
  ).body;
  await offerEditions(a.owner, { orgId: a.org.id, appId: app.id, programId: program.id });
  return { a, programId: program.id, appId: app.id, keyId: key.id, creativeId: creative.id };
}

beforeAll(async () => {
  ({ db, close } = testDb());
  advertisers.push(await buildAdvertiser(), await buildAdvertiser());
  for (let i = 0; i < 2; i++) {
    const session = await createUserSession(db, { approvedAffiliate: true });
    const world: AffiliateWorld = { session, in: {} };
    for (const adv of advertisers) {
      const enrollment = (await call(session, 'POST', `/affiliate/programs/${adv.programId}/apply`)).body;
      expect(enrollment.status).toBe('active');
      const link = (
        await call(session, 'POST', `/affiliate/orgs/${adv.a.org.id}/links`, {
          enrollmentId: enrollment.id,
          name: `link ${i}`,
        })
      ).body;
      const edition = await createEdition(
        session,
        { orgId: adv.a.org.id, appId: adv.appId },
        { name: i === 0 ? 'First Friend' : 'Second Helper' },
      );
      world.in[adv.a.org.id] = { enrollmentId: enrollment.id, linkId: link.id, editionId: edition.id };
    }
    affiliates.push(world);
  }
  // Two advertisers and two affiliates, each with an edition per advertiser, all through the API.
});
afterAll(() => close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);
/** Actor n and the other one. */
const meAndThem = <T>(xs: T[], n: number): [T, T] => [xs[n]!, xs[1 - n]!];

describe.each([0, 1])('advertiser %i', (n) => {
  it('sees only its own rows in every list', async () => {
    const [me, them] = meAndThem(advertisers, n);
    const org = `/orgs/${me.a.org.id}`;
    for (const staff of [me.a.owner, me.a.admin, me.a.finance]) {
      expect(ids((await call(staff, 'GET', '/orgs')).body)).toEqual([me.a.org.id]);
      const apps = ids((await call(staff, 'GET', `${org}/apps`)).body);
      expect(apps).toContain(me.appId);
      expect(apps).not.toContain(them.appId);
      const programs = ids((await call(staff, 'GET', `${org}/programs?limit=100`)).body);
      expect(programs).toContain(me.programId);
      expect(programs).not.toContain(them.programId);
      const enrollments = (await call(staff, 'GET', `${org}/enrollments?limit=100`)).body.items as {
        id: string;
        programId: string;
      }[];
      expect(enrollments.map((e) => e.id)).toEqual(
        expect.arrayContaining(affiliates.map((f) => f.in[me.a.org.id]!.enrollmentId)),
      );
      for (const f of affiliates) expect(enrollments.map((e) => e.id)).not.toContain(f.in[them.a.org.id]!.enrollmentId);
      expect(enrollments.every((e) => e.programId === me.programId || e.programId === me.a.program.id)).toBe(true);
      expect(ids((await call(staff, 'GET', `${org}/programs/${me.programId}/creatives`)).body)).toEqual([
        me.creativeId,
      ]);
    }
    expect(ids((await call(me.a.owner, 'GET', `${org}/apps/${me.appId}/api-keys`)).body)).toEqual([me.keyId]);
    const editions = ids((await call(me.a.owner, 'GET', `${org}/editions`)).body);
    expect(editions.sort()).toEqual(affiliates.map((f) => f.in[me.a.org.id]!.editionId).sort());
    const audit = (await call(me.a.owner, 'GET', `${org}/audit-log?limit=100`)).body.items as {
      organizationId: string;
    }[];
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((e) => e.organizationId === me.a.org.id)).toBe(true);
  });

  it("gets not_found for each of the other advertiser's rows, through its own org and through theirs", async () => {
    const [me, them] = meAndThem(advertisers, n);
    const mine = `/orgs/${me.a.org.id}`;
    const theirs = `/orgs/${them.a.org.id}`;
    const foreign = [
      `/apps/${them.appId}`,
      `/apps/${them.appId}/api-keys`,
      `/programs/${them.programId}`,
      `/programs/${them.programId}/creatives`,
      `/programs/${them.programId}/creatives/${them.creativeId}`,
      `/programs/${me.programId}/creatives/${them.creativeId}`,
      `/enrollments/${affiliates[0]!.in[them.a.org.id]!.enrollmentId}`,
      `/editions/${affiliates[0]!.in[them.a.org.id]!.editionId}`,
      `/apps/${them.appId}/edition-settings`,
    ];
    for (const path of foreign) expectStatus(await call(me.a.owner, 'GET', `${mine}${path}`), 404, 'not_found');
    for (const path of ['', '/apps', '/programs', '/enrollments', '/audit-log', ...foreign]) {
      expectStatus(await call(me.a.owner, 'GET', `${theirs}${path}`), 404, 'not_found');
    }
  });
});

describe.each([0, 1])('affiliate %i', (n) => {
  it('sees, in each advertiser context, only its own enrollments and links', async () => {
    const [me, them] = meAndThem(affiliates, n);
    for (const adv of advertisers) {
      const ctx = `/affiliate/orgs/${adv.a.org.id}`;
      const mine = me.in[adv.a.org.id]!;
      expect(ids((await call(me.session, 'GET', `${ctx}/programs`)).body)).toEqual([mine.enrollmentId]);
      const links = (await call(me.session, 'GET', `${ctx}/links?limit=100`)).body;
      expect(ids(links)).toEqual([mine.linkId]);
      expectStatus(await call(me.session, 'GET', `${ctx}/links/${mine.linkId}`), 200);
      expect(ids((await call(me.session, 'GET', `${ctx}/editions`)).body)).toEqual([mine.editionId]);
      expectStatus(
        await call(me.session, 'GET', `${ctx}/editions/${them.in[adv.a.org.id]!.editionId}`),
        404,
        'not_found',
      );
      // The other affiliate's link in the same advertiser.
      expectStatus(await call(me.session, 'GET', `${ctx}/links/${them.in[adv.a.org.id]!.linkId}`), 404, 'not_found');
      // My own link with the other advertiser, reached through this advertiser's context.
      const elsewhere = advertisers.find((x) => x !== adv)!;
      expectStatus(
        await call(me.session, 'GET', `${ctx}/links/${me.in[elsewhere.a.org.id]!.linkId}`),
        404,
        'not_found',
      );
      expectStatus(await call(me.session, 'GET', `${ctx}/programs/${elsewhere.programId}/creatives`), 404, 'not_found');
      expectStatus(
        await call(me.session, 'GET', `${ctx}/editions/${me.in[elsewhere.a.org.id]!.editionId}`),
        404,
        'not_found',
      );
      expect(ids((await call(me.session, 'GET', `${ctx}/programs/${adv.programId}/creatives`)).body)).toEqual([
        adv.creativeId,
      ]);
    }
  });

  it('reaches no advertiser-side route', async () => {
    const [me] = meAndThem(affiliates, n);
    expect(ids((await call(me.session, 'GET', '/orgs')).body)).toEqual([]);
    for (const adv of advertisers) {
      for (const path of [
        '',
        '/apps',
        '/programs',
        '/enrollments',
        '/audit-log',
        '/editions',
        `/programs/${adv.programId}`,
      ]) {
        expectStatus(await call(me.session, 'GET', `/orgs/${adv.a.org.id}${path}`), 404, 'not_found');
      }
    }
  });
});

it('the rows really exist on both sides (so the not_found above are about tenancy, not absence)', async () => {
  const links = await db.select().from(s.links);
  expect(links).toHaveLength(4);
  const enrollments = await db
    .select()
    .from(s.enrollments)
    .where(eq(s.enrollments.affiliateId, affiliates[0]!.session.userId));
  expect(new Set(enrollments.map((e) => e.organizationId))).toEqual(new Set(advertisers.map((a) => a.a.org.id)));
});
