// A signed-in person answers program invitations from their own list (#57.41): an import that names an
// existing account invites it, and the person accepts (the import's commissions are booked) or declines.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import { importDriver, tag } from '../imports';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

/** The answer, after checking its status. */
function ok<T = any>(res: ApiResult<T>, status: number): ApiResult<T> {
  expectStatus(res, status);
  return res;
}

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

async function person(verified = true) {
  const [user] = await db
    .insert(s.users)
    .values({ email: `invitee-${tag()}@affiliates.example`, emailVerified: verified, approvedAffiliate: true })
    .returning();
  return { user: user!, session: await signInAs(db, user!.id) };
}

/** `a` imports one affiliate row with the person's email and one unpaid commission: an invitation. */
async function importInvitation(a: Advertiser, email: string) {
  const t = tag();
  const created = await call(a.owner, 'POST', `/orgs/${a.org.id}/imports`, {
    source: 'csv',
    programId: a.program.id,
    files: {
      affiliates: ['id,email,first_name,referral_code', `r1,${email},Erin,erin${t}`].join('\n'),
      commissions: ['id,affiliate_id,amount,currency,status,due_at', 'c1,r1,12.50,USD,unpaid,2025-07-01'].join('\n'),
    },
  });
  expectStatus(created, 201);
  const drive = importDriver(db);
  const planned = await drive(created.body.id, ['planned']);
  ok(await call(a.owner, 'POST', `/orgs/${a.org.id}/imports/${planned.id}/run`), 200);
  await drive(planned.id, ['completed']);
  const [invitation] = await db
    .select()
    .from(s.invitations)
    .where(and(eq(s.invitations.email, email), eq(s.invitations.organizationId, a.org.id)));
  return { invitation: invitation!, refCode: `erin${t}` };
}

const enrollmentIn = async (a: Advertiser, userId: string) =>
  db
    .select()
    .from(s.enrollments)
    .where(and(eq(s.enrollments.affiliateId, userId), eq(s.enrollments.organizationId, a.org.id)));

describe('GET /affiliate/invitations, POST …/accept and …/decline', () => {
  it('lists an import’s invitation with what waits, and accepting books it', async () => {
    const erin = await person();
    const { invitation, refCode } = await importInvitation(other, erin.user.email);
    const list = ok(await call(erin.session, 'GET', '/affiliate/invitations'), 200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: invitation.id,
        organizationId: other.org.id,
        organizationName: other.org.name,
        programId: other.program.id,
        programName: other.program.name,
        // The import's runner sent it.
        invitedBy: expect.any(String),
        waitingCommissions: 1,
      }),
    ]);

    const accepted = ok(await call(erin.session, 'POST', `/affiliate/invitations/${invitation.id}/accept`), 200);
    const [enrollment] = await enrollmentIn(other, erin.user.id);
    expect(accepted.body).toEqual({
      organizationId: other.org.id,
      programId: other.program.id,
      enrollmentId: enrollment!.id,
    });
    expect(enrollment).toMatchObject({ refCode, status: 'active' });
    const lines = await db
      .select()
      .from(s.commissions)
      .where(and(eq(s.commissions.beneficiaryId, erin.user.id), eq(s.commissions.organizationId, other.org.id)));
    expect(lines).toEqual([expect.objectContaining({ kind: 'opening_balance', amountMinor: 1250 })]);

    expect((await call(erin.session, 'GET', '/affiliate/invitations')).body.items).toEqual([]);
    const again = ok(await call(erin.session, 'POST', `/affiliate/invitations/${invitation.id}/accept`), 409);
    expect(again.body.error).toMatchObject({ code: 'invitation_closed', details: { reason: 'accepted' } });
  });

  it('declining closes the invitation and its mailed link, books nothing, is audited and shown to the advertiser', async () => {
    const erin = await person();
    const { invitation } = await importInvitation(other, erin.user.email);
    const declined = ok(await call(erin.session, 'POST', `/affiliate/invitations/${invitation.id}/decline`), 200);
    expect(declined.body).toMatchObject({ id: invitation.id });
    expect(await enrollmentIn(other, erin.user.id)).toEqual([]);
    expect((await call(erin.session, 'GET', '/affiliate/invitations')).body.items).toEqual([]);
    for (const verb of ['accept', 'decline']) {
      const closed = ok(await call(erin.session, 'POST', `/affiliate/invitations/${invitation.id}/${verb}`), 409);
      expect(closed.body.error).toMatchObject({ code: 'invitation_closed', details: { reason: 'declined' } });
    }
    const [mail] = await db
      .select()
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.to, erin.user.email), eq(s.emailOutbox.template, 'program_invitation')));
    const token = decodeURIComponent(/invitations\/accept\?token=([^\s]+)/.exec(mail!.text)![1]!);
    ok(await call(null, 'POST', '/auth/invitations/accept', { token }), 400);
    expect(await enrollmentIn(other, erin.user.id)).toEqual([]);

    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, invitation.id), eq(s.auditLog.action, 'invitation.declined')));
    expect(audit).toMatchObject({ actorId: erin.user.id, organizationId: other.org.id });
    const seen = ok(await call(other.owner, 'GET', `/orgs/${other.org.id}/program-invitations`), 200);
    const row = seen.body.items.find((i: { id: string }) => i.id === invitation.id);
    expect(row.declinedAt).toEqual(declined.body.declinedAt);
    // The import's commission still waits, unbooked.
    const waiting = await db.select().from(s.importItems).where(eq(s.importItems.kind, 'balance'));
    expect(waiting.some((i) => i.reason?.startsWith('awaiting_acceptance'))).toBe(true);
  });

  it('someone else’s invitation is not found, and lists stay each person’s own across advertisers', async () => {
    const erin = await person();
    const frank = await person();
    const forErin = (await importInvitation(other, erin.user.email)).invitation;
    const forFrank = (await importInvitation(acme, frank.user.email)).invitation;
    for (const verb of ['accept', 'decline']) {
      const res = await call(frank.session, 'POST', `/affiliate/invitations/${forErin.id}/${verb}`);
      expect(ok(res, 404).body.error.code).toBe('not_found');
    }
    expect(
      (await call(erin.session, 'GET', '/affiliate/invitations')).body.items.map((i: { id: string }) => i.id),
    ).toEqual([forErin.id]);
    expect(
      (await call(frank.session, 'GET', '/affiliate/invitations')).body.items.map((i: { id: string }) => i.id),
    ).toEqual([forFrank.id]);
    // An advertiser's member has no affiliate routes at all.
    expectStatus(await call(other.owner, 'POST', `/affiliate/invitations/${forErin.id}/accept`), 403, 'not_affiliate');
    expect(await enrollmentIn(other, erin.user.id)).toEqual([]);
  });

  it('an unverified address sees nothing and cannot answer; expired and withdrawn ones are closed', async () => {
    const unverified = await person(false);
    const { invitation } = await importInvitation(other, unverified.user.email);
    expect((await call(unverified.session, 'GET', '/affiliate/invitations')).body.items).toEqual([]);
    ok(await call(unverified.session, 'POST', `/affiliate/invitations/${invitation.id}/accept`), 404);

    const erin = await person();
    const expired = (await importInvitation(other, erin.user.email)).invitation;
    await db
      .update(s.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.invitations.id, expired.id));
    expect((await call(erin.session, 'GET', '/affiliate/invitations')).body.items).toEqual([]);
    const late = ok(await call(erin.session, 'POST', `/affiliate/invitations/${expired.id}/accept`), 409);
    expect(late.body.error.details).toEqual({ reason: 'expired' });

    const frank = await person();
    const withdrawn = (await importInvitation(acme, frank.user.email)).invitation;
    ok(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/program-invitations/${withdrawn.id}`), 204);
    const gone = ok(await call(frank.session, 'POST', `/affiliate/invitations/${withdrawn.id}/decline`), 409);
    expect(gone.body.error.details).toEqual({ reason: 'revoked' });
  });

  it('refuses a malformed id with 400', async () => {
    const erin = await person();
    const res = ok(await call(erin.session, 'POST', '/affiliate/invitations/not-a-uuid/accept'), 400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
