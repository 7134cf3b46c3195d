import { describe, expect, it } from 'vitest';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { nextEventId } from '../conversions';
import { issueAppKey, postConversion } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const onboarding = (a: Advertiser) => `/orgs/${a.org.id}/onboarding`;

describe('GET /orgs/{orgId}/onboarding', () => {
  it('counts the tenant’s own apps, live keys, programs and enrollments, and the latest event received', async () => {
    const before = await call(acme.owner, 'GET', onboarding(acme));
    expectStatus(before, 200);
    expect(before.body).toEqual({ apps: 1, activeApiKeys: 0, programs: 1, enrollments: 1, lastConversionAt: null });

    const key = await issueAppKey(acme);
    const revoked = await issueAppKey(acme);
    expectStatus(
      await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/apps/${acme.app.id}/api-keys/${revoked.id}`),
      204,
    );
    expectStatus(await postConversion(key, { event_id: nextEventId(), type: 'lead' }), 201);

    const after = await call(acme.admin, 'GET', onboarding(acme));
    expectStatus(after, 200);
    expect(after.body).toMatchObject({ apps: 1, activeApiKeys: 1, programs: 1, enrollments: 1 });
    expect(Date.parse(after.body.lastConversionAt)).toBeGreaterThan(Date.now() - 60_000);

    // The other tenant's progress is untouched by acme's key and event.
    const theirs = await call(other.owner, 'GET', onboarding(other));
    expect(theirs.body).toEqual({ apps: 1, activeApiKeys: 0, programs: 1, enrollments: 1, lastConversionAt: null });
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
