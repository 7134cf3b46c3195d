// Imports (docs/importing.md) against the local source server (dev/import-sources-server.ts).
// The Rewardful data follows developers.rewardful.com/rest-api: the affiliate object (id, first_name,
// last_name, email, paypal_email, state, campaign { id }, links[] { token }, coupon { token }), the
// referral object (id, affiliate { id }, customer { platform, id, email }, conversion_state,
// became_conversion_at), the commission object (id, amount in cents, currency, state
// pending|due|paid|voided, due_at, paid_at, sale { sale_amount_cents, affiliate { id } }) and list
// pagination (`page`, `limit`, `{ pagination: { next_page, … }, data }`). The CSV files follow our own
// format, documented in docs/importing.md "CSV", and the other products' exports (test/import-exports.ts:
// none of the four documents its export's columns, so those files use their UIs' labels and APIs' names).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { advanceImports, claimImportJob } from '../../workers/services/imports';
import { proposePayouts } from '../../workers/services/payouts';
import { type Advertiser, createAdvertiser } from '../actors';
import { EXPORT_FIXTURES } from '../import-exports';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { control, importDriver, oldLinkClick, tag } from '../imports';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
});
afterAll(() => close());

/** Steps the cron would take, at `now`, until the job reaches one of `statuses`. */
const drive = (jobId: string, statuses: string[], now?: Date) => importDriver(db)(jobId, statuses, now);

const itemsOf = (jobId: string) => db.select().from(s.importItems).where(eq(s.importItems.jobId, jobId));

function rewardfulAffiliate(t: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `aff-${t}-${n}`,
    created_at: '2025-05-09T16:18:59.920Z',
    first_name: `Ann${n}`,
    last_name: 'Jones',
    email: `ann${n}-${t}@example.com`,
    paypal_email: `ann${n}-${t}@paypal.example.com`,
    state: 'active',
    campaign: { id: 'camp-1', name: 'Friends' },
    links: [{ id: `l-${n}`, url: `https://app.example/?via=ann${n}${t}`, token: `ann${n}${t}` }],
    coupon: { id: `c-${n}`, external_id: 'promo_1', token: `ANN${n}${t}`.toUpperCase() },
    ...extra,
  };
}

describe('CSV import: dry run, run, rerun', () => {
  it('reports creates, skips and conflicts, writes only on run, and a rerun creates nothing twice', async () => {
    const t = tag();
    // An email already an affiliate here (the tenant's own affiliate) and a code another advertiser holds.
    const [existing] = await db.select().from(s.users).where(eq(s.users.id, acme.affiliate.id));
    const affiliates = [
      'id,email,first_name,last_name,paypal_email,status,referral_code,coupon_codes,campaign,locale',
      `a1,new1-${t}@example.com,Vera,Ivanova,vera-${t}@paypal.example.com,active,vera${t},VERA${t},,ru`,
      `a2,${existing!.email},Alice,Old,,active,alice${t},,,`,
      `a3,new3-${t}@example.com,Taken,Code,,active,${other.enrollment.refCode},,,`,
      `a4,not-an-email,Bad,Row,,active,bad${t},,,`,
    ].join('\n');
    const customers = ['id,affiliate_id,customer_id,referred_at', `cu1,a1,cus_${t},2025-06-01`].join('\n');
    const commissions = [
      'id,affiliate_id,amount,currency,status,due_at,paid_at,sale_amount',
      `k1,a1,30.00,USD,unpaid,2025-07-01,,100.00`,
      `k2,a1,12.50,EUR,unpaid,2025-07-01,,`,
      `k3,a1,20.00,USD,paid,,2025-05-01,80.00`,
    ].join('\n');
    const body = {
      source: 'csv',
      files: { affiliates, customers, commissions },
      programId: acme.program.id,
      sendWelcome: true,
    };
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, body);
    expectStatus(created, 201);
    expect(created.body.status).toBe('planning');
    // Another advertiser sees neither the job nor its report, and cannot run it.
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/imports/${created.body.id}`), 404, 'not_found');
    expectStatus(
      await call(other.owner, 'POST', `/orgs/${other.org.id}/imports/${created.body.id}/run`),
      404,
      'not_found',
    );
    // The finance role may follow an import but not start one.
    expectStatus(await call(acme.finance, 'POST', `/orgs/${acme.org.id}/imports`, body), 403);

    const planned = await drive(created.body.id, ['planned']);
    const verdicts = Object.fromEntries(
      (await itemsOf(planned.id)).map((i) => [
        `${i.kind}:${i.externalId}`,
        [i.outcome, i.reason?.split(':')[0] ?? null],
      ]),
    );
    expect(verdicts).toEqual({
      'affiliate:a1': ['create', null],
      'affiliate:a2': ['conflict', 'email_taken'],
      'affiliate:a3': ['conflict', 'code_taken'],
      'affiliate:a4': ['conflict', 'invalid_record'],
      'customer:cu1': ['create', null],
      'balance:k1': ['create', null],
      'balance:k2': ['conflict', 'currency_mismatch'],
      'payment:k3': ['create', null],
    });
    // The refused row is settled from the start; the others wait for the run.
    expect(planned.summary.affiliate).toMatchObject({ total: 4, create: 1, conflict: 3, done: 1 });
    // The dry run wrote nothing outside the job.
    expect(
      await db
        .select()
        .from(s.users)
        .where(eq(s.users.email, `new1-${t}@example.com`)),
    ).toEqual([]);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${planned.id}/run`), 200);
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${planned.id}/run`),
      409,
      'import_not_planned',
    );
    const done = await drive(planned.id, ['completed']);
    expect(done.summary.affiliate).toMatchObject({ total: 4, done: 4, create: 1 });

    const [vera] = await db
      .select()
      .from(s.users)
      .where(eq(s.users.email, `new1-${t}@example.com`));
    expect(vera).toMatchObject({ firstName: 'Vera', locale: 'ru', paypalEmail: `vera-${t}@paypal.example.com` });
    const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, vera!.id));
    expect(enrollment).toMatchObject({
      refCode: `vera${t}`,
      couponCode: `VERA${t}`.toUpperCase(),
      status: 'active',
      programId: acme.program.id,
    });
    const [customer] = await db
      .select()
      .from(s.referredCustomers)
      .where(eq(s.referredCustomers.externalCustomerId, `cus_${t}`));
    expect(customer).toMatchObject({ enrollmentId: enrollment!.id, attributionMethod: 'imported', appId: acme.app.id });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.beneficiaryId, vera!.id));
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'opening_balance',
        amountMinor: 3000,
        currency: 'USD',
        status: 'pending',
        conversionId: null,
        // Booked under the file's ledger key (a fingerprint of the commissions file, no key given).
        importRef: `csv:${planned.options.sourceKey}:k1`,
      }),
    ]);
    expect(lines[0]!.holdUntil.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    const [paid] = await db.select().from(s.importedPayments).where(eq(s.importedPayments.affiliateId, vera!.id));
    expect(planned.options.sourceKey).toMatch(/^file-[0-9a-f]{16}$/);
    expect(paid).toMatchObject({
      amountMinor: 2000,
      currency: 'USD',
      saleAmountMinor: 8000,
      externalId: `${planned.options.sourceKey}:k3`,
    });
    // The welcome, in the affiliate's language, with a link to set a password.
    const [mail] = await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, vera!.email));
    expect(mail).toMatchObject({ template: 'import_welcome' });
    expect(mail!.subject).toContain('перенёс');
    expect(mail!.text).toMatch(/\/reset-password\?token=/);

    // The report lists every record with its verdict.
    const report = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/imports/${planned.id}/report.csv`);
    expect(report.status).toBe(200);
    expect(String(report.body)).toContain(`affiliate,a3,new3-${t}@example.com`);
    expect(String(report.body).split('\r\n')[0]).toBe(
      'kind,source_id,email,referral_code,outcome,reason,done_at,result_id',
    );

    // The same files again: everything is a skip, nothing is written twice, nobody is mailed twice.
    const again = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, body);
    await drive(again.body.id, ['planned']);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${again.body.id}/run`), 200);
    const second = await drive(again.body.id, ['completed']);
    expect(second.summary.affiliate).toMatchObject({ skip: 1 });
    expect(second.summary.affiliate!.create).toBeUndefined();
    expect(second.summary.balance).toMatchObject({ skip: 1 });
    expect(second.summary.payment).toMatchObject({ skip: 1 });
    expect(second.summary.customer).toMatchObject({ skip: 1 });
    expect(await db.select().from(s.commissions).where(eq(s.commissions.beneficiaryId, vera!.id))).toHaveLength(1);
    expect(await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, vera!.email))).toHaveLength(1);
    expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } })).discrepancies).toEqual(
      [],
    );
  });

  it('refuses bad input with 4xx codes, never a 500', async () => {
    const base = `/orgs/${acme.org.id}/imports`;
    expectStatus(
      await call(acme.owner, 'POST', base, { source: 'csv', programId: acme.program.id }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', base, { source: 'rewardful', programId: acme.program.id }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', base, {
        source: 'csv',
        files: { affiliates: 'id,email\n"x' },
        programId: acme.program.id,
      }),
      400,
      'validation_failed',
    );
    // Another advertiser's program cannot be a target.
    expectStatus(
      await call(acme.owner, 'POST', base, {
        source: 'rewardful',
        token: 'secret-123456',
        programId: other.program.id,
      }),
      404,
      'not_found',
    );
    // FirstPromoter and PartnerStack need two keys in the token; one alone cannot be read.
    for (const source of ['firstpromoter', 'partnerstack'])
      expectStatus(
        await call(acme.owner, 'POST', base, { source, token: 'only-one-key-here', programId: acme.program.id }),
        400,
        'validation_failed',
      );
  });
});

describe('CSV import: file order and ledger keys (#57.1, #57.2)', () => {
  /** Dry run, run, and the job's verdicts by kind and source id. */
  async function importCsv(body: Record<string, unknown>) {
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, {
      source: 'csv',
      programId: acme.program.id,
      ...body,
    });
    expectStatus(created, 201);
    const planned = await drive(created.body.id, ['planned']);
    const dry = new Map((await itemsOf(planned.id)).map((i) => [`${i.kind}:${i.externalId}`, i]));
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${planned.id}/run`), 200);
    const done = await drive(planned.id, ['completed']);
    const run = new Map((await itemsOf(planned.id)).map((i) => [`${i.kind}:${i.externalId}`, i]));
    return { job: done, dry, run };
  }

  it('keeps the first row of an email, reports later ones as duplicate_email in both stages, and books every commission', async () => {
    const t = tag();
    // Ten emails, each on two rows: rows stored in one millisecond used to be read in a random order.
    const pairs = Array.from({ length: 10 }, (_, n) => n);
    const affiliates = [
      'id,email,first_name,referral_code',
      ...pairs.flatMap((n) => [
        `f${n},dup${n}-${t}@example.com,First,first${n}${t}`,
        `s${n},dup${n}-${t}@example.com,Second,second${n}${t}`,
      ]),
    ].join('\n');
    const commissions = [
      'id,affiliate_id,amount,currency,status,due_at',
      ...pairs.flatMap((n) => [`kf${n},f${n},12.50,USD,unpaid,2025-07-01`, `ks${n},s${n},3.00,USD,unpaid,2025-07-01`]),
    ].join('\n');
    const { dry, run } = await importCsv({ files: { affiliates, commissions } });
    for (const n of pairs) {
      for (const stage of [dry, run]) {
        expect(stage.get(`affiliate:f${n}`)).toMatchObject({ outcome: 'create' });
        expect(stage.get(`affiliate:s${n}`)!.outcome).toBe('conflict');
        // One reason for the same conflict, in the dry run and in the run.
        expect(stage.get(`affiliate:s${n}`)!.reason).toMatch(/^duplicate_email: /);
        expect(stage.get(`balance:kf${n}`)).toMatchObject({ outcome: 'create', reason: null });
        // The dropped row's commission follows the kept row of its email, and says so.
        expect(stage.get(`balance:ks${n}`)).toMatchObject({ outcome: 'create' });
        expect(stage.get(`balance:ks${n}`)!.reason).toMatch(/^owner_duplicate: booked to f\d+/);
      }
      const [user] = await db
        .select()
        .from(s.users)
        .where(eq(s.users.email, `dup${n}-${t}@example.com`));
      const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, user!.id));
      expect(enrollment!.refCode).toBe(`first${n}${t}`);
      const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, enrollment!.id));
      expect(lines.map((l) => l.amountMinor).sort((a, b) => a - b)).toEqual([300, 1250]);
    }
    expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } })).discrepancies).toEqual(
      [],
    );
  });

  it("books two unrelated files' commissions with the same ids, and a file again (or its key) books nothing twice", async () => {
    const t = tag();
    const fileOf = (who: string, amount: string) => ({
      affiliates: ['id,email,referral_code', `${who},${who}-${t}@example.com,${who}${t}`].join('\n'),
      commissions: [
        'id,affiliate_id,amount,currency,status,due_at,paid_at',
        `1,${who},${amount},USD,unpaid,2025-07-01,`,
        `2,${who},5.00,USD,paid,,2025-05-01`,
      ].join('\n'),
    });
    const first = await importCsv({ files: fileOf('erin', '10.00') });
    const second = await importCsv({ files: fileOf('fred', '35.00') });
    // The second file's commission 1 is fred's 35.00, not erin's 10.00 imported before.
    expect(second.run.get('balance:1')).toMatchObject({ outcome: 'create', reason: null });
    expect(second.run.get('payment:2')).toMatchObject({ outcome: 'create', reason: null });
    const owed = async (who: string) => {
      const [user] = await db
        .select()
        .from(s.users)
        .where(eq(s.users.email, `${who}-${t}@example.com`));
      const lines = await db.select().from(s.commissions).where(eq(s.commissions.beneficiaryId, user!.id));
      const paid = await db.select().from(s.importedPayments).where(eq(s.importedPayments.affiliateId, user!.id));
      return [lines.map((l) => l.amountMinor), paid.map((p) => p.amountMinor)];
    };
    expect(await owed('erin')).toEqual([[1000], [500]]);
    expect(await owed('fred')).toEqual([[3500], [500]]);
    expect(first.job.options.sourceKey).not.toBe(second.job.options.sourceKey);

    // The same file again: the same ledger, nothing booked twice.
    const again = await importCsv({ files: fileOf('fred', '35.00') });
    expect(again.run.get('balance:1')).toMatchObject({ outcome: 'skip', reason: 'already_imported' });
    // A corrected file under the key of the ledger it continues: what was booked stays a skip.
    const keyed = fileOf('gina', '7.00');
    const withKey = await importCsv({ files: keyed, sourceKey: `ledger-${t}` });
    expect(withKey.job.options.sourceKey).toBe(`ledger-${t}`);
    const corrected = await importCsv({
      files: { ...keyed, commissions: `${keyed.commissions}\n3,gina,4.00,USD,unpaid,2025-08-01,` },
      sourceKey: `ledger-${t}`,
    });
    expect(corrected.run.get('balance:1')).toMatchObject({ outcome: 'skip', reason: 'already_imported' });
    expect(corrected.run.get('balance:3')).toMatchObject({ outcome: 'create' });
    expect(await owed('fred')).toEqual([[3500], [500]]);
    expect(await owed('gina')).toEqual([[700, 400], [500]]);
    // A key names our format's ledger: other products' ids are theirs already.
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, {
        source: 'csv',
        format: 'rewardful',
        files: keyed,
        sourceKey: 'x',
        programId: acme.program.id,
      }),
      400,
      'validation_failed',
    );
  });
});

describe('Rewardful API import', () => {
  // 101 affiliates through dry run and run: over a minute on a loaded 2-core machine.
  it('pages through the API, waits out a 429, resumes after a failure and a crash, and keeps old links crediting', {
    timeout: 240_000,
  }, async () => {
    const t = tag();
    const token = `rw-secret-${t}`;
    const affiliates = Array.from({ length: 101 }, (_, n) => rewardfulAffiliate(t, n));
    const first = affiliates[0]!;
    await control('datasets', {
      source: 'rewardful',
      token,
      resources: {
        affiliates,
        referrals: [
          {
            id: `r-${t}`,
            affiliate: { id: first.id },
            customer: { platform: 'stripe', id: `cus_rw_${t}` },
            conversion_state: 'conversion',
            became_conversion_at: '2025-06-01T10:00:00.000Z',
          },
          { id: `rv-${t}`, affiliate: { id: first.id }, customer: null, conversion_state: 'visitor' },
        ],
        commissions: [
          {
            id: `due-${t}`,
            amount: 12000,
            currency: 'USD',
            state: 'due',
            due_at: '2025-07-01T10:00:00.000Z',
            paid_at: null,
            sale: { sale_amount_cents: 10000, affiliate: { id: first.id } },
          },
          {
            id: `void-${t}`,
            amount: 500,
            currency: 'USD',
            state: 'voided',
            due_at: null,
            paid_at: null,
            sale: { affiliate: { id: first.id } },
          },
          {
            id: `paid-${t}`,
            amount: 700,
            currency: 'USD',
            state: 'paid',
            due_at: '2025-03-01T10:00:00.000Z',
            paid_at: '2025-03-05T10:00:00.000Z',
            sale: { sale_amount_cents: 2000, affiliate: { id: first.id } },
          },
        ],
      },
    });
    // Page 2 of the affiliates fails once; the commissions answer 429 once, asking for 30 s.
    await control('faults', { token, path: '/rewardful/v1/affiliates', page: '2', status: 500, times: 1 });
    await control('faults', { token, path: '/rewardful/v1/commissions', status: 429, retryAfter: '30', times: 1 });
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, {
      source: 'rewardful',
      token,
      programId: acme.program.id,
    });
    expectStatus(created, 201);
    const jobId = created.body.id as string;
    const t0 = new Date();
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

    // Page 1 is kept; page 2 fails: the job waits, its cursor still on page 2.
    let job = await drive(jobId, [], t0);
    expect(job).toMatchObject({ status: 'fetching', failures: 1, cursor: { step: 0, page: '2' } });
    expect(job.lastError).toContain('500');
    expect(await itemsOf(jobId)).toHaveLength(100);
    // Later it resumes from page 2, then meets the 429 and keeps the wait the source asked for.
    job = await drive(jobId, [], at(120));
    expect(job).toMatchObject({ status: 'fetching', cursor: { step: 2, page: null } });
    expect(job.notBefore!.getTime()).toBe(at(150).getTime());
    job = await drive(jobId, ['planned'], at(150));
    expect(job.status).toBe('planned');
    expect(job.summary).toMatchObject({
      affiliate: { total: 101, create: 101 },
      customer: { total: 1, create: 1 },
      balance: { total: 1, create: 1 },
      payment: { total: 1, create: 1 },
    });

    const enrolledBefore = (await db.select().from(s.enrollments).where(eq(s.enrollments.programId, acme.program.id)))
      .length;
    // The run: one chunk, then a runner that claims the job and dies; its lease lapses and the run resumes.
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${jobId}/run`), 200);
    await advanceImports({ ctx: serviceCtx(db, at(200)), input: { maxSteps: 1 } });
    const program = (await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id)))[0]!;
    expect(program.referralParams).toEqual(['ref', 'via']);
    expect(await db.select().from(s.enrollments).where(eq(s.enrollments.programId, acme.program.id))).toHaveLength(
      enrolledBefore + 50,
    );
    expect((await claimImportJob({ ctx: serviceCtx(db, at(210)), input: undefined }))?.id).toBe(jobId);
    expect((await advanceImports({ ctx: serviceCtx(db, at(220)), input: { maxSteps: 1 } })).steps).toBe(0);
    job = await drive(jobId, ['completed'], at(400));
    expect(job.summary.affiliate).toMatchObject({ total: 101, create: 101, done: 101 });
    expect(await db.select().from(s.enrollments).where(eq(s.enrollments.programId, acme.program.id))).toHaveLength(
      enrolledBefore + 101,
    );

    // An old link (?via=<Rewardful token>) on the advertiser's site still credits the imported affiliate.
    const [enrollment] = await db
      .select()
      .from(s.enrollments)
      .where(eq(s.enrollments.refCode, `ann0${t}`));
    const clickId = await oldLinkClick('via', `ann0${t}`);
    await expect
      .poll(async () => (await db.select().from(s.clicks).where(eq(s.clicks.id, clickId)))[0]?.enrollmentId, {
        timeout: 10_000,
      })
      .toBe(enrollment!.id);

    // The opening balance: approved on its due date by the hold release, counted by the ledger check, paid by a payout.
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 500, maxBatches: 2 } });
    const [line] = await db
      .select()
      .from(s.commissions)
      .where(and(eq(s.commissions.enrollmentId, enrollment!.id)));
    expect(line).toMatchObject({ kind: 'opening_balance', status: 'approved', amountMinor: 12000 });
    // Payouts go to confirmed PayPal addresses only: the affiliate confirms the imported one.
    await db.update(s.users).set({ paypalEmailVerifiedAt: new Date() }).where(eq(s.users.id, enrollment!.affiliateId));
    // Above the platform's USD payout minimum, so the proposal carries it.
    const proposal = await proposePayouts({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } });
    expect(proposal.failed).toEqual([]);
    const [link] = await db
      .select()
      .from(s.payoutItemCommissions)
      .where(eq(s.payoutItemCommissions.commissionId, line!.id));
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.id, link!.payoutItemId));
    expect(item).toMatchObject({ amountMinor: 12000, currency: 'USD', affiliateId: enrollment!.affiliateId });
    expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: acme.org.id } })).discrepancies).toEqual(
      [],
    );

    // Another advertiser importing the same account: every code is someone's already.
    const theirs = await call(other.owner, 'POST', `/orgs/${other.org.id}/imports`, {
      source: 'rewardful',
      token,
      programId: other.program.id,
    });
    const theirPlan = await drive(theirs.body.id, ['planned']);
    expect(theirPlan.summary.affiliate).toMatchObject({ total: 101, conflict: 101 });

    // The ledger check names an opening balance that no import booked.
    await db.insert(s.commissions).values({
      conversionId: null,
      importRef: `csv:forged-${t}`,
      organizationId: other.org.id,
      programId: other.program.id,
      beneficiaryId: other.affiliate.id,
      enrollmentId: other.enrollment.id,
      kind: 'opening_balance',
      amountMinor: 100,
      currency: 'USD',
      status: 'pending',
      holdUntil: new Date(),
    });
    const forged = await checkLedger({ ctx: serviceCtx(db), input: { organizationId: other.org.id } });
    expect(forged.discrepancies.map((d) => d.kind)).toEqual(['opening_balance_unrecorded']);
  });
});

describe("Other products' CSV exports", () => {
  const FORMATS = Object.keys(EXPORT_FIXTURES) as (keyof typeof EXPORT_FIXTURES)[];
  const PARAMS = { rewardful: 'via', firstpromoter: 'fpr', tolt: 'aff', partnerstack: 'gspk' } as const;

  it.each(FORMATS)('%s: dry run, run, and what the records became', async (format) => {
    const t = tag();
    const { expect: want, referralParam, ...files } = EXPORT_FIXTURES[format](t);
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports`, {
      source: 'csv',
      format,
      files,
      programId: acme.program.id,
      ...(referralParam ? { referralParam } : {}),
    });
    expectStatus(created, 201);
    expect(created.body.options).toMatchObject({ format, referralParam: PARAMS[format] });
    const planned = await drive(created.body.id, ['planned']);
    for (const [kind, total] of Object.entries(want.counts))
      expect(planned.summary[kind], kind).toMatchObject({ total, create: total });
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/imports/${planned.id}/run`), 200);
    const done = await drive(planned.id, ['completed']);
    expect(done.summary.affiliate).toMatchObject({ done: want.counts.affiliate });

    const [user] = await db.select().from(s.users).where(eq(s.users.email, want.email));
    const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, user!.id));
    expect(enrollment).toMatchObject({ refCode: want.refCode, couponCode: want.coupon, programId: acme.program.id });
    const [customer] = await db
      .select()
      .from(s.referredCustomers)
      .where(eq(s.referredCustomers.externalCustomerId, want.customerId));
    expect(customer).toMatchObject({ enrollmentId: enrollment!.id, attributionMethod: 'imported' });
    // Booked under the product's name: the same commission from its API later is a skip, not a second line.
    const [line] = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, enrollment!.id));
    expect(line).toMatchObject({
      kind: 'opening_balance',
      amountMinor: want.balance.minor,
      currency: 'USD',
      importRef: `${format}:${want.balance.id}`,
    });
    const [paid] = await db
      .select()
      .from(s.importedPayments)
      .where(eq(s.importedPayments.enrollmentId, enrollment!.id));
    expect(paid).toMatchObject({ source: format, externalId: want.payment.id, amountMinor: want.payment.minor });
    const program = (await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id)))[0]!;
    expect(program.referralParams).toContain(PARAMS[format]);
  });
});
