import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, bearer, expectStatus, logIn, mailbox, signUp, signUpVerified, tokenFromMail, useDb } from '../accounts';
import { createAdvertiser } from '../actors';
import { eventually } from '../eventually';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();

/** The affiliate_review rows of a user once the queue consumer wrote both in-app and email. */
async function reviewNotifications(userId: string, decision: 'approved' | 'rejected') {
  return eventually(
    async () => {
      const rows = (
        await db()
          .select()
          .from(s.notifications)
          .where(and(eq(s.notifications.userId, userId), eq(s.notifications.event, 'affiliate_review')))
      ).filter((r) => (r.data as { decision?: string }).decision === decision);
      return rows.some((r) => r.channel === 'in_app') && rows.some((r) => r.channel === 'email') ? rows : undefined;
    },
    30_000,
    `affiliate_review ${decision} notifications`,
  );
}

const inApp = <T extends { channel: string }>(rows: T[]) => rows.find((r) => r.channel === 'in_app')!;

describe('platform review of affiliate accounts', () => {
  it('approval tells the affiliate in-app and by email, in their language, and unlocks applying', async () => {
    const affiliate = await signUpVerified({ locale: 'ru' });
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const session = await logIn(affiliate.email);
    const before = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(before.affiliateReview).toMatchObject({
      status: 'pending',
      reviewedAt: null,
      rejectionReason: null,
      expectedReviewDays: 2,
      autoApproval: false,
    });

    await expectStatus(
      api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, undefined, { token: bearer(admin) }),
      200,
    );
    const rows = await reviewNotifications(affiliate.userId, 'approved');
    expect(inApp(rows)).toMatchObject({ title: 'Ваш партнёрский аккаунт одобрен', organizationId: null });
    // The in-app item's button goes to the marketplace; its body carries no raw address.
    expect(inApp(rows).body).not.toContain('/affiliate/marketplace');
    expect(inApp(rows).data).toMatchObject({ marketplaceUrl: expect.stringContaining('/affiliate/marketplace') });
    const mail = await eventually(
      async () => (await mailbox(affiliate.email)).find((m) => m.template === 'notification_affiliate_review'),
      30_000,
      'the approval email',
    );
    expect(mail.subject).toContain('Ваш партнёрский аккаунт одобрен');

    const after = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(after).toMatchObject({ approvedAffiliate: true, affiliateReview: { status: 'approved' } });
    expect(after.affiliateReview.reviewedAt).toBeTruthy();

    // Approving again changes nothing and tells nobody twice.
    await expectStatus(
      api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, undefined, { token: bearer(admin) }),
      200,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await reviewNotifications(affiliate.userId, 'approved')).toHaveLength(rows.length);
  });

  it('rejection carries the reason, is told in English to an English affiliate, and may be reconsidered', async () => {
    const affiliate = await signUpVerified();
    const admin = await createUserSession(db(), { platformRole: 'platform_owner' });
    const reject = () =>
      api(
        'POST',
        `/platform/users/${affiliate.userId}/reject-affiliate`,
        { reason: 'No website yet' },
        {
          token: bearer(admin),
        },
      );
    expect(await expectStatus(reject(), 200)).toEqual({
      userId: affiliate.userId,
      approvedAffiliate: false,
      affiliateStatus: 'rejected',
    });
    const rows = await reviewNotifications(affiliate.userId, 'rejected');
    expect(inApp(rows).title).toBe('Your affiliate account was not approved');
    expect(inApp(rows).body).toContain('Reason: No website yet.');
    expect(rows.find((r) => r.channel === 'email')!.title).toContain('Your affiliate account was not approved');

    const session = await logIn(affiliate.email);
    const me = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(me.affiliateReview).toMatchObject({ status: 'rejected', rejectionReason: 'No website yet' });
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.affiliate_rejected'), eq(s.auditLog.targetId, affiliate.userId)));
    expect(audit[0]).toMatchObject({
      actorId: admin.userId,
      before: { approvedAffiliate: false, affiliateStatus: 'pending' },
      after: { approvedAffiliate: false, affiliateStatus: 'rejected', reason: 'No website yet', automatic: false },
    });

    // Staff change their mind: approved, and told so.
    await expectStatus(
      api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, undefined, { token: bearer(admin) }),
      200,
    );
    await reviewNotifications(affiliate.userId, 'approved');
    // An approved account is banned, not rejected.
    const refused = await expectStatus(reject(), 409);
    expect(refused.error.code).toBe('conflict');
  });

  it('tells an affiliate who signed up on a white-label portal under that portal’s brand, linking to it', async () => {
    const acme = await createAdvertiser(db());
    await db()
      .update(s.organizations)
      .set({ branding: { portalName: 'Acme Partners' } })
      .where(eq(s.organizations.id, acme.org.id));
    const host = `partners.review-${Date.now().toString(36)}.com`;
    await db()
      .insert(s.customDomains)
      .values({ organizationId: acme.org.id, hostname: host, purpose: 'portal', status: 'active' });
    const affiliate = await signUpVerified();
    await db().update(s.users).set({ signupOrganizationId: acme.org.id }).where(eq(s.users.id, affiliate.userId));
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const decide = (action: string, body?: unknown) =>
      expectStatus(api('POST', `/platform/users/${affiliate.userId}/${action}`, body, { token: bearer(admin) }), 200);

    await decide('reject-affiliate', { reason: 'No website yet' });
    const rejected = await reviewNotifications(affiliate.userId, 'rejected');
    const email = rejected.find((r) => r.channel === 'email')!;
    expect(email.title).toBe('Acme Partners: Your affiliate account was not approved');
    expect(email.body.endsWith('— Acme Partners')).toBe(true);
    for (const row of rejected) expect(`${row.title}\n${row.body}`).not.toContain('Affiliate Edge');
    const mail = await eventually(
      async () => (await mailbox(affiliate.email)).find((m) => m.template === 'notification_affiliate_review'),
      30_000,
      'the rejection email',
    );
    expect(mail).toMatchObject({ fromName: 'Acme Partners', subject: email.title });

    await decide('approve-affiliate');
    const approved = await reviewNotifications(affiliate.userId, 'approved');
    expect(inApp(approved).data).toMatchObject({ marketplaceUrl: `https://${host}/affiliate/marketplace` });
    expect(approved.find((r) => r.channel === 'email')!.title).toBe(
      'Acme Partners: Your affiliate account is approved',
    );
  });

  it('approval and rejection concern affiliate accounts only: staff and advertisers are refused with a code', async () => {
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const staff = await createUserSession(db(), { platformRole: 'support' });
    const advertiser = await signUpVerified({ accountType: 'advertiser' });
    for (const userId of [staff.userId, advertiser.userId])
      for (const action of ['approve-affiliate', 'reject-affiliate']) {
        const body = await expectStatus(
          api('POST', `/platform/users/${userId}/${action}`, undefined, { token: bearer(admin) }),
          409,
        );
        expect(body.error.code).toBe('not_affiliate_account');
      }
    const [row] = await db().select().from(s.users).where(eq(s.users.id, advertiser.userId));
    expect(row).toMatchObject({ approvedAffiliate: false, affiliateReviewedAt: null });

    // The list says which accounts are affiliates at all, and filters by review state among them only.
    const pending = await signUpVerified();
    const list = await expectStatus(api('GET', '/platform/users?limit=100', undefined, { token: bearer(admin) }), 200);
    const status = (id: string) => list.items.find((u: { id: string }) => u.id === id)?.affiliateStatus;
    expect(status(staff.userId)).toBeNull();
    expect(status(advertiser.userId)).toBeNull();
    expect(status(pending.userId)).toBe('pending');
    const waiting = await expectStatus(
      api('GET', '/platform/users?affiliateStatus=pending&limit=100', undefined, { token: bearer(admin) }),
      200,
    );
    const ids = waiting.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(pending.userId);
    expect(ids).not.toContain(advertiser.userId);
    expect(ids).not.toContain(staff.userId);
    expect(waiting.items.every((u: { affiliateStatus: string }) => u.affiliateStatus === 'pending')).toBe(true);
  });

  it('the auto-approval setting approves an affiliate at verification, and notifies it; staff sign-ups stay untouched', async () => {
    const owner = await createUserSession(db(), { platformRole: 'platform_owner' });
    const support = await createUserSession(db(), { platformRole: 'support' });
    const plain = await createUserSession(db());
    expect(await expectStatus(api('GET', '/platform/settings', undefined, { token: bearer(support) }), 200)).toEqual({
      affiliateAutoApproval: false,
      affiliateReviewDays: 2,
      railFees: null,
      updatedAt: null,
    });
    // Support reads only; others do not see the console at all.
    expect(
      (
        await expectStatus(
          api('PATCH', '/platform/settings', { affiliateAutoApproval: true }, { token: bearer(support) }),
          403,
        )
      ).error.code,
    ).toBe('forbidden');
    await expectStatus(api('GET', '/platform/settings', undefined, { token: bearer(plain) }), 404);
    const invalid = await expectStatus(
      api('PATCH', '/platform/settings', { affiliateReviewDays: 0 }, { token: bearer(owner) }),
      400,
    );
    expect(invalid.error.code).toBe('validation_failed');

    // Default: manual. A verified affiliate waits.
    const waiting = await signUpVerified();
    const [w] = await db().select().from(s.users).where(eq(s.users.id, waiting.userId));
    expect(w!.approvedAffiliate).toBe(false);

    const saved = await expectStatus(
      api(
        'PATCH',
        '/platform/settings',
        { affiliateAutoApproval: true, affiliateReviewDays: 3 },
        { token: bearer(owner) },
      ),
      200,
    );
    expect(saved).toMatchObject({ affiliateAutoApproval: true, affiliateReviewDays: 3 });
    const [audit] = await db().select().from(s.auditLog).where(eq(s.auditLog.action, 'platform.settings_updated'));
    expect(audit).toMatchObject({
      actorId: owner.userId,
      before: { affiliateAutoApproval: false, affiliateReviewDays: 2 },
      after: { affiliateAutoApproval: true, affiliateReviewDays: 3 },
    });

    // Signed up but not verified: nothing yet (an address nobody proved gets no approval mail).
    const fresh = await signUp({ locale: 'ru' });
    const [unverified] = await db().select().from(s.users).where(eq(s.users.id, fresh.userId));
    expect(unverified!.approvedAffiliate).toBe(false);
    await expectStatus(
      api('POST', '/auth/verify-email', { token: await tokenFromMail(fresh.email, 'verify_email') }),
      200,
    );
    const [approved] = await db().select().from(s.users).where(eq(s.users.id, fresh.userId));
    expect(approved).toMatchObject({ approvedAffiliate: true });
    const rows = await reviewNotifications(fresh.userId, 'approved');
    expect(inApp(rows).title).toBe('Ваш партнёрский аккаунт одобрен');
    const [auto] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.affiliate_approved'), eq(s.auditLog.targetId, fresh.userId)));
    expect(auto).toMatchObject({ after: { automatic: true } });

    // An advertiser's sign-up is no affiliate: nothing to approve.
    const advertiser = await signUpVerified({ accountType: 'advertiser' });
    const [adv] = await db().select().from(s.users).where(eq(s.users.id, advertiser.userId));
    expect(adv).toMatchObject({ approvedAffiliate: false, affiliateReviewedAt: null });

    // The affiliates still waiting from before are left for staff, and see the new expected time.
    const session = await logIn(waiting.email);
    const me = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(me.affiliateReview).toMatchObject({ status: 'pending', expectedReviewDays: 3, autoApproval: true });
    // Staff accounts have no affiliate review at all.
    const staffMe = await expectStatus(api('GET', '/me', undefined, { token: bearer(owner) }), 200);
    expect(staffMe.affiliateReview).toBeNull();
  });
});
