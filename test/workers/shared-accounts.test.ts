// An affiliate account is shared across advertisers (docs/accounts.md "Shared accounts"): every path on
// which one advertiser's action names an account it does not own is tried here with two advertisers.
// acme's affiliate ("dave") has a verified PayPal address; `other` imports or embeds his email.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { signatureHeader } from '../../workers/domain/request-signature';
import { proposePayouts } from '../../workers/services/payouts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { control, importDriver, tag } from '../imports';
import { issueAppKey, nowSeconds, sendRaw } from '../inbound';
import { signInAs } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const DAVE_PAYPAL = 'dave-own@paypal.example.com';
let dave: s.User;
beforeAll(async () => {
  const [updated] = await db
    .update(s.users)
    .set({ paypalEmail: DAVE_PAYPAL, paypalEmailVerifiedAt: new Date(), emailVerified: true })
    .where(eq(s.users.id, acme.affiliate.id))
    .returning();
  dave = updated!;
});

const itemsOf = async (jobId: string) =>
  new Map(
    (await db.select().from(s.importItems).where(eq(s.importItems.jobId, jobId))).map((i) => [
      `${i.kind}:${i.externalId}`,
      i,
    ]),
  );

describe('an import that names an existing account (#57.41)', () => {
  it('invites the account instead of enrolling it, keeps its commissions waiting, and books them when it accepts', async () => {
    const t = tag();
    const files = {
      affiliates: [
        'id,email,first_name,paypal_email,referral_code',
        `d1,${dave.email},Mallory,thief-${t}@paypal.example.com,dave${t}`,
      ].join('\n'),
      commissions: ['id,affiliate_id,amount,currency,status,due_at', 'k1,d1,12.50,USD,unpaid,2025-07-01'].join('\n'),
    };
    const created = await call(other.owner, 'POST', `/orgs/${other.org.id}/imports`, {
      source: 'csv',
      files,
      programId: other.program.id,
    });
    expectStatus(created, 201);
    const drive = importDriver(db);
    const planned = await drive(created.body.id, ['planned']);
    const dry = await itemsOf(planned.id);
    expect(dry.get('affiliate:d1')).toMatchObject({ outcome: 'create' });
    expect(dry.get('affiliate:d1')!.reason).toMatch(/^invited: /);
    expect(dry.get('balance:k1')).toMatchObject({ outcome: 'conflict' });
    expect(dry.get('balance:k1')!.reason).toMatch(/^awaiting_acceptance: /);
    expectStatus(await call(other.owner, 'POST', `/orgs/${other.org.id}/imports/${planned.id}/run`), 200);
    const done = await drive(planned.id, ['completed']);
    expect(done.summary.affiliate).toMatchObject({ 'create:invited': 1 });
    expect(done.summary.balance).toMatchObject({ 'conflict:awaiting_acceptance': 1 });

    // Not enrolled, nothing of the account touched, nothing booked, nothing for other's payouts to show.
    const inOther = () =>
      db
        .select()
        .from(s.enrollments)
        .where(and(eq(s.enrollments.affiliateId, dave.id), eq(s.enrollments.organizationId, other.org.id)));
    expect(await inOther()).toEqual([]);
    const [after] = await db.select().from(s.users).where(eq(s.users.id, dave.id));
    expect(after).toMatchObject({ paypalEmail: DAVE_PAYPAL, firstName: dave.firstName });
    expect(after!.paypalEmailVerifiedAt).not.toBeNull();
    const owedInOther = () =>
      db
        .select()
        .from(s.commissions)
        .where(and(eq(s.commissions.beneficiaryId, dave.id), eq(s.commissions.organizationId, other.org.id)));
    expect(await owedInOther()).toEqual([]);
    await proposePayouts({
      ctx: serviceCtx(db, new Date('2025-08-01T00:00:00Z')),
      input: { organizationId: other.org.id },
    });
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.affiliateId, dave.id));
    expect(items.filter((i) => i.organizationId === other.org.id)).toEqual([]);
    const affiliates = await call(other.owner, 'GET', `/orgs/${other.org.id}/affiliates`);
    expect(JSON.stringify(affiliates.body)).not.toContain(DAVE_PAYPAL);

    // The invitation went to the person's own address; accepting it is their consent.
    const [mail] = await db
      .select()
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.to, dave.email), eq(s.emailOutbox.template, 'program_invitation')));
    const token = decodeURIComponent(/invitations\/accept\?token=([^\s]+)/.exec(mail!.text)![1]!);
    expectStatus(await call(null, 'POST', '/auth/invitations/accept', { token }), 200);
    const [enrollment] = await inOther();
    // The imported code comes with the acceptance, so the old links credit the person who accepted.
    expect(enrollment).toMatchObject({ refCode: `dave${t}`, status: 'active', programId: other.program.id });
    const lines = await owedInOther();
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'opening_balance', amountMinor: 1250, enrollmentId: enrollment!.id }),
    ]);
    const settled = await itemsOf(planned.id);
    expect(settled.get('affiliate:d1')!.reason).toMatch(/^accepted: /);
    expect(settled.get('balance:k1')).toMatchObject({ outcome: 'create', resultId: lines[0]!.id });
    // Still the person's own PayPal address: the import's paypal_email never reached the account.
    const [still] = await db.select().from(s.users).where(eq(s.users.id, dave.id));
    expect(still!.paypalEmail).toBe(DAVE_PAYPAL);
  });
});

describe('an API import that names an existing account (#57.41: every source writes through one path)', () => {
  it('Rewardful: invites the account, enrolls and books nothing until it accepts', async () => {
    const t = tag();
    const token = `rw-shared-${t}`;
    // An account of its own that no advertiser of this file has (dave joins `other` in the test above).
    const [zoe] = await db
      .insert(s.users)
      .values({
        email: `zoe-${t}@affiliates.example`,
        paypalEmail: `zoe-own-${t}@paypal.example.com`,
        paypalEmailVerifiedAt: new Date(),
        emailVerified: true,
      })
      .returning();
    await control('datasets', {
      source: 'rewardful',
      token,
      resources: {
        affiliates: [
          {
            id: `aff-${t}`,
            created_at: '2025-05-09T16:18:59.920Z',
            first_name: 'Mallory',
            last_name: 'Copy',
            email: zoe!.email,
            paypal_email: `thief-${t}@paypal.example.com`,
            state: 'active',
            campaign: { id: 'camp-1', name: 'Friends' },
            links: [{ id: `l-${t}`, url: `https://app.example/?via=rw${t}`, token: `rw${t}` }],
            coupon: null,
          },
        ],
        referrals: [],
        commissions: [
          {
            id: `due-${t}`,
            amount: 3500,
            currency: 'USD',
            state: 'due',
            due_at: '2025-07-01T10:00:00.000Z',
            paid_at: null,
            sale: { sale_amount_cents: 10000, affiliate: { id: `aff-${t}` } },
          },
        ],
      },
    });
    const created = await call(other.owner, 'POST', `/orgs/${other.org.id}/imports`, {
      source: 'rewardful',
      token,
      programId: other.program.id,
    });
    expectStatus(created, 201);
    const drive = importDriver(db);
    const planned = await drive(created.body.id, ['planned']);
    expectStatus(await call(other.owner, 'POST', `/orgs/${other.org.id}/imports/${planned.id}/run`), 200);
    const done = await drive(planned.id, ['completed']);
    expect(done.summary.affiliate).toMatchObject({ 'create:invited': 1 });
    expect(done.summary.balance).toMatchObject({ 'conflict:awaiting_acceptance': 1 });
    const enrolled = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, zoe!.id));
    expect(enrolled).toEqual([]);
    const [after] = await db.select().from(s.users).where(eq(s.users.id, zoe!.id));
    expect(after!.paypalEmail).toBe(`zoe-own-${t}@paypal.example.com`);
  });
});

describe("an embed token for an email whose account is the person's own (#57.42)", () => {
  /** The app's backend mints a token for its signed-in user, as the SDK does. */
  async function embedToken(a: Advertiser, user: { id: string; email: string; name: string }) {
    const key = await issueAppKey(a);
    const bytes = new TextEncoder().encode(JSON.stringify({ program_id: a.program.id, user }));
    const res = await sendRaw('/api/v1/embed-tokens', {
      body: bytes,
      headers: {
        authorization: `Bearer ${key.key}`,
        'content-type': 'application/json',
        'x-ae-signature': await signatureHeader(key.signingSecret, nowSeconds(), bytes),
      },
    });
    expectStatus(res, 201);
    return res.body.token as string;
  }
  const embed = (a: Advertiser, token: string, method: string, path: string, body?: unknown) =>
    sendRaw(`/api/embed/${a.app.id}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('neither shows nor changes its account-wide PayPal address, and a change the person makes is mailed to them', async () => {
    const t = tag();
    const email = `erin-${t}@users.test`;
    const token = await embedToken(other, { id: `app-user-${t}`, email, name: 'Erin Example' });
    const first = await embed(other, token, 'GET', '/dashboard');
    expectStatus(await embed(other, token, 'POST', '/terms', { termsVersion: first.body.program.version }), 200);
    // While the account is the app's alone, its user sets where the app's commissions go.
    expectStatus(await embed(other, token, 'PUT', '/paypal-email', { email: `erin-app-${t}@paypal.example.com` }), 200);

    // The person opens the account on the portal (a password reset proves the mailbox), joins acme, and
    // sets and confirms their own PayPal address: from now on every advertiser pays there.
    const [erin] = await db
      .update(s.users)
      .set({
        hashedPassword: 'set-by-reset',
        emailVerified: true,
        confirmedAt: new Date(),
        paypalEmail: `erin-own-${t}@paypal.example.com`,
        paypalEmailVerifiedAt: new Date(),
      })
      .where(eq(s.users.email, email))
      .returning();
    const shown = await embed(other, token, 'GET', '/dashboard');
    expectStatus(shown, 200);
    expect(shown.body.account).toMatchObject({ paypalEmail: null, paypalVerified: false, payoutInAccount: true });
    expect(JSON.stringify(shown.body)).not.toContain(`erin-own-${t}`);
    expectStatus(
      await embed(other, token, 'PUT', '/paypal-email', { email: `mallory-${t}@paypal.example.com` }),
      403,
      'embed_account_claimed',
    );
    const [after] = await db.select().from(s.users).where(eq(s.users.id, erin!.id));
    expect(after).toMatchObject({ paypalEmail: `erin-own-${t}@paypal.example.com` });
    expect(after!.paypalEmailVerifiedAt).not.toBeNull();
    expect(
      await db
        .select()
        .from(s.authTokens)
        .where(and(eq(s.authTokens.userId, erin!.id), eq(s.authTokens.sentTo, `mallory-${t}@paypal.example.com`))),
    ).toEqual([]);

    // Any change of the account-wide address is mailed to the account's verified email, naming both.
    const session = await signInAs(db, erin!.id);
    expectStatus(await call(session, 'PATCH', '/me', { paypalEmail: `erin-new-${t}@paypal.example.com` }), 200);
    const notices = await db
      .select()
      .from(s.emailOutbox)
      .where(and(eq(s.emailOutbox.to, email), eq(s.emailOutbox.template, 'paypal_email_changed')));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(`erin-own-${t}@paypal.example.com`);
    expect(notices[0]!.text).toContain(`erin-new-${t}@paypal.example.com`);
    expect(notices[0]!.text).toMatch(/\/account\/profile/);
  });
});
