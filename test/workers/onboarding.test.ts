import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { recordConversion } from '../../workers/services/conversions';
import { type Advertiser, createAdvertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { nextEventId, record, serviceCtx } from '../conversions';
import { issueAppKey, postConversion } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const onboarding = (a: Advertiser) => `/orgs/${a.org.id}/onboarding`;
const untouched = {
  apps: 1,
  activeApiKeys: 0,
  programs: 1,
  affiliates: 1,
  applicants: 0,
  lastEvent: null,
  steps: { app: 'done', apiKey: 'todo', integrate: 'todo', program: 'done', affiliates: 'done' },
};

async function addProgram(a: Advertiser, name: string) {
  const [program] = await db
    .insert(s.programs)
    .values({
      organizationId: a.org.id,
      appId: a.app.id,
      name,
      slug: name,
      status: 'active',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 1000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
    })
    .returning();
  return program!;
}

async function addAffiliate(email: string) {
  const [user] = await db.insert(s.users).values({ email, approvedAffiliate: true }).returning();
  return user!;
}

describe('GET /orgs/{orgId}/onboarding', () => {
  it('counts the tenant’s own apps, live keys and programs, and an event sent with a key ticks both steps', async () => {
    const before = await call(acme.owner, 'GET', onboarding(acme));
    expectStatus(before, 200);
    expect(before.body).toEqual(untouched);

    const key = await issueAppKey(acme);
    const revoked = await issueAppKey(acme);
    expectStatus(
      await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/apps/${acme.app.id}/api-keys/${revoked.id}`),
      204,
    );
    const eventId = nextEventId();
    expectStatus(await postConversion(key, { event_id: eventId, type: 'lead' }), 201);

    const after = await call(acme.admin, 'GET', onboarding(acme));
    expectStatus(after, 200);
    expect(after.body).toMatchObject({
      apps: 1,
      activeApiKeys: 1,
      programs: 1,
      affiliates: 1,
      lastEvent: { type: 'lead', eventId, source: 'api' },
      steps: { app: 'done', apiKey: 'done', integrate: 'done', program: 'done', affiliates: 'done' },
    });
    expect(Date.parse(after.body.lastEvent.receivedAt)).toBeGreaterThan(Date.now() - 60_000);

    // The other tenant's progress is untouched by acme's key and event.
    const theirs = await call(other.owner, 'GET', onboarding(other));
    expect(theirs.body).toEqual(untouched);

    // Every key revoked: the event really came, but no key is live, so that step is open again.
    expectStatus(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/apps/${acme.app.id}/api-keys/${key.id}`), 204);
    const revokedAll = await call(acme.owner, 'GET', onboarding(acme));
    expect(revokedAll.body).toMatchObject({
      activeApiKeys: 0,
      lastEvent: { eventId },
      steps: { apiKey: 'todo', integrate: 'done' },
    });
  });

  it('counts people, not enrollments: one affiliate in three programs is one, applicants apart', async () => {
    const second = await addProgram(acme, 'second');
    const third = await addProgram(acme, 'third');
    const base = { organizationId: acme.org.id };
    const applicant = await addAffiliate('applicant@example.com');
    const suspended = await addAffiliate('suspended@example.com');
    await db.insert(s.enrollments).values([
      { ...base, programId: second.id, affiliateId: acme.affiliate.id, status: 'active', refCode: 'acme-aff-2' },
      { ...base, programId: third.id, affiliateId: acme.affiliate.id, status: 'active', refCode: 'acme-aff-3' },
      // An applicant who also waits in a second program is one applicant.
      { ...base, programId: second.id, affiliateId: applicant.id, status: 'pending', refCode: 'applicant-2' },
      { ...base, programId: third.id, affiliateId: applicant.id, status: 'pending', refCode: 'applicant-3' },
      // A suspended affiliate has not joined and is not applying.
      { ...base, programId: acme.program.id, affiliateId: suspended.id, status: 'suspended', refCode: 'susp-1' },
    ]);
    const res = await call(acme.owner, 'GET', onboarding(acme));
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ programs: 3, affiliates: 1, applicants: 1 });

    await db.insert(s.enrollments).values({
      ...base,
      programId: acme.program.id,
      affiliateId: applicant.id,
      status: 'active',
      refCode: 'applicant-1',
    });
    const joined = await call(acme.owner, 'GET', onboarding(acme));
    expect(joined.body).toMatchObject({ affiliates: 2, applicants: 0, steps: { affiliates: 'done' } });
  });

  it('ticks nothing for events no integration sent: rows stored without a key, click credits', async () => {
    // As the demo data does: an API-sourced row, but no key of the app ever signed a request.
    const fresh = await createAdvertiser(db);
    await record(db, fresh, { type: 'sale', amount: 10, currency: 'USD' });
    const res = await call(fresh.owner, 'GET', onboarding(fresh));
    expect(res.body).toMatchObject({ lastEvent: null, steps: { apiKey: 'todo', integrate: 'todo' } });
  });

  it('an S2S postback or Stripe event without any key makes the key step not needed, truthfully', async () => {
    const fresh = await createAdvertiser(db);
    const eventId = nextEventId('pb');
    await recordConversion({
      ctx: serviceCtx(db),
      input: {
        appId: fresh.app.id,
        organizationId: fresh.org.id,
        source: 'postback',
        event: { event_id: eventId, type: 'lead' },
      },
    });
    const res = await call(fresh.owner, 'GET', onboarding(fresh));
    expect(res.body).toMatchObject({
      activeApiKeys: 0,
      lastEvent: { eventId, source: 'postback' },
      steps: { apiKey: 'not_needed', integrate: 'done' },
    });
  });

  it('answers every member role and support staff (read-only)', async () => {
    expectStatus(await call(acme.finance, 'GET', onboarding(acme)), 200);
    expectStatus(await call(await createStaff(db, 'support'), 'GET', onboarding(acme)), 200);
  });

  it('answers 404 to another tenant’s members and to affiliates', async () => {
    expectStatus(await call(other.owner, 'GET', onboarding(acme)), 404);
    expectStatus(await call(acme.affiliateSession, 'GET', onboarding(acme)), 404);
  });
});
