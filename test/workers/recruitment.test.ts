import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { api, bearer, expectStatus, logIn, PASSWORD, randomIp, tokenFromMail, uniqueEmail, useDb } from '../accounts';
import { insertClick, nextEventId } from '../conversions';
import { issueAppKey, postConversion } from '../inbound';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';
import { freshRateLimitWindow } from '../rate-limit-window';

useTestDatabase();

const db = useDb();

interface Account {
  userId: string;
  email: string;
  token: string;
}

/** Signs up through the API (with a recruit code when given), confirms the email and logs in. */
async function signUpAffiliate(opts: { firstName?: string; lastName?: string; recruitCode?: string } = {}) {
  const email = uniqueEmail('recruit');
  const body = await expectStatus(
    api('POST', '/auth/signup', {
      email,
      password: PASSWORD,
      accountType: 'affiliate',
      ...(opts.firstName ? { firstName: opts.firstName } : {}),
      ...(opts.lastName ? { lastName: opts.lastName } : {}),
      ...(opts.recruitCode !== undefined ? { recruitCode: opts.recruitCode } : {}),
    }),
    201,
  );
  await expectStatus(api('POST', '/auth/verify-email', { token: await tokenFromMail(email, 'verify_email') }), 200);
  const session = await logIn(email);
  return {
    account: { userId: body.userId as string, email, token: session.accessToken } satisfies Account,
    applied: body.recruitCodeApplied as boolean | undefined,
  };
}

const myCode = async (a: Account) =>
  (
    await expectStatus<{ code: string; link: string }>(
      api('GET', '/affiliate/recruit', undefined, { token: a.token }),
      200,
    )
  ).code;

const upline = async (userId: string) =>
  (await db().select({ referredById: s.users.referredById }).from(s.users).where(eq(s.users.id, userId)))[0]!
    .referredById;

let acme: Advertiser;
let platform: { headers: Record<string, string> };

beforeAll(async () => {
  acme = await createAdvertiser(db(), { program: { multiLevelRatesBps: [1500, 400, 100], commissionRateBps: 2000 } });
  platform = await createStaff(db(), 'platform_admin');
});

describe('recruit code and link', () => {
  it('is made once per affiliate, stable across calls, and points at the sign-up page', async () => {
    const { account } = await signUpAffiliate({ firstName: 'Rita' });
    const first = await expectStatus(api('GET', '/affiliate/recruit', undefined, { token: account.token }), 200);
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(first.link).toBe(`http://localhost:8787/sign-up?recruit=${first.code}`);
    const again = await expectStatus(api('GET', '/affiliate/recruit', undefined, { token: account.token }), 200);
    expect(again).toEqual(first);
    const rows = await db().select().from(s.recruitCodes).where(eq(s.recruitCodes.userId, account.userId));
    expect(rows).toHaveLength(1);
  });

  it('looks up publicly with the referrer’s first name only, case-insensitively; unknown codes are 404', async () => {
    const { account } = await signUpAffiliate({ firstName: 'Rita', lastName: 'Hayworth' });
    const code = await myCode(account);
    const info = await expectStatus(api('GET', `/auth/recruit-codes/${code.toLowerCase()}`), 200);
    expect(info).toEqual({ referrerFirstName: 'Rita' });
    const unknown = await expectStatus(api('GET', '/auth/recruit-codes/ZZZZZZZZZZ'), 404);
    expect(unknown.error.code).toBe('recruit_code_invalid');
    expect((await expectStatus(api('GET', '/auth/recruit-codes/not-a-code'), 404)).error.code).toBe(
      'recruit_code_invalid',
    );
  });

  it('rate limits lookups per client IP with 429 and Retry-After', async () => {
    await freshRateLimitWindow();
    const ip = randomIp();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) {
      last = await api('GET', '/auth/recruit-codes/ZZZZZZZZZZ', undefined, { ip });
      statuses.push(last.status);
      await last.body?.cancel();
    }
    expect(statuses.slice(0, 20).every((x) => x === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(last!.headers.get('retry-after')).toBe('60');
  });
});

describe('signing up with a recruit code', () => {
  it('records the referrer once, audited; the recruit earns its referrer level-1 and level-2 lines at the program’s rates', async () => {
    // top recruits referrer, referrer recruits the new affiliate: a three-person chain, all through the API.
    const { account: top } = await signUpAffiliate({ firstName: 'Tess' });
    const { account: referrer, applied: referrerApplied } = await signUpAffiliate({
      firstName: 'Rita',
      recruitCode: await myCode(top),
    });
    expect(referrerApplied).toBe(true);
    const { account: recruit, applied } = await signUpAffiliate({
      firstName: 'Ned',
      lastName: 'newman',
      recruitCode: (await myCode(referrer)).toLowerCase(),
    });
    expect(applied).toBe(true);
    expect(await upline(recruit.userId)).toBe(referrer.userId);
    expect(await upline(referrer.userId)).toBe(top.userId);

    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'affiliate.recruited'), eq(s.auditLog.targetId, recruit.userId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(recruit.userId);
    expect(audit[0]!.after).toEqual({ referredById: referrer.userId });

    // The platform approves the recruit, who applies to the program; the advertiser approves.
    await expectStatus(
      api('POST', `/platform/users/${recruit.userId}/approve-affiliate`, undefined, { token: bearer(platform) }),
      200,
    );
    const enrollment = await expectStatus(
      api('POST', `/affiliate/programs/${acme.program.id}/apply`, undefined, { token: recruit.token }),
      201,
    );
    await expectStatus(
      api('POST', `/orgs/${acme.org.id}/enrollments/${enrollment.id}/approve`, undefined, {
        token: bearer(acme.owner),
      }),
      200,
    );

    // A sale of 12,345 through the recruit's click, reported by the app's API.
    const click = await insertClick(db(), acme, {
      at: new Date(Date.now() - 60_000),
      enrollmentId: enrollment.id,
      affiliateId: recruit.userId,
    });
    const key = await issueAppKey(acme);
    const sale = await postConversion(key, {
      event_id: nextEventId('sale'),
      type: 'sale',
      click_id: click.id,
      amount: 12_345,
      currency: 'USD',
    });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    const lines = await db()
      .select()
      .from(s.commissions)
      .where(eq(s.commissions.conversionId, sale.body.conversion.id))
      .orderBy(s.commissions.level);
    expect(lines.map((l) => [l.level, l.beneficiaryId, l.amountMinor, l.rateBps])).toEqual([
      [0, recruit.userId, 2469, 2000],
      [1, referrer.userId, 1852, 1500],
      [2, top.userId, 494, 400],
    ]);

    // Earnings by level: the referrer sees its level-1 line, the top its level-2 line, both pending.
    const mine = await expectStatus(
      api('GET', '/affiliate/recruit-earnings', undefined, { token: referrer.token }),
      200,
    );
    expect(mine.items).toEqual([
      { level: 1, currency: 'USD', pendingMinor: 1852, approvedMinor: 0, paidMinor: 0, reversedMinor: 0 },
    ]);
    const tops = await expectStatus(api('GET', '/affiliate/recruit-earnings', undefined, { token: top.token }), 200);
    expect(tops.items).toEqual([
      { level: 2, currency: 'USD', pendingMinor: 494, approvedMinor: 0, paidMinor: 0, reversedMinor: 0 },
    ]);
    // An approved line moves to approvedMinor; a reversed one to reversedMinor.
    await db().update(s.commissions).set({ status: 'approved' }).where(eq(s.commissions.id, lines[1]!.id));
    const approved = await expectStatus(
      api('GET', '/affiliate/recruit-earnings', undefined, { token: referrer.token }),
      200,
    );
    expect(approved.items[0]).toMatchObject({ pendingMinor: 0, approvedMinor: 1852 });
    // The recruit earned nothing as an upline and sees no level rows, and no revenue anywhere.
    const recruitView = await expectStatus(
      api('GET', '/affiliate/recruit-earnings', undefined, { token: recruit.token }),
      200,
    );
    expect(recruitView.items).toEqual([]);

    // The referrer's recruits list shows the recruit by first name and initial, never the email.
    const list = await expectStatus(api('GET', '/affiliate/recruits', undefined, { token: referrer.token }), 200);
    expect(list.items).toEqual([
      { id: recruit.userId, displayName: 'Ned N.', joinedAt: expect.any(String), status: 'approved' },
    ]);
    expect(JSON.stringify(list)).not.toContain(recruit.email);
  });

  it('is set once: no route changes the upline, and signing up again with another code changes nothing', async () => {
    const { account: referrer } = await signUpAffiliate({ firstName: 'Rita' });
    const { account: rival } = await signUpAffiliate({ firstName: 'Ruth' });
    const { account: recruit } = await signUpAffiliate({ recruitCode: await myCode(referrer) });
    expect(await upline(recruit.userId)).toBe(referrer.userId);

    // The profile refuses the field (strict body), whatever its spelling.
    for (const field of ['referredById', 'referred_by_id', 'recruitCode'])
      await expectStatus(api('PATCH', '/me', { [field]: rival.userId }, { token: recruit.token }), 400);
    // Signing up again with the same email and another code is a conflict and moves nothing.
    await expectStatus(
      api('POST', '/auth/signup', {
        email: recruit.email,
        password: PASSWORD,
        accountType: 'affiliate',
        recruitCode: await myCode(rival),
      }),
      409,
    );
    expect(await upline(recruit.userId)).toBe(referrer.userId);
  });

  it('never refers an account to itself: its own code on a second sign-up is a conflict, and the upline stays empty', async () => {
    const { account } = await signUpAffiliate({ firstName: 'Solo' });
    const own = await myCode(account);
    await expectStatus(
      api('POST', '/auth/signup', {
        email: account.email,
        password: PASSWORD,
        accountType: 'affiliate',
        recruitCode: own,
      }),
      409,
    );
    expect(await upline(account.userId)).toBeNull();
  });

  it.each([
    ['an unknown code', async () => 'ZZZZZZZZZZ'],
    ['a malformed code', async () => 'hello world'],
    [
      'the code of a banned affiliate',
      async () => {
        const { account } = await signUpAffiliate({ firstName: 'Bad' });
        const code = await myCode(account);
        await db().update(s.users).set({ banned: true }).where(eq(s.users.id, account.userId));
        return code;
      },
    ],
    [
      'the code of a deleted account',
      async () => {
        const { account } = await signUpAffiliate({ firstName: 'Gone' });
        const code = await myCode(account);
        await db().update(s.users).set({ deletedAt: new Date() }).where(eq(s.users.id, account.userId));
        return code;
      },
    ],
  ])('with %s the sign-up still succeeds, without a referrer, and says so', async (_label, codeOf) => {
    const code = await codeOf();
    const { account, applied } = await signUpAffiliate({ recruitCode: code });
    expect(applied).toBe(false);
    expect(await upline(account.userId)).toBeNull();
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'affiliate.recruited'), eq(s.auditLog.targetId, account.userId)));
    expect(audit).toHaveLength(0);
  });

  it('does not recruit an advertiser: the code is ignored on an advertiser sign-up', async () => {
    const { account: referrer } = await signUpAffiliate({ firstName: 'Rita' });
    const email = uniqueEmail('adv');
    const body = await expectStatus(
      api('POST', '/auth/signup', {
        email,
        password: PASSWORD,
        accountType: 'advertiser',
        organizationName: 'Recruited Inc',
        recruitCode: await myCode(referrer),
      }),
      201,
    );
    expect(body.recruitCodeApplied).toBe(false);
    expect(await upline(body.userId)).toBeNull();
  });

  it('answers without recruitCodeApplied when no code was sent', async () => {
    const body = await expectStatus(
      api('POST', '/auth/signup', { email: uniqueEmail('plain'), password: PASSWORD, accountType: 'affiliate' }),
      201,
    );
    expect(body).not.toHaveProperty('recruitCodeApplied');
  });
});

describe('recruits lists are private to each referrer', () => {
  it('shows each referrer only its own recruits, with keyset pages and statuses', async () => {
    const { account: a } = await signUpAffiliate({ firstName: 'Anna' });
    const { account: b } = await signUpAffiliate({ firstName: 'Bert' });
    const codeA = await myCode(a);
    const aRecruits: string[] = [];
    for (let i = 0; i < 3; i++)
      aRecruits.push((await signUpAffiliate({ firstName: `A${i}`, recruitCode: codeA })).account.userId);
    const { account: bRecruit } = await signUpAffiliate({ firstName: 'Bee', recruitCode: await myCode(b) });
    await db().update(s.users).set({ banned: true }).where(eq(s.users.id, aRecruits[0]!));

    const page1 = await expectStatus(api('GET', '/affiliate/recruits?limit=2', undefined, { token: a.token }), 200);
    expect(page1.items.map((r: { id: string }) => r.id)).toEqual([aRecruits[2], aRecruits[1]]);
    expect(page1.items[0].status).toBe('pending_approval');
    expect(page1.nextCursor).toBe(aRecruits[1]);
    const page2 = await expectStatus(
      api('GET', `/affiliate/recruits?limit=2&cursor=${page1.nextCursor}`, undefined, { token: a.token }),
      200,
    );
    expect(page2.items.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [aRecruits[0], 'banned'],
    ]);
    expect(page2.nextCursor).toBeNull();

    const bList = await expectStatus(api('GET', '/affiliate/recruits', undefined, { token: b.token }), 200);
    expect(bList.items.map((r: { id: string }) => r.id)).toEqual([bRecruit.userId]);
    // The other side of the same test: b's earnings hold nothing of a's.
    expect(
      (await expectStatus(api('GET', '/affiliate/recruit-earnings', undefined, { token: b.token }), 200)).items,
    ).toEqual([]);
  });

  it('refuses advertiser staff who are not affiliates (403 not_affiliate)', async () => {
    const res = await api('GET', '/affiliate/recruits', undefined, { token: bearer(acme.owner) });
    expect((await expectStatus(res, 403)).error.code).toBe('not_affiliate');
    // and an advertiser's affiliate session (created directly) still works
    const session = await signInAs(db(), acme.affiliate.id);
    await expectStatus(api('GET', '/affiliate/recruit', undefined, { token: bearer(session) }), 200);
  });
});
