import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId, record } from '../conversions';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

type Hit = { kind: string; id: string; label: string; sublabel: string | null; params: Record<string, string> };
const tag = Date.now().toString(36);
// The same order id in both tenants: a search by it must find only the caller's own.
const sharedOrderId = nextEventId('order');
const seeded = {} as Record<'acme' | 'other', { linkId: string; conversionId: string; clickId: string }>;
let rival: TestSession;
let rivalLinkId: string;
let support: TestSession;

async function seed(t: Advertiser, name: 'acme' | 'other') {
  // Both tenants name their program and their link alike, so only tenancy tells the hits apart.
  await db.update(s.programs).set({ name: 'Summer Sale' }).where(eq(s.programs.id, t.program.id));
  const [link] = await db
    .insert(s.links)
    .values({
      enrollmentId: t.enrollment.id,
      organizationId: t.org.id,
      programId: t.program.id,
      affiliateId: t.affiliate.id,
      name: 'Summer banner',
      landingUrl: 'https://app.example/',
      slug: `summer-${name}-${tag}`,
    })
    .returning();
  const click = await insertClick(db, t, { at: new Date(Date.now() - 60_000) });
  const out = await record(db, t, {
    type: 'sale',
    click_id: click.id,
    order_id: sharedOrderId,
    amount: 5000,
    currency: 'USD',
  });
  seeded[name] = { linkId: link!.id, conversionId: out.conversion.id, clickId: click.id };
}

beforeAll(async () => {
  await seed(acme, 'acme');
  await seed(other, 'other');
  // A second affiliate of acme with a link of the same prefix: acme's first affiliate must not find it.
  const payee = await addPayee(db, acme);
  rival = await signInAs(db, payee.affiliate.id);
  const [link] = await db
    .insert(s.links)
    .values({
      enrollmentId: payee.enrollment.id,
      organizationId: acme.org.id,
      programId: acme.program.id,
      affiliateId: payee.affiliate.id,
      name: 'Summer rival',
      landingUrl: 'https://app.example/',
      slug: `summer-rival-${tag}`,
    })
    .returning();
  rivalLinkId = link!.id;
  support = await createStaff(db, 'support');
});

const search = async (session: TestSession, path: string, q: string): Promise<Hit[]> => {
  const res = await call(session, 'GET', `${path}?q=${encodeURIComponent(q)}`);
  expectStatus(res, 200);
  return res.body.items as Hit[];
};
const ofKind = (hits: Hit[], kind: string) => hits.filter((h) => h.kind === kind);

describe('an advertiser searches its own organization', () => {
  it('finds its program, affiliate and links by name, never the other tenant’s of the same name', async () => {
    const hits = await search(acme.owner, `/orgs/${acme.org.id}/search`, 'summer');
    expect(ofKind(hits, 'program').map((h) => h.id)).toEqual([acme.program.id]);
    expect(ofKind(hits, 'program')[0]!.params).toEqual({ orgId: acme.org.id, programId: acme.program.id });
    expect(
      ofKind(hits, 'link')
        .map((h) => h.id)
        .sort(),
    ).toEqual([seeded.acme.linkId, rivalLinkId].sort());
    const everyOrg = new Set(hits.map((h) => h.params.orgId));
    expect([...everyOrg]).toEqual([acme.org.id]);

    const affiliates = await search(acme.owner, `/orgs/${acme.org.id}/search`, 'alice');
    expect(ofKind(affiliates, 'affiliate').map((h) => h.params.enrollmentId)).toEqual([acme.enrollment.id]);
    expect(ofKind(affiliates, 'affiliate')[0]!.sublabel).toContain(acme.affiliate.email);
  });

  it('finds a conversion by order id and a click by its id, each in its own tenant only', async () => {
    const byOrder = await search(acme.finance, `/orgs/${acme.org.id}/search`, sharedOrderId);
    expect(ofKind(byOrder, 'conversion').map((h) => h.id)).toEqual([seeded.acme.conversionId]);

    const ownClick = await search(acme.owner, `/orgs/${acme.org.id}/search`, seeded.acme.clickId);
    expect(ofKind(ownClick, 'click')).toHaveLength(1);
    // A click leads to the conversion it brought.
    expect(ofKind(ownClick, 'click')[0]!.params.conversionId).toBe(seeded.acme.conversionId);
    expect(await search(acme.owner, `/orgs/${acme.org.id}/search`, seeded.other.clickId)).toEqual([]);
    expect(await search(acme.owner, `/orgs/${acme.org.id}/search`, seeded.other.conversionId)).toEqual([]);
  });

  it('takes wildcards literally', async () => {
    expect(await search(acme.owner, `/orgs/${acme.org.id}/search`, '%')).toEqual([]);
    expect(await search(acme.owner, `/orgs/${acme.org.id}/search`, 'summer_sale')).toEqual([]);
  });

  it('answers another tenant’s organization as not found, and lets support read', async () => {
    expectStatus(await call(acme.owner, 'GET', `/orgs/${other.org.id}/search?q=summer`), 404);
    const hits = await search(support, `/orgs/${other.org.id}/search`, 'summer');
    expect(ofKind(hits, 'program').map((h) => h.id)).toEqual([other.program.id]);
  });
});

describe('an affiliate searches its own records', () => {
  it('finds its own program, link, conversion and click, not another affiliate’s', async () => {
    const hits = await search(acme.affiliateSession, '/affiliate/search', 'summer');
    expect(ofKind(hits, 'program').map((h) => h.params)).toEqual([{ orgId: acme.org.id, programId: acme.program.id }]);
    expect(ofKind(hits, 'link').map((h) => h.params)).toEqual([{ orgId: acme.org.id, linkId: seeded.acme.linkId }]);

    const conversion = await search(acme.affiliateSession, '/affiliate/search', seeded.acme.conversionId);
    expect(ofKind(conversion, 'conversion').map((h) => h.params.conversionId)).toEqual([seeded.acme.conversionId]);
    const click = await search(acme.affiliateSession, '/affiliate/search', seeded.acme.clickId);
    expect(ofKind(click, 'click').map((h) => h.params)).toEqual([{ orgId: acme.org.id, clickId: seeded.acme.clickId }]);

    for (const q of [seeded.other.conversionId, seeded.other.clickId, rivalLinkId, `summer-rival-${tag}`])
      expect(await search(acme.affiliateSession, '/affiliate/search', q)).toEqual([]);
    // The advertiser's order ids are not the affiliate's to search.
    expect(await search(acme.affiliateSession, '/affiliate/search', sharedOrderId)).toEqual([]);
    expect(ofKind(await search(rival, '/affiliate/search', 'summer'), 'link').map((h) => h.id)).toEqual([rivalLinkId]);
  });

  it('is for affiliate accounts only', async () => {
    expectStatus(await call(acme.owner, 'GET', '/affiliate/search?q=summer'), 403);
  });
});

describe('platform staff search organizations', () => {
  it('finds an organization by its slug, and nobody else may ask', async () => {
    const hits = await search(support, '/platform/search', acme.org.slug);
    expect(hits.map((h) => [h.kind, h.id])).toEqual([['organization', acme.org.id]]);
    expectStatus(await call(acme.owner, 'GET', `/platform/search?q=${acme.org.slug}`), 404);
  });
});

describe('bad input', () => {
  it.each([
    ['no text', ''],
    ['only spaces', '?q=%20%20'],
    ['over 100 characters', `?q=${'a'.repeat(101)}`],
  ])('refuses %s with 400', async (_name, query) => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/search${query}`);
    expectStatus(res, 400, 'validation_failed');
  });
});
