import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { listBalances } from '../../workers/services/finance';
import { api, codeAt, expectStatus, logIn, PASSWORD, signUpVerified } from '../accounts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { serviceCtx } from '../conversions';
import { earn, putInPayout, setHoldUntil } from '../finance';
import { approvedSales } from '../payouts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const userRow = async (id: string) => (await db.select().from(s.users).where(eq(s.users.id, id)))[0]!;

/** A real affiliate account (signed up, verified, approved), signed in, and enrolled with the advertisers given. */
async function affiliateOf(...advertisers: Advertiser[]) {
  const account = await signUpVerified();
  await db
    .update(s.users)
    .set({
      approvedAffiliate: true,
      firstName: 'Ada',
      lastName: 'Lovelace',
      paypalEmail: `pp-${account.userId}@example.com`,
      paypalEmailVerifiedAt: new Date(),
      telegramChatId: '123456',
      postbackUrlTemplate: 'https://ada.example/pb?c={click_id}',
    })
    .where(eq(s.users.id, account.userId));
  const session = await logIn(account.email, PASSWORD, '203.0.113.9');
  const tenants = [];
  for (const a of advertisers) {
    const [enrollment] = await db
      .insert(s.enrollments)
      .values({
        programId: a.program.id,
        affiliateId: account.userId,
        organizationId: a.org.id,
        status: 'active',
        refCode: `del-${account.userId.slice(-12)}-${a.org.id.slice(-4)}`,
      })
      .returning();
    tenants.push({ ...a, affiliate: await userRow(account.userId), enrollment: enrollment! });
  }
  return { ...account, session, token: session.accessToken, tenants };
}

const del = (token: string, body: Record<string, unknown>) => api('POST', '/me/delete', body, { token });

describe('deleting an account with nothing owed', () => {
  it('needs the right password, then ends sessions and erases the person', async () => {
    const ada = await affiliateOf(acme);
    const check = await expectStatus(api('GET', '/me/deletion', undefined, { token: ada.token }), 200);
    expect(check).toEqual({ canDelete: true, canForfeit: false, secondFactorRequired: false, blockers: [] });

    const wrong = await expectStatus(del(ada.token, { password: 'not the password' }), 400);
    expect(wrong.error.code).toBe('bad_request');
    expect((await userRow(ada.userId)).deletedAt).toBeNull();

    const res = await del(ada.token, { password: PASSWORD });
    expect(res.headers.get('set-cookie')).toMatch(/ae_refresh=;.*Max-Age=0/);
    expect(await expectStatus(res, 200)).toEqual({ deleted: true, forfeited: [] });

    // Every session is over: the access token, the refresh token.
    expect((await api('GET', '/me', undefined, { token: ada.token })).status).toBe(401);
    expect((await api('POST', '/auth/refresh', { refreshToken: ada.session.refreshToken })).status).toBe(401);

    // Personal data is gone; the row stays for the books.
    const row = await userRow(ada.userId);
    expect(row).toMatchObject({
      email: `deleted-${ada.userId}@deleted.invalid`,
      firstName: null,
      lastName: null,
      hashedPassword: null,
      paypalEmail: null,
      paypalEmailVerifiedAt: null,
      telegramChatId: null,
      postbackUrlTemplate: null,
      lastIp: null,
      approvedAffiliate: false,
    });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await db.select().from(s.refreshTokens).where(eq(s.refreshTokens.userId, ada.userId))).toEqual([]);
    expect(await db.select().from(s.authTokens).where(eq(s.authTokens.userId, ada.userId))).toEqual([]);
    expect(await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, ada.email))).toEqual([]);
    const trail = await db.select().from(s.auditLog).where(eq(s.auditLog.actorId, ada.userId));
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['user.signed_up', 'user.deleted']));
    for (const r of trail) {
      expect(r.ip).toBeNull();
      expect(JSON.stringify([r.before, r.after])).not.toContain(ada.email);
    }
    const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, ada.userId));
    expect(enrollment).toMatchObject({ status: 'terminated', statusReason: 'account deleted' });
  });

  it('then fails to log in exactly like an unknown email, and the email can sign up again', async () => {
    const ada = await affiliateOf();
    await expectStatus(del(ada.token, { password: PASSWORD }), 200);
    const old = await expectStatus(api('POST', '/auth/login', { email: ada.email, password: PASSWORD }), 401);
    const unknown = await expectStatus(
      api('POST', '/auth/login', { email: `nobody-${ada.userId}@example.com`, password: PASSWORD }),
      401,
    );
    expect(old.error.code).toBe(unknown.error.code);
    expect(old.error.message).toBe(unknown.error.message);

    const again = await signUpVerified({ email: ada.email });
    expect(again.userId).not.toBe(ada.userId);
    await logIn(ada.email);
  });

  it('asks for the second factor when 2FA is on: a TOTP code or a recovery code', async () => {
    const ada = await affiliateOf();
    const setup = await expectStatus(api('POST', '/me/2fa/setup', undefined, { token: ada.token }), 200);
    const { recoveryCodes } = await expectStatus(
      api('POST', '/me/2fa/enable', { code: codeAt(setup.secret) }, { token: ada.token }),
      200,
    );
    const check = await expectStatus(api('GET', '/me/deletion', undefined, { token: ada.token }), 200);
    expect(check.secondFactorRequired).toBe(true);
    expect((await expectStatus(del(ada.token, { password: PASSWORD }), 400)).error.details).toEqual([
      { path: 'code', message: 'Required' },
    ]);
    await expectStatus(del(ada.token, { password: PASSWORD, recoveryCode: 'AAAAA-BBBBB' }), 400);
    expect((await userRow(ada.userId)).deletedAt).toBeNull();
    await expectStatus(del(ada.token, { password: PASSWORD, recoveryCode: recoveryCodes[0] }), 200);
    const row = await userRow(ada.userId);
    expect(row.totpSecret).toBeNull();
    expect(await db.select().from(s.totpRecoveryCodes).where(eq(s.totpRecoveryCodes.userId, ada.userId))).toEqual([]);
  });
});

describe('an affiliate with money owed, with two advertisers', () => {
  it('is told the amounts and cannot delete until it forfeits them; paid money stays on the books', async () => {
    const ada = await affiliateOf(acme, other);
    const [atAcme, atOther] = ada.tenants as [Advertiser, Advertiser];
    const paidLine = await earn(db, atAcme, 20_000); // 6000, then paid out
    await setHoldUntil(db, [paidLine.id], new Date(Date.now() - 1000));
    await putInPayout(db, atAcme, [paidLine], 'success');
    const held = await earn(db, atAcme, 10_000); // 3000 in hold
    const [approved] = await approvedSales(db, atOther, [5_000]); // 1500 approved
    // Another affiliate of the same advertiser keeps everything.
    const bystander = await earn(db, acme, 10_000);

    const check = await expectStatus(api('GET', '/me/deletion', undefined, { token: ada.token }), 200);
    expect(check.canDelete).toBe(false);
    expect(check.canForfeit).toBe(true);
    expect(check.blockers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unpaid_balance',
          organizationId: acme.org.id,
          currency: 'USD',
          holdMinor: 3000,
          approvedMinor: 0,
          owedMinor: 3000,
        }),
        expect.objectContaining({
          code: 'unpaid_balance',
          organizationId: other.org.id,
          holdMinor: 0,
          approvedMinor: 1500,
          owedMinor: 1500,
        }),
      ]),
    );
    expect(check.blockers).toHaveLength(2);

    const refused = await expectStatus(del(ada.token, { password: PASSWORD }), 409);
    expect(refused.error.code).toBe('unpaid_balance');
    expect(refused.error.details.blockers).toEqual(check.blockers);
    expect((await userRow(ada.userId)).deletedAt).toBeNull();

    const done = await expectStatus(del(ada.token, { password: PASSWORD, forfeit: true }), 200);
    expect(done.forfeited).toEqual(
      expect.arrayContaining([
        { organizationId: acme.org.id, currency: 'USD', amountMinor: 3000, lines: 1 },
        { organizationId: other.org.id, currency: 'USD', amountMinor: 1500, lines: 1 },
      ]),
    );

    // The ledger: unpaid lines voided with the reason, paid ones untouched, all under the same id.
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.beneficiaryId, ada.userId));
    const byId = new Map(lines.map((l) => [l.id, l]));
    expect(byId.get(paidLine.id)).toMatchObject({ status: 'paid', amountMinor: 6000 });
    expect(byId.get(held.id)).toMatchObject({ status: 'reversed', reason: expect.stringContaining('forfeited') });
    expect(byId.get(approved!.id)).toMatchObject({ status: 'reversed' });
    const balances = await listBalances({ ctx: serviceCtx(db), input: { affiliateId: ada.userId } });
    for (const b of balances) expect([b.holdMinor, b.approvedMinor, b.inPayoutMinor]).toEqual([0, 0, 0]);
    expect(balances.find((b) => b.organizationId === acme.org.id)?.paidMinor).toBe(6000);
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.affiliateId, ada.userId));
    expect(item).toMatchObject({ status: 'success', amountMinor: 6000 });
    const conversions = await db.select().from(s.conversions).where(eq(s.conversions.affiliateId, ada.userId));
    expect(conversions).toHaveLength(3);
    const [untouched] = await db.select().from(s.commissions).where(eq(s.commissions.id, bystander.id));
    expect(untouched!.status).toBe('pending');

    // Audited per advertiser, where each advertiser's own audit log shows it.
    const forfeits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'balance.forfeited'), eq(s.auditLog.targetId, ada.userId)));
    expect(forfeits.map((f) => f.organizationId).sort()).toEqual([acme.org.id, other.org.id].sort());
    const acmeLog = await expectStatus(
      api('GET', `/orgs/${acme.org.id}/audit-log?action=balance.forfeited`, undefined, {
        token: acme.owner.headers.authorization!.slice(7),
      }),
      200,
    );
    expect(acmeLog.items).toEqual([expect.objectContaining({ action: 'balance.forfeited', targetId: ada.userId })]);
  });

  it('cannot delete while a payout to it is in progress, forfeit or not', async () => {
    const ada = await affiliateOf(acme);
    const line = await earn(db, ada.tenants[0]!, 10_000);
    await setHoldUntil(db, [line.id], new Date(Date.now() - 1000));
    await putInPayout(db, ada.tenants[0]!, [line], 'pending');
    const refused = await expectStatus(del(ada.token, { password: PASSWORD, forfeit: true }), 409);
    expect(refused.error.code).toBe('payout_in_progress');
    expect(refused.error.details.blockers).toEqual([
      expect.objectContaining({ code: 'payout_in_progress', organizationId: acme.org.id, inPayoutMinor: 3000 }),
    ]);
    const [kept] = await db.select().from(s.commissions).where(eq(s.commissions.id, line.id));
    expect(kept!.status).toBe('in_payout');
  });

  it('is not blocked by a debt (a refund carried after payout), which stays on the books', async () => {
    const ada = await affiliateOf(other);
    const line = await earn(db, ada.tenants[0]!, 10_000);
    await db
      .update(s.commissions)
      .set({ kind: 'adjustment', amountMinor: -500, status: 'approved', approvedAt: new Date() })
      .where(eq(s.commissions.id, line.id));
    await expectStatus(del(ada.token, { password: PASSWORD }), 200);
    const [kept] = await db.select().from(s.commissions).where(eq(s.commissions.id, line.id));
    expect(kept).toMatchObject({ status: 'approved', amountMinor: -500 });
  });
});

describe('advertiser staff', () => {
  it('the last owner must hand over ownership first; then the seat goes, audited in the organization', async () => {
    const owner = await signUpVerified({ accountType: 'advertiser', organizationName: 'Solo Ltd' });
    const { accessToken } = await logIn(owner.email);
    const orgId = owner.organizationId!;
    const refused = await expectStatus(del(accessToken, { password: PASSWORD }), 409);
    expect(refused.error.code).toBe('last_owner');
    expect(refused.error.details.blockers).toEqual([
      { code: 'last_owner', organizationId: orgId, organizationName: 'Solo Ltd' },
    ]);

    const second = await signUpVerified();
    await db.insert(s.memberships).values({ organizationId: orgId, userId: second.userId, role: 'owner' });
    await expectStatus(del(accessToken, { password: PASSWORD }), 200);
    const seats = await db.select().from(s.memberships).where(eq(s.memberships.organizationId, orgId));
    expect(seats.map((m) => m.userId)).toEqual([second.userId]);
    const [left] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'member.left'), eq(s.auditLog.organizationId, orgId)));
    expect(left).toMatchObject({ actorId: owner.userId, ip: null });
  });

  it('platform staff cannot delete their account here', async () => {
    const staff = await signUpVerified();
    await db.update(s.users).set({ platformRole: 'support' }).where(eq(s.users.id, staff.userId));
    const { accessToken } = await logIn(staff.email);
    const refused = await expectStatus(del(accessToken, { password: PASSWORD }), 409);
    expect(refused.error.code).toBe('platform_staff_account');
  });

  it('refuses a body it does not know', async () => {
    const ada = await affiliateOf();
    const res = await expectStatus(del(ada.token, { password: PASSWORD, everything: true }), 400);
    expect(res.error.code).toBe('validation_failed');
    expect(
      await db
        .select()
        .from(s.users)
        .where(and(eq(s.users.id, ada.userId), inArray(s.users.email, [ada.email]))),
    ).toHaveLength(1);
  });
});
