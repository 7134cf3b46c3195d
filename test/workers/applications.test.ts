import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { runCampaigns } from '../../workers/services/campaigns';
import { type Advertiser, createAdvertiser, createApprovalProgram } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { createUserSession, type TestSession } from '../sessions';
import { workerFetch } from '../worker-fetch';
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

const program = (a: Advertiser, values: Partial<typeof s.programs.$inferInsert> = {}) =>
  createApprovalProgram(db, a, values);

const FORM = [
  { id: 'site', kind: 'url', label: { en: 'Your site', ru: 'Ваш сайт' }, required: true },
  {
    id: 'channel',
    kind: 'single_choice',
    label: { en: 'Main channel' },
    required: true,
    options: [
      { value: 'blog', label: { en: 'Blog', ru: 'Блог' } },
      { value: 'video', label: { en: 'Video' } },
    ],
  },
  { id: 'note', kind: 'long_text', label: { en: 'Anything else?' }, required: false },
];
const GOOD = { site: 'https://blog.example/', channel: 'blog' };

const settingsUrl = (a: Advertiser, programId: string, suffix = '') =>
  `/orgs/${a.org.id}/programs/${programId}/application${suffix}`;
const setForm = (a: Advertiser, programId: string, questions: unknown) =>
  call(a.owner, 'PUT', settingsUrl(a, programId, '/form'), { questions });
const publishTerms = (a: Advertiser, programId: string, bodyEn: string, bodyRu?: string) =>
  call(a.owner, 'POST', settingsUrl(a, programId, '/terms'), { bodyEn, ...(bodyRu ? { bodyRu } : {}) });
const setRules = (a: Advertiser, programId: string, rules: unknown) =>
  call(a.owner, 'PUT', settingsUrl(a, programId, '/auto-approval'), { rules });
const apply = (who: TestSession, programId: string, body?: unknown) =>
  call(who, 'POST', `/affiliate/programs/${programId}/apply`, body);
const affiliate = () => createUserSession(db, { approvedAffiliate: true });
const enrollmentRow = async (id: string) => (await db.select().from(s.enrollments).where(eq(s.enrollments.id, id)))[0]!;
const audits = (targetId: string, action: string) =>
  db
    .select()
    .from(s.auditLog)
    .where(and(eq(s.auditLog.targetId, targetId), eq(s.auditLog.action, action)));

/** An application sent from a request Cloudflare placed in `country`. */
async function applyFrom(country: string, who: TestSession, programId: string, body: unknown) {
  const res = await workerFetch(
    new Request(`https://api.test/api/affiliate/programs/${programId}/apply`, {
      method: 'POST',
      headers: who.headers,
      body: JSON.stringify(body),
      cf: { country },
    } as RequestInit),
  );
  return { status: res.status, body: (await res.json()) as { id: string; status: string } };
}

describe('the advertiser sets the form, the terms and the rules', () => {
  it('saves a form, versions the terms only when they change, and audits each change; finance may not', async () => {
    const p = await program(acme);
    expectStatus(await setForm(acme, p.id, FORM), 200);
    const v1 = await publishTerms(acme, p.id, 'Be honest.', 'Будьте честны.');
    expectStatus(v1, 200);
    expect(v1.body).toMatchObject({ version: 1, bodyEn: 'Be honest.', bodyRu: 'Будьте честны.' });
    expect((await publishTerms(acme, p.id, 'Be honest.', 'Будьте честны.')).body.version).toBe(1);
    expect((await publishTerms(acme, p.id, 'Be honest. No spam.')).body).toMatchObject({ version: 2, bodyRu: null });
    const settings = await call(acme.finance, 'GET', settingsUrl(acme, p.id));
    expectStatus(settings, 200);
    expect(settings.body).toMatchObject({ questions: FORM, terms: { version: 2 }, termsVersions: 2, autoApproval: [] });
    expectStatus(
      await call(acme.finance, 'PUT', settingsUrl(acme, p.id, '/form'), { questions: [] }),
      403,
      'forbidden',
    );
    expect(await audits(p.id, 'application_form.updated')).toHaveLength(1);
    expect(
      (await audits(p.id, 'program.terms_published')).map((a) => (a.after as { version: number }).version),
    ).toEqual([1, 2]);
  });

  it('refuses a bad form and an answer rule naming a question no form asks (400)', async () => {
    const p = await program(acme);
    const noOptions = [{ id: 'c', kind: 'single_choice', label: { en: 'C' }, required: true }];
    expectStatus(await setForm(acme, p.id, noOptions), 400, 'validation_failed');
    expectStatus(await setForm(acme, p.id, [FORM[0], FORM[0]]), 400, 'validation_failed');
    const unknown = await setRules(acme, p.id, [{ kind: 'answer', questionId: 'site', values: ['x'] }]);
    expectStatus(unknown, 400, 'validation_failed');
    expect(JSON.stringify(unknown.body.error.details)).toContain('rules.0.questionId');
    expectStatus(await setRules(acme, p.id, [{ kind: 'country', countries: ['de'] }]), 400, 'validation_failed');
  });

  it('keeps each advertiser to its own programs (404 for another’s)', async () => {
    const theirs = await program(other);
    expectStatus(await setForm(acme, theirs.id, FORM), 404, 'not_found');
    expectStatus(await publishTerms(acme, theirs.id, 'Mine now'), 404, 'not_found');
    expectStatus(await setRules(acme, theirs.id, [{ kind: 'everyone' }]), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', settingsUrl(acme, theirs.id)), 404, 'not_found');
  });
});

describe('applying with answers and terms', () => {
  let p: typeof s.programs.$inferSelect;
  beforeAll(async () => {
    p = await program(acme);
    await setForm(acme, p.id, FORM);
    await publishTerms(acme, p.id, 'v1');
    await publishTerms(acme, p.id, 'v2');
  });

  it('shows the applicant the form and the current terms', async () => {
    const res = await call(await affiliate(), 'GET', `/affiliate/programs/${p.id}/application`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ program: { id: p.id }, questions: FORM, terms: { version: 2, bodyEn: 'v2' } });
    expect(res.body).not.toHaveProperty('autoApproval');
    const market = await call(await affiliate(), 'GET', `/affiliate/programs?programId=${p.id}`);
    expect(market.body.items[0].asksApplication).toBe(true);
  });

  it.each([
    { label: 'no terms accepted', body: { answers: GOOD }, status: 409, code: 'terms_not_accepted' },
    {
      label: 'an older terms version',
      body: { answers: GOOD, termsVersion: 1 },
      status: 409,
      code: 'terms_not_accepted',
    },
    { label: 'no body at all', body: undefined, status: 400, code: 'application_answers_invalid' },
    {
      label: 'a required answer missing',
      body: { answers: { channel: 'blog' }, termsVersion: 2 },
      status: 400,
      code: 'application_answers_invalid',
    },
    {
      label: 'a choice not offered',
      body: { answers: { ...GOOD, channel: 'radio' }, termsVersion: 2 },
      status: 400,
      code: 'application_answers_invalid',
    },
    {
      label: 'a URL that is not one',
      body: { answers: { ...GOOD, site: 'ftp://x' }, termsVersion: 2 },
      status: 400,
      code: 'application_answers_invalid',
    },
    {
      label: 'an answer to no question',
      body: { answers: { ...GOOD, age: '30' }, termsVersion: 2 },
      status: 400,
      code: 'application_answers_invalid',
    },
  ])('refuses $label, and makes no enrollment', async ({ body, status, code }) => {
    const who = await affiliate();
    expectStatus(await apply(who, p.id, body), status, code);
    expect(await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, who.userId))).toEqual([]);
  });

  it('names the wrong question in the details of application_answers_invalid', async () => {
    const res = await apply(await affiliate(), p.id, { answers: { channel: 'blog' }, termsVersion: 2 });
    expect(res.body.error.details).toEqual({ issues: [{ questionId: 'site', problem: 'required' }] });
    // No body at all is an application with no answers: each required question is named.
    const bare = await apply(await affiliate(), p.id);
    expect(bare.body.error.details.issues.map((i: { questionId: string }) => i.questionId)).toEqual([
      'site',
      'channel',
    ]);
  });

  it('stores the answers with their questions and the accepted version, and shows them to the advertiser only', async () => {
    const who = await affiliate();
    const res = await apply(who, p.id, { answers: { ...GOOD, note: '  ' }, termsVersion: 2 });
    expectStatus(res, 201);
    expect(res.body.status).toBe('pending');
    const row = await enrollmentRow(res.body.id);
    expect(row).toMatchObject({ termsVersion: 2, autoApprovedBy: null });
    expect(row.termsAcceptedAt).toBeInstanceOf(Date);
    const seen = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/enrollments/${res.body.id}`);
    expect(seen.body.application).toEqual({
      answers: [
        { questionId: 'site', kind: 'url', label: FORM[0]!.label, value: GOOD.site },
        {
          questionId: 'channel',
          kind: 'single_choice',
          label: FORM[1]!.label,
          value: 'blog',
          chosen: [{ value: 'blog', label: { en: 'Blog', ru: 'Блог' } }],
        },
      ],
      terms: { version: 2, acceptedAt: row.termsAcceptedAt!.toISOString(), ip: row.termsAcceptedIp },
      autoApprovedBy: null,
    });
    const queue = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/enrollments?status=pending&programId=${p.id}`);
    expect(queue.body.items.find((e: { id: string }) => e.id === res.body.id).application.terms.version).toBe(2);
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/enrollments/${res.body.id}`), 404, 'not_found');
  });

  it('asks the default group’s own form instead of the program’s', async () => {
    const q = await program(acme);
    await setForm(acme, q.id, FORM);
    const [group] = await db
      .select()
      .from(s.programGroups)
      .where(and(eq(s.programGroups.programId, q.id), eq(s.programGroups.isDefault, true)));
    const own = [{ id: 'audience', kind: 'short_text', label: { en: 'Audience size' }, required: true }];
    const put = await call(
      acme.owner,
      'PUT',
      `/orgs/${acme.org.id}/programs/${q.id}/groups/${group!.id}/application-form`,
      { questions: own },
    );
    expectStatus(put, 200);
    const asked = await call(await affiliate(), 'GET', `/affiliate/programs/${q.id}/application`);
    expect(asked.body.questions).toEqual(own);
    expectStatus(await apply(await affiliate(), q.id, { answers: GOOD }), 400, 'application_answers_invalid');
    expectStatus(await apply(await affiliate(), q.id, { answers: { audience: '10k' } }), 201);
    // null: the group asks the program's form again.
    await call(acme.owner, 'PUT', `/orgs/${acme.org.id}/programs/${q.id}/groups/${group!.id}/application-form`, {
      questions: null,
    });
    expect((await call(await affiliate(), 'GET', `/affiliate/programs/${q.id}/application`)).body.questions).toEqual(
      FORM,
    );
  });

  it('a join link to one program asks its form and terms too', async () => {
    const q = await program(acme, { visibility: 'invite_only' });
    await setForm(acme, q.id, FORM);
    await publishTerms(acme, q.id, 'Link terms');
    const link = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/registration-links`, {
      label: 'Forms',
      programId: q.id,
    });
    expectStatus(link, 201);
    const view = await call(null, 'GET', `/join-links/${link.body.code}`);
    expect(view.body.application).toMatchObject({ questions: FORM, terms: { version: 1 } });
    const who = await createUserSession(db);
    const accept = (body?: unknown) => call(who, 'POST', `/affiliate/join-links/${link.body.code}/accept`, body);
    expectStatus(await accept(), 400, 'application_answers_invalid');
    expectStatus(await accept({ answers: GOOD }), 409, 'terms_not_accepted');
    const joined = await accept({ answers: GOOD, termsVersion: 1 });
    expectStatus(joined, 200);
    const row = await enrollmentRow(joined.body.enrollments[0].id);
    expect(row.termsVersion).toBe(1);
    expect((row.applicationAnswers as { questionId: string }[]).map((a) => a.questionId)).toEqual(['site', 'channel']);
  });
});

describe('auto-approval', () => {
  async function ruled(rules: unknown) {
    const p = await program(acme);
    await setForm(acme, p.id, FORM);
    expectStatus(await setRules(acme, p.id, rules), 200);
    return p;
  }
  const expectAutoApproved = async (enrollmentId: string, rule: unknown) => {
    expect((await enrollmentRow(enrollmentId)).status).toBe('active');
    const [audit] = await audits(enrollmentId, 'enrollment.auto_approved');
    // The system decided: no actor, and the rule that matched.
    expect(audit).toMatchObject({ actorId: null, actorRole: null, organizationId: acme.org.id });
    expect(audit!.after).toMatchObject({ status: 'active', ruleIndex: 0, rule });
    const seen = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/enrollments/${enrollmentId}`);
    expect(seen.body.application.autoApprovedBy).toEqual(rule);
  };

  it('everyone', async () => {
    const rule = { kind: 'everyone' };
    const p = await ruled([rule]);
    const res = await apply(await affiliate(), p.id, { answers: GOOD });
    expect(res.body.status).toBe('active');
    await expectAutoApproved(res.body.id, rule);
    expect(await audits(p.id, 'program.auto_approval_updated')).toHaveLength(1);
  });

  it('by country, from the request’s geo; no geo, no match', async () => {
    const rule = { kind: 'country', countries: ['DE', 'AT'] };
    const p = await ruled([rule]);
    const fromDe = await applyFrom('DE', await affiliate(), p.id, { answers: GOOD });
    expect(fromDe.status).toBe(201);
    await expectAutoApproved(fromDe.body.id, rule);
    expect((await applyFrom('FR', await affiliate(), p.id, { answers: GOOD })).body.status).toBe('pending');
    expect((await apply(await affiliate(), p.id, { answers: GOOD })).body.status).toBe('pending');
  });

  it('by email domain, exactly', async () => {
    const who = await affiliate();
    const rule = { kind: 'email_domain', domains: ['example.com'] };
    const p = await ruled([rule]);
    const res = await apply(who, p.id, { answers: GOOD });
    await expectAutoApproved(res.body.id, rule);
    const q = await ruled([{ kind: 'email_domain', domains: ['mail.example.com'] }]);
    expect((await apply(await affiliate(), q.id, { answers: GOOD })).body.status).toBe('pending');
  });

  it('by an answer; any one rule is enough', async () => {
    const rule = { kind: 'answer', questionId: 'channel', values: ['video'] };
    const p = await ruled([rule, { kind: 'country', countries: ['JP'] }]);
    const res = await apply(await affiliate(), p.id, { answers: { ...GOOD, channel: 'video' } });
    await expectAutoApproved(res.body.id, rule);
    const blog = await apply(await affiliate(), p.id, { answers: GOOD });
    expect(blog.body.status).toBe('pending');
    expect(await audits(blog.body.id, 'enrollment.auto_approved')).toEqual([]);
    const fromJp = await applyFrom('JP', await affiliate(), p.id, { answers: GOOD });
    expect(fromJp.body.status).toBe('active');
    expect((await audits(fromJp.body.id, 'enrollment.auto_approved'))[0]!.after).toMatchObject({ ruleIndex: 1 });
  });

  it('tells an applicant approved by a rule of its approval exactly as one approved by hand', async () => {
    // The advertiser's on-approval message is how an approval reaches the affiliate (docs/campaigns.md).
    const byRule = await ruled([{ kind: 'everyone' }]);
    const byHand = await ruled([]);
    const campaign = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns`, {
      name: 'Welcome',
      en: { subject: 'You are in', body: 'Welcome aboard.' },
      trigger: 'approved',
      statuses: ['active'],
      programIds: [byRule.id, byHand.id],
    });
    expectStatus(campaign, 201);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns/${campaign.body.id}/start`, {}), 200);
    const [auto, manual] = [await affiliate(), await affiliate()];
    expect((await apply(auto, byRule.id, { answers: GOOD })).body.status).toBe('active');
    const pending = await apply(manual, byHand.id, { answers: GOOD });
    expect(pending.body.status).toBe('pending');
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/enrollments/${pending.body.id}/approve`, {}),
      200,
    );
    await runCampaigns({
      ctx: serviceCtx(db, new Date(Date.now() + 1_000)),
      input: { campaigns: 50, limits: { expand: 5_000, deliver: 1_000, chunk: 100 } },
    });
    const delivered = await db
      .select()
      .from(s.campaignRecipients)
      .where(eq(s.campaignRecipients.campaignId, campaign.body.id));
    expect(delivered.map((r) => r.affiliateId).sort()).toEqual([auto.userId, manual.userId].sort());
    // Both by email and in-app, alike.
    expect(delivered.map((r) => [r.state, r.emailOutboxId !== null])).toEqual([
      ['sent', true],
      ['sent', true],
    ]);
  });

  it('a public program joins at once without a rule being recorded', async () => {
    const p = await program(acme, { visibility: 'public' });
    await setRules(acme, p.id, [{ kind: 'everyone' }]);
    const res = await apply(await affiliate(), p.id, {});
    expect(res.body.status).toBe('active');
    expect((await enrollmentRow(res.body.id)).autoApprovedBy).toBeNull();
  });
});

describe('cross-program offers', () => {
  it('offers an active affiliate the advertiser’s other open programs, never another advertiser’s', async () => {
    // acme.affiliateSession is active in acme.program; other has open programs too.
    const open = await program(acme, { name: 'Mailpilot', visibility: 'public', commissionRateBps: 3000 });
    const gated = await program(acme, { name: 'Gated CRM' });
    await publishTerms(acme, gated.id, 'Terms');
    const hidden = await program(acme, { name: 'Hidden', visibility: 'invite_only' });
    const draft = await program(acme, { name: 'Draft', status: 'draft' });
    const theirs = await program(other, { name: 'Theirs', visibility: 'public' });
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/program-offers?lang=en`);
    expectStatus(res, 200);
    expect(res.body.promoting).toEqual([{ id: acme.program.id, name: acme.program.name }]);
    const offered = res.body.offers.map((o: { programId: string }) => o.programId);
    expect(offered).toEqual(expect.arrayContaining([open.id, gated.id]));
    expect(offered).not.toContain(theirs.id);
    expect(offered).not.toContain(hidden.id);
    expect(offered).not.toContain(draft.id);
    expect(offered).not.toContain(acme.program.id);
    const owners = await db
      .select({ org: s.programs.organizationId, visibility: s.programs.visibility, status: s.programs.status })
      .from(s.programs)
      .where(inArray(s.programs.id, offered));
    expect(owners.length).toBe(offered.length);
    for (const o of owners) expect(o).toMatchObject({ org: acme.org.id, status: 'active' });
    expect(owners.map((o) => o.visibility)).not.toContain('invite_only');
    const mailpilot = res.body.offers.find((o: { programId: string }) => o.programId === open.id);
    expect(mailpilot).toMatchObject({ name: 'Mailpilot', asksApplication: false, visibility: 'public' });
    expect(mailpilot.commission).toContain('30');
    expect(res.body.offers.find((o: { programId: string }) => o.programId === gated.id).asksApplication).toBe(true);
    const ru = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/program-offers?lang=ru`);
    expect(ru.body.offers.find((o: { programId: string }) => o.programId === open.id).commission).not.toBe(
      mailpilot.commission,
    );

    // Applied once: no longer offered.
    expectStatus(await apply(acme.affiliateSession, open.id, {}), 201);
    const after = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/program-offers`);
    expect(after.body.offers.map((o: { programId: string }) => o.programId)).not.toContain(open.id);
  });

  it('offers nothing to an affiliate not active with the advertiser, and no context of another advertiser', async () => {
    const pendingOnly = await affiliate();
    const gated = await program(other);
    expectStatus(await apply(pendingOnly, gated.id, {}), 201);
    const res = await call(pendingOnly, 'GET', `/affiliate/orgs/${other.org.id}/program-offers`);
    expectStatus(res, 200);
    expect(res.body).toEqual({ promoting: [], offers: [] });
    const foreign = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/program-offers`);
    expect(foreign.status).toBeGreaterThanOrEqual(403);
    expect(foreign.status).toBeLessThan(405);
  });
});
