import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { codeAt } from '../accounts';
import { addMember, createStaff, type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// 2FA required of platform staff and, when an organization says so, of its members: a grace period
// from the first signed-in request (TWO_FACTOR_GRACE_DAYS, 7 by default), then 403 two_factor_required.

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const DAY = 86_400_000;

/** Moves the account's grace period back, as if it started `days` ago. */
async function graceStartedDaysAgo(session: TestSession, days: number): Promise<void> {
  await db
    .update(s.users)
    .set({ twoFactorGraceStartedAt: new Date(Date.now() - days * DAY) })
    .where(eq(s.users.id, session.userId));
}

async function turnOnTwoFactor(session: TestSession): Promise<void> {
  const setup = await call(session, 'POST', '/me/2fa/setup');
  expectStatus(setup, 200);
  expectStatus(await call(session, 'POST', '/me/2fa/enable', { code: codeAt(setup.body.secret) }), 200);
}

const graceOf = async (session: TestSession) =>
  (await db.select().from(s.users).where(eq(s.users.id, session.userId)))[0]!.twoFactorGraceStartedAt;

describe('platform staff', () => {
  it.each(['platform_owner', 'platform_admin', 'support'] as const)(
    '%s: the grace period starts at the first signed-in request, and its end is shown on /me',
    async (role) => {
      const staff = await createStaff(db, role);
      expect(await graceOf(staff)).toBeNull();
      const me = await call(staff, 'GET', '/me');
      expectStatus(me, 200);
      expect(me.body.twoFactorRequirement).toMatchObject({ platform: true, organizations: [], state: 'grace' });
      const started = await graceOf(staff);
      expect(started).not.toBeNull();
      expect(Date.parse(me.body.twoFactorRequirement.dueAt)).toBe(started!.getTime() + 7 * DAY);
      // Within the grace period the platform console works; the deadline does not move.
      expectStatus(await call(staff, 'GET', '/platform/users'), 200);
      expect((await graceOf(staff))!.getTime()).toBe(started!.getTime());
    },
  );

  it('starts the grace period on a platform route too, for API clients that never read /me', async () => {
    const staff = await createStaff(db, 'platform_admin');
    expectStatus(await call(staff, 'GET', '/platform/users'), 200);
    expect(await graceOf(staff)).not.toBeNull();
  });

  it('after the grace period: 403 two_factor_required on platform routes and tenants reached through the role; /me stays open', async () => {
    const staff = await createStaff(db, 'platform_admin');
    await graceStartedDaysAgo(staff, 7.01);
    const refused = await call(staff, 'GET', '/platform/users');
    expectStatus(refused, 403, 'two_factor_required');
    expect(refused.body.error.details).toMatchObject({ rule: 'platform' });
    expectStatus(await call(staff, 'GET', `/orgs/${acme.org.id}`), 403, 'two_factor_required');
    const me = await call(staff, 'GET', '/me');
    expectStatus(me, 200);
    expect(me.body.twoFactorRequirement.state).toBe('overdue');

    // Setting it up is all that is left to do, and it lets the account back in at once.
    await turnOnTwoFactor(staff);
    expectStatus(await call(staff, 'GET', '/platform/users'), 200);
    expectStatus(await call(staff, 'GET', `/orgs/${acme.org.id}`), 200);
    expect((await call(staff, 'GET', '/me')).body.twoFactorRequirement).toMatchObject({
      state: 'enabled',
      dueAt: null,
    });
    expect(await graceOf(staff)).toBeNull();
  });

  it('support, overdue, is refused its reads too', async () => {
    const support = await createStaff(db, 'support');
    await graceStartedDaysAgo(support, 30);
    expectStatus(await call(support, 'GET', '/platform/audit-log'), 403, 'two_factor_required');
  });

  it('cannot turn 2FA off while the role requires it', async () => {
    const staff = await createStaff(db, 'platform_owner');
    await turnOnTwoFactor(staff);
    expectStatus(
      await call(staff, 'POST', '/me/2fa/disable', { password: 'whatever password', code: '000000' }),
      403,
      'two_factor_required',
    );
  });

  it('does not touch accounts without a platform role', async () => {
    const me = await call(acme.finance, 'GET', '/me');
    expect(me.body.twoFactorRequirement).toEqual({
      platform: false,
      organizations: [],
      state: 'not_required',
      dueAt: null,
    });
    expect(await graceOf(acme.finance)).toBeNull();
  });
});

describe("an organization's requirement", () => {
  const requirement = (session: TestSession, org: Advertiser, required: boolean) =>
    call(session, 'PUT', `/orgs/${org.org.id}/two-factor-requirement`, { required });

  it('is set by owners only, and only by an owner who has 2FA on', async () => {
    expectStatus(await requirement(acme.admin, acme, true), 403, 'forbidden');
    expectStatus(await requirement(acme.finance, acme, true), 403, 'forbidden');
    const refused = await requirement(acme.owner, acme, true);
    expectStatus(refused, 403, 'two_factor_required');
    expect(refused.body.error.message).toMatch(/your own account first/);
    expect((await call(acme.owner, 'GET', `/orgs/${acme.org.id}`)).body.requireTwoFactor).toBe(false);
    expectStatus(await requirement(other.owner, acme, true), 404, 'not_found');
    expectStatus(await call(acme.owner, 'PUT', `/orgs/${acme.org.id}/two-factor-requirement`, {}), 400);
  });

  it('applies to members after their grace period, on that organization only, and is audited', async () => {
    await turnOnTwoFactor(acme.owner);
    const on = await requirement(acme.owner, acme, true);
    expectStatus(on, 200);
    expect(on.body.requireTwoFactor).toBe(true);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.action, 'organization.two_factor_requirement_changed'));
    expect(audit).toMatchObject({
      actorId: acme.owner.userId,
      organizationId: acme.org.id,
      before: { requireTwoFactor: false },
      after: { requireTwoFactor: true },
    });

    // A member without 2FA: within the grace period, the organization works and /me says until when.
    const member = await addMember(db, acme.org.id, 'admin');
    const me = await call(member, 'GET', '/me');
    expect(me.body.twoFactorRequirement).toMatchObject({
      platform: false,
      organizations: [{ organizationId: acme.org.id, name: acme.org.name }],
      state: 'grace',
    });
    expectStatus(await call(member, 'GET', `/orgs/${acme.org.id}/programs`), 200);

    // Past it: refused in this organization, with the rule named, but not elsewhere.
    await graceStartedDaysAgo(member, 8);
    const refused = await call(member, 'GET', `/orgs/${acme.org.id}/programs`);
    expectStatus(refused, 403, 'two_factor_required');
    expect(refused.body.error.details).toMatchObject({ rule: 'organization' });
    await db.insert(s.memberships).values({ organizationId: other.org.id, userId: member.userId, role: 'admin' });
    expectStatus(await call(member, 'GET', `/orgs/${other.org.id}/programs`), 200);
    expectStatus(await call(member, 'GET', '/orgs'), 200);

    // The owner who set it keeps working: their 2FA is on.
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/programs`), 200);

    // Turning it off lifts the rule at once.
    expectStatus(await requirement(acme.owner, acme, false), 200);
    expectStatus(await call(member, 'GET', `/orgs/${acme.org.id}/programs`), 200);
    expect((await call(member, 'GET', '/me')).body.twoFactorRequirement.state).toBe('not_required');
  });
});
