import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

beforeAll(async () => {
  // Acme's program has a brief to read; the other's has neither a brief nor creatives.
  await db.update(s.programs).set({ onboardingBrief: 'Pitch it to teams.' }).where(eq(s.programs.id, acme.program.id));
});

const pathUrl = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/onboarding-path`;
const funnelUrl = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/activation-funnel`;
const mineUrl = (a: Advertiser) => `/affiliate/orgs/${a.org.id}/onboarding`;
const stepUrl = (a: Advertiser, step: string) =>
  `/affiliate/orgs/${a.org.id}/programs/${a.program.id}/onboarding/${step}`;

const demo = {
  id: 'watch-demo',
  kind: 'custom',
  enabled: true,
  title: { en: 'Watch the demo', ru: 'Посмотрите демо' },
  description: { en: 'Ten minutes that show what to pitch.', ru: null },
  url: 'https://demo.example/kangrow',
};
const builtIn = (kind: string, enabled = true) => ({ id: kind, kind, enabled });

async function myPath(who: TestSession, a: Advertiser) {
  const res = await call(who, 'GET', `${mineUrl(a)}?programId=${a.program.id}`);
  expectStatus(res, 200);
  return res.body.items[0] as {
    done: number;
    total: number;
    nextStepId: string | null;
    steps: { step: { id: string }; reached: boolean; reachedAt: string | null }[];
  };
}
const reachedIds = (p: Awaited<ReturnType<typeof myPath>>) => p.steps.filter((s) => s.reached).map((s) => s.step.id);

describe('the advertiser writes the path', () => {
  it('gives every program the default path until one is saved, then keeps order, switches and its own steps', async () => {
    const before = await call(acme.finance, 'GET', pathUrl(acme));
    expectStatus(before, 200);
    expect(before.body).toEqual({
      isDefault: true,
      steps: ['brief', 'creatives', 'link', 'click', 'conversion'].map((k) => builtIn(k)),
    });

    const steps = [
      builtIn('brief'),
      demo,
      builtIn('link'),
      builtIn('creatives', false),
      builtIn('click'),
      builtIn('conversion'),
    ];
    const saved = await call(acme.admin, 'PUT', pathUrl(acme), { steps });
    expectStatus(saved, 200);
    expect(saved.body).toEqual({ isDefault: false, steps });
    expect((await call(acme.owner, 'GET', pathUrl(acme))).body.steps).toEqual(steps);
    const [audit] = await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'program.onboarding_path_updated'));
    expect(audit).toMatchObject({ targetId: acme.program.id, organizationId: acme.org.id });

    // The other advertiser's program keeps its default path.
    expect((await call(other.owner, 'GET', pathUrl(other))).body.isDefault).toBe(true);
  });

  it('refuses a built-in step removed, a step twice, a custom step with a built-in id or a non-https URL', async () => {
    const refusals = [
      [builtIn('brief'), builtIn('creatives'), builtIn('link'), builtIn('conversion')],
      [...['brief', 'creatives', 'link', 'click', 'conversion'].map((k) => builtIn(k)), demo, demo],
      [...['brief', 'creatives', 'link', 'click', 'conversion'].map((k) => builtIn(k)), { ...demo, id: 'click' }],
      [
        ...['brief', 'creatives', 'link', 'click', 'conversion'].map((k) => builtIn(k)),
        { ...demo, url: 'javascript:alert(1)' },
      ],
      [{ id: 'link', kind: 'click', enabled: true }],
    ];
    for (const steps of refusals) {
      const res = await call(acme.owner, 'PUT', pathUrl(acme), { steps });
      expectStatus(res, 400, 'validation_failed');
    }
    // Another advertiser's program is not found, as a missing one.
    expectStatus(await call(other.owner, 'PUT', pathUrl(acme), { steps: [builtIn('brief')] }), 404, 'not_found');
  });
});

describe('the affiliate follows it', () => {
  it('ticks the brief when opened, its own steps when done, and link, click and conversion from what happened', async () => {
    const me = acme.affiliateSession;
    let path = await myPath(me, acme);
    expect(path).toMatchObject({ done: 0, total: 5, nextStepId: 'brief' });
    expect(path.steps.map((s) => s.step.id)).toEqual(['brief', 'watch-demo', 'link', 'click', 'conversion']);

    const first = await call(me, 'POST', stepUrl(acme, 'brief'));
    expectStatus(first, 200);
    const again = await call(me, 'POST', stepUrl(acme, 'brief'));
    expect(again.body.reachedAt).toBe(first.body.reachedAt);
    // Creatives are switched off on this path; link ticks itself; an unknown step does not exist.
    expectStatus(await call(me, 'POST', stepUrl(acme, 'creatives')), 404, 'not_found');
    expectStatus(await call(me, 'POST', stepUrl(acme, 'link')), 409, 'onboarding_step_automatic');
    expectStatus(await call(me, 'POST', stepUrl(acme, 'no-such-step')), 404, 'not_found');
    expectStatus(await call(me, 'POST', stepUrl(acme, 'Not An Id!')), 400);

    path = await myPath(me, acme);
    expect(path).toMatchObject({ done: 1, nextStepId: 'watch-demo' });
    expectStatus(await call(me, 'POST', stepUrl(acme, 'watch-demo')), 200);

    const link = await call(me, 'POST', `/affiliate/orgs/${acme.org.id}/links`, {
      enrollmentId: acme.enrollment.id,
      name: 'blog',
    });
    expectStatus(link, 201);
    const click = await insertClick(db, acme);
    path = await myPath(me, acme);
    expect(reachedIds(path)).toEqual(['brief', 'watch-demo', 'link', 'click']);
    expect(path.nextStepId).toBe('conversion');
    expect(path.steps[3]!.reachedAt).toBe(click.clickedAt.toISOString());

    await record(db, acme, { type: 'sale', click_id: click.id, amount: 4_900, currency: 'USD' });
    path = await myPath(me, acme);
    expect(path).toMatchObject({ done: 5, total: 5, nextStepId: null });

    // Deleting the link keeps the step reached, at the time the first link was made.
    const linkAt = path.steps[2]!.reachedAt;
    expect(linkAt).toBe(new Date(link.body.createdAt).toISOString());
    expectStatus(await call(me, 'DELETE', `/affiliate/orgs/${acme.org.id}/links/${link.body.id}`), 204);
    path = await myPath(me, acme);
    expect(path.steps[2]).toMatchObject({ reached: true, reachedAt: linkAt });
  });

  it('leaves out the brief and the creatives while the program has none, never shown done or waiting for nothing', async () => {
    const me = other.affiliateSession;
    let path = await myPath(me, other);
    expect(path.steps.map((s) => s.step.id)).toEqual(['link', 'click', 'conversion']);
    expect(path).toMatchObject({ done: 0, total: 3, nextStepId: 'link' });
    await db.update(s.programs).set({ goals: 'A hundred trials a month.' }).where(eq(s.programs.id, other.program.id));
    await db.insert(s.creatives).values({
      organizationId: other.org.id,
      programId: other.program.id,
      kind: 'text_link',
      name: 'Try it free',
      body: 'Try it free',
    });
    path = await myPath(me, other);
    expect(path.steps.map((s) => s.step.id)).toEqual(['brief', 'creatives', 'link', 'click', 'conversion']);
    expect(path.nextStepId).toBe('brief');
  });

  it('lists only the affiliate’s own programs in the advertiser’s context, and nothing of another affiliate', async () => {
    const rival = await addPayee(db, acme);
    const rivalSession = await signInAs(db, rival.affiliate.id);
    const theirs = await myPath(rivalSession, acme);
    expect(theirs.done).toBe(0);
    // The other advertiser's affiliate sees only its own advertiser's program.
    const res = await call(other.affiliateSession, 'GET', mineUrl(other));
    expect(res.body.items.map((i: { programId: string }) => i.programId)).toEqual([other.program.id]);
    expectStatus(await call(other.affiliateSession, 'POST', stepUrl(acme, 'brief')), 404, 'not_found');
  });
});

describe('the activation funnel', () => {
  beforeAll(async () => {
    // Every affiliate here joined an hour ago: this month's cohort.
    await db
      .update(s.enrollments)
      .set({ approvedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(s.enrollments.programId, acme.program.id));
    await db
      .update(s.enrollments)
      .set({ approvedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(s.enrollments.programId, other.program.id));
  });

  it('counts the program’s joiners per step with the share of the step before, by month, never another’s', async () => {
    const res = await call(acme.finance, 'GET', funnelUrl(acme));
    expectStatus(res, 200);
    const month = new Date().toISOString().slice(0, 7);
    expect(res.body.steps.map((step: { id: string }) => step.id)).toEqual([
      'brief',
      'watch-demo',
      'link',
      'click',
      'conversion',
    ]);
    expect(res.body.cohorts.map((c: { month: string }) => c.month)).toEqual([month]);
    expect(res.body.total.joined).toBe(2);
    expect(res.body.total.steps.map((step: { reached: number }) => step.reached)).toEqual([1, 1, 1, 1, 1]);
    expect(res.body.total.steps[0].fromPreviousBps).toBeNull();
    expect(res.body.total.steps[1].fromPreviousBps).toBe(10_000);
    expect(res.body.total.steps[0].medianSeconds).toBeGreaterThanOrEqual(0);

    const theirs = await call(other.owner, 'GET', funnelUrl(other));
    expect(theirs.body.total).toMatchObject({ joined: 1, steps: expect.arrayContaining([]) });
    expect(theirs.body.total.steps.every((step: { reached: number }) => step.reached === 0)).toBe(true);
    expectStatus(await call(other.owner, 'GET', funnelUrl(acme)), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${funnelUrl(acme)}?months=99`), 400);
  });
});
