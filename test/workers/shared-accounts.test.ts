// An affiliate account is shared across advertisers (docs/accounts.md "Shared accounts"): every path on
// which one advertiser's action names an account it does not own is tried here with two advertisers.
// acme's affiliate ("dave") has a verified PayPal address; `other` imports or embeds his email.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { proposePayouts } from '../../workers/services/payouts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { importDriver, tag } from '../imports';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const DAVE_PAYPAL = 'dave-own@paypal.example.com';
let dave: s.User;
beforeAll(async () => {
  [dave] = await db
    .update(s.users)
    .set({ paypalEmail: DAVE_PAYPAL, paypalEmailVerifiedAt: new Date(), emailVerified: true })
    .where(eq(s.users.id, acme.affiliate.id))
    .returning();
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
