import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { api, expectStatus, logIn, mailbox, PASSWORD, tokenFromMail, uniqueEmail } from '../accounts';
import { call } from '../api-client';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const links = (a: Advertiser) => `/orgs/${a.org.id}/registration-links`;

async function newProgram(a: Advertiser, extra: Partial<typeof s.programs.$inferInsert> = {}) {
  const [program] = await db
    .insert(s.programs)
    .values({
      organizationId: a.org.id,
      appId: a.app.id,
      name: `Program ${Math.random().toString(36).slice(2, 8)}`,
      slug: `p-${Math.random().toString(36).slice(2, 10)}`,
      status: 'active',
      visibility: 'invite_only',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 2000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      ...extra,
    })
    .returning();
  return program!;
}

async function createLink(a: Advertiser, body: Record<string, unknown>) {
  const res = await call(a.owner, 'POST', links(a), { label: 'Newsletter', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; url: string; usesCount: number; state: string };
}

const affiliate = () => createUserSession(db);
const enrollmentsOf = (userId: string) => db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, userId));
const linkRow = async (id: string) =>
  (await db.select().from(s.registrationLinks).where(eq(s.registrationLinks.id, id)))[0]!;

describe('registration links: advertiser API', () => {
  it('owner creates, lists and revokes; each step audited; finance may not', async () => {
    const program = await newProgram(acme);
    const created = await createLink(acme, {
      programId: program.id,
      maxUses: 5,
      rateOverrideBps: 4500,
      holdDaysOverride: 7,
      approval: 'review',
    });
    expect(created).toMatchObject({
      programId: program.id,
      programName: program.name,
      maxUses: 5,
      usesCount: 0,
      rateOverrideBps: 4500,
      holdDaysOverride: 7,
      approval: 'review',
      state: 'valid',
      revokedAt: null,
      createdById: acme.owner.userId,
    });
    expect(created.code).toMatch(/^[0-9A-Z]{20}$/);
    expect(created.url).toBe(`http://localhost:8787/join/${created.code}`);

    const list = await call(acme.admin, 'GET', links(acme));
    expect(list.status).toBe(200);
    expect(list.body.items.map((l: { id: string }) => l.id)).toContain(created.id);

    expect((await call(acme.finance, 'GET', links(acme))).status).toBe(403);
    expect((await call(acme.finance, 'POST', links(acme), { label: 'x' })).status).toBe(403);

    const revoked = await call(acme.admin, 'POST', `${links(acme)}/${created.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ state: 'join_link_revoked', revokedAt: expect.any(String) });
    const audit = await db
      .select({ action: s.auditLog.action })
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, created.id), eq(s.auditLog.organizationId, acme.org.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['registration_link.created', 'registration_link.revoked']);
  });

  it('refuses bad input with 400: past expiry, zero max uses, rate over 100 %', async () => {
    for (const body of [
      { expiresAt: new Date(Date.now() - 60_000).toISOString() },
      { maxUses: 0 },
      { rateOverrideBps: 10_001 },
      { approval: 'maybe' },
    ]) {
      const res = await call(acme.owner, 'POST', links(acme), { label: 'bad', ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });

  it('two tenants: another org can neither see nor revoke a link, nor make one for a program not its own', async () => {
    const mine = await createLink(acme, { programId: acme.program.id });
    const theirs = await call(other.owner, 'GET', links(other));
    expect(theirs.body.items.map((l: { id: string }) => l.id)).not.toContain(mine.id);
    expect((await call(other.owner, 'POST', `${links(other)}/${mine.id}/revoke`)).status).toBe(404);
    expect((await call(other.owner, 'POST', `${links(acme)}/${mine.id}/revoke`)).status).toBe(404);
    expect((await linkRow(mine.id)).revokedAt).toBeNull();
    const foreign = await call(other.owner, 'POST', links(other), { label: 'steal', programId: acme.program.id });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('not_found');
  });
});

describe('registration links: joining', () => {
  it('an existing affiliate joins an invite-only program, overrides applied, approved at once; again → already_enrolled, no second use', async () => {
    const program = await newProgram(acme, { visibility: 'invite_only', holdDays: 30 });
    const link = await createLink(acme, { programId: program.id, rateOverrideBps: 4500, holdDaysOverride: 3 });
    // Not approved by the platform: the advertiser's link vouches for the affiliate.
    const aff = await affiliate();
    const view = await expectStatus(api('GET', `/join-links/${link.code}`), 200);
    expect(view).toMatchObject({
      organizationName: acme.org.name,
      programId: program.id,
      programs: [{ id: program.id, name: program.name, visibility: 'invite_only', commissionRateBps: 2000 }],
      approval: 'approve',
      rateOverrideBps: 4500,
      holdDaysOverride: 3,
      state: 'valid',
    });
    const joined = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body).toMatchObject({
      organizationId: acme.org.id,
      enrollments: [{ programId: program.id, status: 'active' }],
    });
    const [enrollment] = await enrollmentsOf(aff.userId);
    expect(enrollment).toMatchObject({
      programId: program.id,
      organizationId: acme.org.id,
      status: 'active',
      rateOverrideBps: 4500,
      holdDaysOverride: 3,
      approvedAt: expect.any(Date),
    });
    expect((await linkRow(link.id)).usesCount).toBe(1);

    const again = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_enrolled');
    expect((await linkRow(link.id)).usesCount).toBe(1);
    expect(await enrollmentsOf(aff.userId)).toHaveLength(1);
    // The affiliate now works in the advertiser's context.
    const mine = await call(aff, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expect(mine.status).toBe(200);
    const audit = await db
      .select({ action: s.auditLog.action, actorId: s.auditLog.actorId })
      .from(s.auditLog)
      .where(eq(s.auditLog.targetId, enrollment!.id));
    expect(audit).toEqual([{ action: 'enrollment.joined', actorId: aff.userId }]);
  });

  it('a review link queues the enrollment as pending; the advertiser approves it as usual', async () => {
    const program = await newProgram(acme);
    const link = await createLink(acme, { programId: program.id, approval: 'review' });
    const aff = await affiliate();
    const joined = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(joined.body.enrollments).toEqual([expect.objectContaining({ status: 'pending' })]);
    const id = joined.body.enrollments[0].id as string;
    const approved = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/enrollments/${id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect((await enrollmentsOf(aff.userId))[0]!.status).toBe('active');
  });

  it('max uses: the max-th use succeeds, the next is refused with join_link_used_up', async () => {
    const program = await newProgram(acme);
    const link = await createLink(acme, { programId: program.id, maxUses: 2 });
    const [a, b, c] = await Promise.all([affiliate(), affiliate(), affiliate()]);
    expect((await call(a, 'POST', `/affiliate/join-links/${link.code}/accept`)).status).toBe(200);
    expect((await call(b, 'POST', `/affiliate/join-links/${link.code}/accept`)).status).toBe(200);
    const third = await call(c, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(third.status).toBe(410);
    expect(third.body.error.code).toBe('join_link_used_up');
    expect(await enrollmentsOf(c.userId)).toHaveLength(0);
    expect((await linkRow(link.id)).usesCount).toBe(2);
    expect((await expectStatus(api('GET', `/join-links/${link.code}`), 200)).state).toBe('join_link_used_up');
  });

  it('the last use is taken once when two affiliates race for it', async () => {
    const program = await newProgram(acme);
    const link = await createLink(acme, { programId: program.id, maxUses: 1 });
    const [a, b] = await Promise.all([affiliate(), affiliate()]);
    const results = await Promise.all([a, b].map((x) => call(x, 'POST', `/affiliate/join-links/${link.code}/accept`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect((await linkRow(link.id)).usesCount).toBe(1);
  });

  it('an expired link is refused (lookup says why, accepting answers 410 join_link_expired)', async () => {
    const link = await createLink(acme, {
      programId: acme.program.id,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await db
      .update(s.registrationLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.registrationLinks.id, link.id));
    expect((await expectStatus(api('GET', `/join-links/${link.code}`), 200)).state).toBe('join_link_expired');
    const aff = await affiliate();
    const res = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('join_link_expired');
    expect(await enrollmentsOf(aff.userId)).toHaveLength(0);
  });

  it('a revoked link is refused with join_link_revoked; an unknown code is not_found', async () => {
    const link = await createLink(acme, { programId: acme.program.id });
    await call(acme.owner, 'POST', `${links(acme)}/${link.id}/revoke`);
    const aff = await affiliate();
    const res = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('join_link_revoked');
    expect((await expectStatus(api('GET', `/join-links/${link.code}`), 200)).state).toBe('join_link_revoked');
    expect((await expectStatus(api('GET', '/join-links/NOSUCHCODE'), 404)).error.code).toBe('not_found');
  });

  it('an organization link enrolls in every active program, invite-only included, and skips the paused', async () => {
    const org = await (async () => {
      const [o] = await Promise.all([createTwoProgramOrg()]);
      return o;
    })();
    const link = await createLink(org.advertiser, {});
    const aff = await affiliate();
    const res = await call(aff, 'POST', `/affiliate/join-links/${link.code}/accept`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const programIds = (await enrollmentsOf(aff.userId)).map((e) => e.programId).sort();
    expect(programIds).toEqual([org.advertiser.program.id, org.inviteOnly.id].sort());
    expect(programIds).not.toContain(org.paused.id);
  });
});

/** acme's extra programs would leak into the organization-link test, so it uses `other` with its own set. */
async function createTwoProgramOrg() {
  const inviteOnly = await newProgram(other, { visibility: 'invite_only' });
  const paused = await newProgram(other, { status: 'paused' });
  return { advertiser: other, inviteOnly, paused };
}

describe('registration links: sign-up', () => {
  it('a new affiliate signs up through the link and is enrolled when the email is verified', async () => {
    const program = await newProgram(acme);
    const link = await createLink(acme, { programId: program.id, rateOverrideBps: 3300 });
    const email = uniqueEmail('recruit');
    const created = await expectStatus(
      api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate', joinCode: link.code }),
      201,
    );
    // Nothing yet: the address is not proven.
    expect(await enrollmentsOf(created.userId)).toHaveLength(0);
    expect((await linkRow(link.id)).usesCount).toBe(0);
    const verified = await expectStatus(
      api('POST', '/auth/verify-email', { token: await tokenFromMail(email, 'verify_email') }),
      200,
    );
    expect(verified.joined).toEqual([{ organizationName: acme.org.name, programIds: [program.id] }]);
    const [enrollment] = await enrollmentsOf(created.userId);
    expect(enrollment).toMatchObject({ programId: program.id, status: 'active', rateOverrideBps: 3300 });
    expect((await linkRow(link.id)).usesCount).toBe(1);
    const session = await logIn(email);
    const mine = await expectStatus(
      api('GET', `/affiliate/orgs/${acme.org.id}/programs`, undefined, { token: session.accessToken }),
      200,
    );
    expect(JSON.stringify(mine)).toContain(program.id);
  });

  it('sign-up through a used-up or unknown link is refused before any account is made', async () => {
    const link = await createLink(acme, { programId: acme.program.id, maxUses: 1 });
    await call(await affiliate(), 'POST', `/affiliate/join-links/${link.code}/accept`);
    const email = uniqueEmail('late');
    const late = await expectStatus(
      api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate', joinCode: link.code }),
      410,
    );
    expect(late.error.code).toBe('join_link_used_up');
    expect(await db.select().from(s.users).where(eq(s.users.email, email))).toHaveLength(0);
    const unknown = await expectStatus(
      api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate', joinCode: 'NOPE' }),
      404,
    );
    expect(unknown.error.code).toBe('not_found');
  });
});

describe('program invitations by email', () => {
  const invitations = (a: Advertiser) => `/orgs/${a.org.id}/program-invitations`;

  it('a new person accepts from the email, gets a verified account and an active enrollment', async () => {
    const program = await newProgram(acme, { visibility: 'invite_only' });
    const email = uniqueEmail('invitee');
    const invited = await call(acme.owner, 'POST', invitations(acme), {
      email: email.toUpperCase(),
      programId: program.id,
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body).toMatchObject({ email, programId: program.id, programName: program.name, expired: false });
    const listed = await call(acme.admin, 'GET', invitations(acme));
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(invited.body.id);
    const [mail] = await mailbox(email);
    expect(mail).toMatchObject({ template: 'program_invitation', subject: expect.stringContaining(program.name) });
    const token = await tokenFromMail(email, 'program_invitation' as 'invitation');
    const accepted = await expectStatus(
      api('POST', '/auth/invitations/accept', { token, password: PASSWORD, firstName: 'Nia' }),
      200,
    );
    expect(accepted).toMatchObject({
      organizationId: acme.org.id,
      role: null,
      programId: program.id,
      accountCreated: true,
    });
    const [enrollment] = await enrollmentsOf(accepted.userId);
    expect(enrollment).toMatchObject({ id: accepted.enrollmentId, programId: program.id, status: 'active' });
    expect(enrollment!.couponCode).toMatch(/^NIA/);
    // Used once: a second click is refused and nothing changes.
    expect((await expectStatus(api('POST', '/auth/invitations/accept', { token }), 400)).error.code).toBe(
      'bad_request',
    );
    const after = await call(acme.admin, 'GET', invitations(acme));
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(invited.body.id);
    await logIn(email);
  });

  it('an existing Russian-speaking affiliate gets the email in Russian and joins without a password', async () => {
    const program = await newProgram(acme);
    const aff = await affiliate();
    await db.update(s.users).set({ locale: 'ru' }).where(eq(s.users.id, aff.userId));
    await call(acme.owner, 'POST', invitations(acme), { email: aff.email, programId: program.id });
    const [mail] = await mailbox(aff.email);
    expect(mail!.subject).toContain('Приглашение в партнёрскую программу');
    const token = await tokenFromMail(aff.email, 'program_invitation' as 'invitation');
    const accepted = await expectStatus(api('POST', '/auth/invitations/accept', { token }), 200);
    expect(accepted).toMatchObject({ userId: aff.userId, accountCreated: false, programId: program.id });
    expect((await enrollmentsOf(aff.userId)).map((e) => e.programId)).toEqual([program.id]);
    // Inviting someone already in the program is refused.
    const again = await call(acme.owner, 'POST', invitations(acme), { email: aff.email, programId: program.id });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_enrolled');
  });

  it('revoked invitations stop working; another tenant can neither revoke nor invite into our program', async () => {
    const email = uniqueEmail('withdrawn');
    const invited = await call(acme.owner, 'POST', invitations(acme), { email, programId: acme.program.id });
    const token = await tokenFromMail(email, 'program_invitation' as 'invitation');
    expect((await call(other.owner, 'DELETE', `${invitations(other)}/${invited.body.id}`)).status).toBe(404);
    expect((await call(acme.finance, 'DELETE', `${invitations(acme)}/${invited.body.id}`)).status).toBe(403);
    const foreign = await call(other.owner, 'POST', invitations(other), { email, programId: acme.program.id });
    expect(foreign.status).toBe(404);
    expect((await call(acme.owner, 'DELETE', `${invitations(acme)}/${invited.body.id}`)).status).toBe(204);
    await expectStatus(api('POST', '/auth/invitations/accept', { token, password: PASSWORD }), 400);
    expect(await db.select().from(s.users).where(eq(s.users.email, email))).toHaveLength(0);
  });
});
