import { and, eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { decryptSecret } from '../../workers/services/encryption';
import { settleItemResult } from '../../workers/services/payouts/settle-item-result';
import { settlePaidItems } from '../../workers/services/payouts/rails/paypal/settle-paid-items';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { addPayee, approvedSales } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { signedW9 } from '../tax-forms';
import { workerFetch } from '../worker-fetch';
import { api, logIn, PASSWORD, signUpVerified } from '../accounts';
import { useTestDatabase } from '../worker-env';
import { env } from 'cloudflare:workers';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const w9 = signedW9();
const settings = (over: Record<string, unknown> = {}) => ({
  formRequirement: 'always',
  thresholdMinor: null,
  thresholdCurrency: null,
  acceptsSharedForms: true,
  form1099ExcludedRails: [],
  legalName: 'Acme Inc.',
  addressLine: '5 Market St',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94105',
  country: 'US',
  payerTin: '12-3456789',
  vatId: null,
  ...over,
});
const pdfText = async (bytes: ArrayBuffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(bytes).slice()), { mergePages: true })).text.replace(
    /\s+/g,
    ' ',
  );
/** A file download: the raw response, not parsed. */
const download = (session: TestSession, path: string) =>
  workerFetch(`https://api.test/api${path}`, { headers: { authorization: session.headers.authorization! } });

/** The advertiser as a VAT-registered French customer that asks for no tax form: its payees' invoices carry the reverse charge. */
async function asFrenchVatCustomer(org: Advertiser) {
  expectStatus(
    await call(
      org.finance,
      'PUT',
      `/orgs/${org.org.id}/tax/settings`,
      settings({ formRequirement: 'never', country: 'FR', vatId: 'FR12345678901' }),
    ),
    200,
  );
}

/** A payee of the advertiser with a session, approved lines worth `sales` × 30 %. */
async function payeeWithBalance(org: Advertiser, sales: number[]) {
  const payee = await addPayee(db, org);
  await approvedSales(db, payee, sales);
  return { payee, session: await signInAs(db, payee.affiliate.id) };
}

describe('signing a tax form', () => {
  it('encrypts the TIN, answers only its last four, keeps it out of the audit trail, supersedes the older form', async () => {
    const org = await createAdvertiser(db);
    const res = await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, w9);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ kind: 'w9', tinLast4: '6789', status: 'valid', organizationId: org.org.id });
    expect(JSON.stringify(res.body)).not.toContain('123456789');
    const [row] = await db.select().from(s.taxForms).where(eq(s.taxForms.id, res.body.id));
    expect(row!.tinEncrypted).not.toContain('6789');
    expect(await decryptSecret(row!.tinEncrypted, env.DATA_ENCRYPTION_KEY)).toBe('123456789');
    expect(row!.signedIp).not.toBe('');
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, res.body.id));
    expect(audit.map((a) => a.action)).toEqual(['tax_form.signed']);
    // The details only (ids and timestamps elsewhere in the row may contain any four digits).
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(/6789/);

    const again = await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, {
      ...w9,
      tin: '123-45-6780',
    });
    expectStatus(again, 201);
    const forms = await db.select().from(s.taxForms).where(eq(s.taxForms.affiliateId, org.affiliate.id));
    expect(forms.map((f) => [f.tinLast4, f.status]).sort()).toEqual([
      ['6780', 'valid'],
      ['6789', 'superseded'],
    ]);
  });

  it('refuses an incomplete form field by field, never with a 500', async () => {
    const org = await createAdvertiser(db);
    const res = await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, {
      ...w9,
      tin: '666-12-3456',
      signatureName: 'Someone Else',
    });
    expectStatus(res, 400, 'tax_form_invalid');
    expect(res.body.error.details.issues.map((i: { field: string }) => i.field)).toEqual(['tin', 'signatureName']);
    expectStatus(
      await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, {
        ...w9,
        tin: 'x'.repeat(41),
      }),
      400,
      'validation_failed',
    );
  });

  it('renders the signed form as a PDF for the affiliate and the advertiser, TIN masked', async () => {
    const org = await createAdvertiser(db);
    const form = await call(org.affiliateSession, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, {
      ...w9,
      legalName: 'Анна Смирнова',
      signatureName: 'Анна Смирнова',
    });
    expectStatus(form, 201);
    const mine = await download(org.affiliateSession, `/affiliate/orgs/${org.org.id}/tax/forms/${form.body.id}/pdf`);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    const bytes = await mine.arrayBuffer();
    const text = await pdfText(bytes);
    expect(text).toContain('Form W-9');
    expect(text).toContain('Анна Смирнова');
    expect(text).toContain('•••-••-6789');
    expect(text).not.toContain('123456789');
    const theirs = await download(org.finance, `/orgs/${org.org.id}/tax/forms/${form.body.id}/pdf`);
    expect(theirs.status).toBe(200);
    // Rendered on demand from the stored data: the same document both times.
    expect(Buffer.from(await theirs.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('payouts held for a missing form', () => {
  it('leaves an affiliate without a form out of the proposal, tells it why, and pays it once the form is in', async () => {
    const org = await createAdvertiser(db);
    expectStatus(await call(org.finance, 'PUT', `/orgs/${org.org.id}/tax/settings`, settings()), 200);
    const held = await payeeWithBalance(org, [40_000]); // 12,000
    const other = await payeeWithBalance(org, [40_000]);
    expectStatus(await call(other.session, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, w9), 201);

    const first = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`);
    expectStatus(first, 200);
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.organizationId, org.org.id));
    expect(items.map((i) => i.affiliateId)).toEqual([other.payee.affiliate.id]);

    const status = await call(held.session, 'GET', `/affiliate/orgs/${org.org.id}/tax`);
    expectStatus(status, 200);
    expect(status.body).toMatchObject({
      formRequirement: 'always',
      form: null,
      holds: [{ currency: 'USD', amountMinor: 12_000, reason: 'tax_form_required' }],
    });
    const register = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/forms?missing=true`);
    expectStatus(register, 200);
    // The register names each person as the rest of the dashboard does: the name, else the email.
    expect(register.body.items).toContainEqual(
      expect.objectContaining({
        affiliateId: org.affiliate.id,
        affiliateName: 'Alice',
        affiliateEmail: org.affiliate.email,
      }),
    );
    expect(register.body.items.map((r: { affiliateId: string }) => r.affiliateId)).toContain(held.payee.affiliate.id);
    expect(register.body.items.map((r: { affiliateId: string }) => r.affiliateId)).not.toContain(
      other.payee.affiliate.id,
    );

    // A shared form counts while the advertiser accepts shared forms.
    expectStatus(
      await call(held.session, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, { ...w9, shared: true }),
      201,
    );
    expect((await call(held.session, 'GET', `/affiliate/orgs/${org.org.id}/tax`)).body.holds).toEqual([]);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`), 200);
    const after = await db.select().from(s.payoutItems).where(eq(s.payoutItems.organizationId, org.org.id));
    expect(after.map((i) => i.affiliateId).sort()).toEqual([held.payee.affiliate.id, other.payee.affiliate.id].sort());
  });

  it('asks above a yearly amount only once the year’s payouts pass it', async () => {
    const org = await createAdvertiser(db);
    expectStatus(
      await call(
        org.finance,
        'PUT',
        `/orgs/${org.org.id}/tax/settings`,
        settings({ formRequirement: 'above_amount', thresholdMinor: 15_000, thresholdCurrency: 'USD' }),
      ),
      200,
    );
    const below = await payeeWithBalance(org, [40_000]); // 12,000: not above 15,000
    const above = await payeeWithBalance(org, [60_000]); // 18,000
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`), 200);
    const items = await db.select().from(s.payoutItems).where(eq(s.payoutItems.organizationId, org.org.id));
    expect(items.map((i) => i.affiliateId)).toEqual([below.payee.affiliate.id]);
    expect((await call(above.session, 'GET', `/affiliate/orgs/${org.org.id}/tax`)).body.holds).toEqual([
      { currency: 'USD', amountMinor: 18_000, reason: 'tax_form_required' },
    ]);
  });

  it('refuses settings without the amount, and keeps the EIN to its last four (audited without it)', async () => {
    const org = await createAdvertiser(db);
    expectStatus(
      await call(org.finance, 'PUT', `/orgs/${org.org.id}/tax/settings`, settings({ formRequirement: 'above_amount' })),
      400,
      'tax_settings_invalid',
    );
    const saved = await call(org.finance, 'PUT', `/orgs/${org.org.id}/tax/settings`, settings());
    expectStatus(saved, 200);
    expect(saved.body.payerTinLast4).toBe('6789');
    expect(JSON.stringify(saved.body)).not.toContain('3456789');
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, org.org.id), eq(s.auditLog.action, 'tax_settings.updated')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain('3456789');
  });
});

describe('VAT ids and self-billing invoices', () => {
  it('keeps a VAT id VIES confirms, refuses one it rejects, and says so when VIES is down', async () => {
    const org = await createAdvertiser(db);
    const put = (vatId: string | null) => call(org.affiliateSession, 'PUT', '/affiliate/vat-id', { vatId });
    expectStatus(await put('DE12345'), 400, 'vat_id_invalid');
    expectStatus(await put('DE123456780'), 400, 'vat_id_invalid');
    expectStatus(await put('DE123456789'), 503, 'vies_unavailable');
    const ok = await put('DE 123 456 781');
    expectStatus(ok, 200);
    expect(ok.body.vatId).toMatchObject({ countryCode: 'DE', vatNumberLast4: '6781', valid: 'valid' });
    const [row] = await db.select().from(s.affiliateVatIds).where(eq(s.affiliateVatIds.affiliateId, org.affiliate.id));
    expect(row!.vatNumberEncrypted).not.toContain('123456781');
  });

  it('numbers invoices per advertiser without gaps, even when payouts settle at once, and lists them', async () => {
    const org = await createAdvertiser(db);
    const otherOrg = await createAdvertiser(db);
    await asFrenchVatCustomer(org);
    const payees = await Promise.all([0, 1, 2, 3].map(() => payeeWithBalance(org, [40_000])));
    for (const [i, p] of payees.entries())
      if (i < 3) expectStatus(await call(p.session, 'PUT', '/affiliate/vat-id', { vatId: `DE12345678${i + 1}` }), 200);
    const outsider = await payeeWithBalance(otherOrg, [40_000]);
    expectStatus(await call(outsider.session, 'PUT', '/affiliate/vat-id', { vatId: 'DE123456784' }), 200);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`), 200);
    expectStatus(await call(otherOrg.finance, 'POST', `/orgs/${otherOrg.org.id}/payouts/propose`), 200);
    const items = await db.select().from(s.payoutItems);
    const ours = items.filter((i) => i.organizationId === org.org.id);
    expect(ours).toHaveLength(4);
    // Four settlements at once (the poller and webhooks racing), one of them for the other advertiser.
    const ctx = serviceCtx(db);
    await Promise.all(
      [...ours, ...items.filter((i) => i.organizationId === otherOrg.org.id)].map((i) =>
        settlePaidItems({ ctx, input: { results: [{ payoutItemId: i.id, paypalItemId: null, transactionId: null }] } }),
      ),
    );
    // The same results again change nothing.
    await settlePaidItems({
      ctx,
      input: { results: ours.map((i) => ({ payoutItemId: i.id, paypalItemId: null, transactionId: null })) },
    });
    const invoices = await db
      .select()
      .from(s.selfBillingInvoices)
      .where(eq(s.selfBillingInvoices.organizationId, org.org.id));
    expect(invoices.map((i) => i.number).sort()).toEqual([1, 2, 3]);
    expect(invoices.every((i) => i.reverseCharge && i.customerVatId === 'FR12345678901')).toBe(true);
    const theirs = await db
      .select()
      .from(s.selfBillingInvoices)
      .where(eq(s.selfBillingInvoices.organizationId, otherOrg.org.id));
    expect(theirs.map((i) => i.number)).toEqual([1]);

    const list = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/invoices`);
    expectStatus(list, 200);
    expect(list.body.items).toHaveLength(3);
    const mine = await call(payees[0]!.session, 'GET', `/affiliate/orgs/${org.org.id}/tax/invoices`);
    expect(mine.body.items).toHaveLength(1);
    const invoice = mine.body.items[0];
    const pdf = await download(payees[0]!.session, `/affiliate/orgs/${org.org.id}/tax/invoices/${invoice.id}/pdf`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(await pdf.arrayBuffer());
    expect(text).toContain(`SB-${org.org.slug.toUpperCase()}-00000${invoice.number}`);
    expect(text).toContain('DE123456781');
    expect(text).toContain('FR12345678901');
    expect(text).toContain('120.00 USD');
    expect(text).toContain('Reverse charge');
    // Another payee of the same advertiser cannot download it.
    expect(
      (await download(payees[1]!.session, `/affiliate/orgs/${org.org.id}/tax/invoices/${invoice.id}/pdf`)).status,
    ).toBe(404);

    const month = new Date().toISOString().slice(0, 7);
    const statement = await call(org.finance, 'GET', `/orgs/${org.org.id}/statements?month=${month}`);
    expectStatus(statement, 200);
    expect(statement.body.invoices.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);
  });

  it('cancels an invoice by a credit note, next in the series, when the paid payment is taken back; once', async () => {
    const org = await createAdvertiser(db);
    await asFrenchVatCustomer(org);
    const payees = await Promise.all([0, 1].map(() => payeeWithBalance(org, [40_000])));
    for (const [i, p] of payees.entries())
      expectStatus(await call(p.session, 'PUT', '/affiliate/vat-id', { vatId: `DE22345678${i + 1}` }), 200);
    expectStatus(await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`), 200);
    const ours = (await db.select().from(s.payoutItems)).filter((i) => i.organizationId === org.org.id);
    // PayPal has the batch: its results now count.
    await db.update(s.payoutBatches).set({ status: 'sent' }).where(eq(s.payoutBatches.id, ours[0]!.batchId));
    const ctx = serviceCtx(db);
    await settlePaidItems({
      ctx,
      input: { results: ours.map((i) => ({ payoutItemId: i.id, paypalItemId: null, transactionId: null })) },
    });
    const taken = ours.find((i) => i.affiliateId === payees[0]!.payee.affiliate.id)!;
    const reversed = {
      payoutItemId: taken.id,
      paypalItemId: 'PPITEM1',
      transactionStatus: 'REVERSED' as const,
      transactionId: null,
      error: null,
    };
    // Delivered twice at once (a webhook and the poller), and once more later: one credit note.
    await Promise.all(
      [0, 1].map(() => db.transaction((tx) => settleItemResult({ ctx: { ...ctx, db: tx }, input: reversed }))),
    );
    await db.transaction((tx) => settleItemResult({ ctx: { ...ctx, db: tx }, input: reversed }));

    const docs = await db
      .select()
      .from(s.selfBillingInvoices)
      .where(eq(s.selfBillingInvoices.organizationId, org.org.id));
    expect(docs.map((d) => [d.number, d.kind]).sort()).toEqual([
      [1, 'invoice'],
      [2, 'invoice'],
      [3, 'credit_note'],
    ]);
    const invoice = docs.find((d) => d.kind === 'invoice' && d.payoutItemId === taken.id)!;
    const note = docs.find((d) => d.kind === 'credit_note')!;
    expect(note).toMatchObject({
      creditsInvoiceId: invoice.id,
      payoutItemId: taken.id,
      affiliateId: taken.affiliateId,
      amountMinor: invoice.amountMinor,
      currency: invoice.currency,
      supplierName: invoice.supplierName,
      supplierVatEncrypted: invoice.supplierVatEncrypted,
      reverseCharge: true,
    });
    expect(note.creditReason).toContain('REVERSED');
    // The money went back to the balance: the item is reversed, its lines approved again.
    const [item] = await db.select().from(s.payoutItems).where(eq(s.payoutItems.id, taken.id));
    expect(item!.status).toBe('reversed');

    const slug = org.org.slug.toUpperCase();
    const mine = await call(payees[0]!.session, 'GET', `/affiliate/orgs/${org.org.id}/tax/invoices`);
    expectStatus(mine, 200);
    expect(
      mine.body.items.map((i: { kind: string; creditsNumberText: string | null }) => [i.kind, i.creditsNumberText]),
    ).toEqual([
      ['credit_note', `SB-${slug}-00000${invoice.number}`],
      ['invoice', null],
    ]);
    const pdf = await download(payees[0]!.session, `/affiliate/orgs/${org.org.id}/tax/invoices/${note.id}/pdf`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(await pdf.arrayBuffer());
    expect(text).toContain(`Self-billing credit note SB-${slug}-000003`);
    expect(text).toContain(`Cancels invoice SB-${slug}-00000${invoice.number}`);
    expect(text).toContain('-120.00 USD');
    expect(text).toContain('DE223456781');
    // The other payee sees neither.
    const theirs = await call(payees[1]!.session, 'GET', `/affiliate/orgs/${org.org.id}/tax/invoices`);
    expect(theirs.body.items.map((i: { kind: string }) => i.kind)).toEqual(['invoice']);

    const month = new Date().toISOString().slice(0, 7);
    const statement = await call(org.finance, 'GET', `/orgs/${org.org.id}/statements?month=${month}`);
    expectStatus(statement, 200);
    expect(
      statement.body.invoices.map((i: { number: number; kind: string; creditsNumber: number | null }) => [
        i.number,
        i.kind,
        i.creditsNumber,
      ]),
    ).toEqual([
      [1, 'invoice', null],
      [2, 'invoice', null],
      [3, 'credit_note', invoice.number],
    ]);
  });
});

/** A payee (with `form` signed, when given) paid `amountMinor` USD in a completed batch on 1 June of `year`. */
async function paidInYear(year: number, org: Advertiser, amountMinor: number, form: Record<string, unknown> | null) {
  const { payee, session } = await payeeWithBalance(org, [1_000]);
  if (form) expectStatus(await call(session, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, form), 201);
  const [batch] = await db
    .insert(s.payoutBatches)
    .values({
      organizationId: org.org.id,
      currency: 'USD',
      status: 'completed',
      totalMinor: amountMinor,
      itemCount: 1,
    })
    .returning();
  await db.insert(s.payoutItems).values({
    batchId: batch!.id,
    affiliateId: payee.affiliate.id,
    organizationId: org.org.id,
    amountMinor,
    currency: 'USD',
    receiverEmail: 'pp@example.com',
    status: 'success',
    paidAt: new Date(`${year}-06-01T00:00:00Z`),
  });
  return { payee, session };
}

describe('1099-NEC', () => {
  it('exports payees at the 2026 threshold with masked TINs and the rule, renders copy B, emails payees', async () => {
    const org = await createAdvertiser(db);
    expectStatus(
      await call(org.finance, 'PUT', `/orgs/${org.org.id}/tax/settings`, settings({ formRequirement: 'never' })),
      200,
    );
    const at = await paidInYear(2026, org, 200_000, w9);
    await paidInYear(2026, org, 199_999, { ...w9, tin: '123-45-6780' });
    await paidInYear(2026, org, 500_000, {
      kind: 'w8ben',
      legalName: 'Foreign Person',
      country: 'DE',
      addressLine: 'Hauptstr. 1',
      city: 'Berlin',
      postalCode: '10115',
      tinType: 'foreign',
      tin: 'DE1234567',
      signatureName: 'Foreign Person',
      certified: true,
    });

    const year = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2026`);
    expectStatus(year, 200);
    // The rule is data, which each reader phrases in its own language; only the CSV states it in English.
    expect(year.body.rule).toEqual({
      year: 2026,
      thresholdMinor: 200_000,
      currency: 'USD',
      thresholdSource: 'statute',
      requiredForm: 'w9',
      excludedRails: [],
    });
    expect(year.body.payees).toEqual([
      expect.objectContaining({ affiliateId: at.payee.affiliate.id, amountMinor: 200_000, tinLast4: '6789' }),
    ]);

    const csv = await download(org.finance, `/orgs/${org.org.id}/tax/1099/2026/export.csv`);
    expect(csv.status).toBe(200);
    const body = await csv.text();
    const [header, row, end] = body.split('\r\n');
    expect(header).toContain('Payee TIN');
    expect(row).toContain('XXXXX6789');
    expect(row).toContain('XXXXX6789,');
    expect(row).toContain('2000.00');
    expect(row).toContain('US payees with a W-9 paid at least $2000.00');
    expect(body).not.toContain('123456789');
    expect(end ?? '').toBe('');

    const copyB = await download(org.finance, `/orgs/${org.org.id}/tax/1099/2026/payees/${at.payee.affiliate.id}/pdf`);
    expect(copyB.status).toBe(200);
    const text = await pdfText(await copyB.arrayBuffer());
    for (const part of ['Form 1099-NEC 2026', 'Copy B', 'Acme Inc.', '••-•••6789', 'Jane Doe', '$2000.00'])
      expect(text).toContain(part);
    // The affiliate's list holds ended years only: its 2025 payment ($700 ≥ $600), not 2026 yet.
    const [batch2025] = await db
      .insert(s.payoutBatches)
      .values({ organizationId: org.org.id, currency: 'USD', status: 'completed', totalMinor: 70_000, itemCount: 1 })
      .returning();
    await db.insert(s.payoutItems).values({
      batchId: batch2025!.id,
      affiliateId: at.payee.affiliate.id,
      organizationId: org.org.id,
      amountMinor: 70_000,
      currency: 'USD',
      receiverEmail: 'pp@example.com',
      status: 'success',
      paidAt: new Date('2025-03-01T00:00:00Z'),
    });
    const mine = await call(at.session, 'GET', `/affiliate/orgs/${org.org.id}/tax/1099`);
    expect(mine.body.items).toEqual([{ year: 2025, amountMinor: 70_000 }]);
    const myCopy = await download(at.session, `/affiliate/orgs/${org.org.id}/tax/1099/2025/pdf`);
    expect(myCopy.status).toBe(200);
    expect(await pdfText(await myCopy.arrayBuffer())).toContain('$700.00');

    const sent = await call(org.finance, 'POST', `/orgs/${org.org.id}/tax/1099/2026/emails`);
    expectStatus(sent, 200);
    expect(sent.body).toEqual({ sent: 1 });
    const mail = await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, at.payee.affiliate.email));
    expect(mail.map((m) => m.template)).toEqual(['form_1099_ready']);
    expect(mail[0]!.text).toContain('2000.00');
    expect(mail[0]!.text).not.toContain('6789');
  });

  it('leaves PayPal out by default (reported on its 1099-K), and counts it when the advertiser says so', async () => {
    const org = await createAdvertiser(db);
    // Never saved: the defaults.
    const defaults = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/settings`);
    expectStatus(defaults, 200);
    expect(defaults.body.form1099ExcludedRails).toEqual(['paypal']);
    const paid = await paidInYear(2026, org, 300_000, w9);
    const byDefault = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2026`);
    expect(byDefault.body.rule).toMatchObject({ excludedRails: ['paypal'] });
    expect(byDefault.body.payees).toEqual([]);
    // The advertiser's override: every rail counts.
    expectStatus(
      await call(
        org.finance,
        'PUT',
        `/orgs/${org.org.id}/tax/settings`,
        settings({ formRequirement: 'never', form1099ExcludedRails: [] }),
      ),
      200,
    );
    const counted = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2026`);
    expect(counted.body.rule).toMatchObject({ excludedRails: [] });
    expect(counted.body.payees).toEqual([
      expect.objectContaining({ affiliateId: paid.payee.affiliate.id, amountMinor: 300_000 }),
    ]);
  });

  it('leaves out a rail reported on a 1099-K and says so; a year without a threshold is refused', async () => {
    const org = await createAdvertiser(db);
    expectStatus(
      await call(
        org.finance,
        'PUT',
        `/orgs/${org.org.id}/tax/settings`,
        settings({ formRequirement: 'never', form1099ExcludedRails: ['paypal'] }),
      ),
      200,
    );
    await paidInYear(2026, org, 300_000, w9);
    const year = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2026`);
    expect(year.body.payees).toEqual([]);
    expect(year.body.rule).toMatchObject({ thresholdMinor: 200_000, excludedRails: ['paypal'] });
    expect(JSON.stringify(year.body)).not.toContain('left out');
    const csv = await (await download(org.finance, `/orgs/${org.org.id}/tax/1099/2026/export.csv`)).text();
    expect(csv.split('\r\n')[0]).toContain('Reporting rule');
    const unset = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2027`);
    expectStatus(unset, 409, 'form_1099_threshold_unset');
    expect(unset.body.error.details).toEqual({ setting: 'form_1099_threshold', year: 2027 });
    expectStatus(
      await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2027/export.csv`),
      409,
      'form_1099_threshold_unset',
    );
  });
});

describe('1099-NEC thresholds set by platform staff', () => {
  // 2029: a year no other test of this file reads (2027 stays unset for the refusal above).
  it('only platform admins set a year from 2027, audited with before and after; the law’s years are refused', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const support = await createStaff(db, 'support');
    const org = await createAdvertiser(db);

    expectStatus(await call(org.owner, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 205_000 }), 404);
    expectStatus(await call(support, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 205_000 }), 403);
    expectStatus(await call(org.owner, 'GET', '/platform/form-1099-thresholds'), 404);
    const locked = await call(admin, 'PUT', '/platform/form-1099-thresholds/2026', { amountMinor: 100 });
    expectStatus(locked, 409, 'form_1099_threshold_locked');
    expect(locked.body.error.details).toEqual({ year: 2026, reason: 'statute' });
    expectStatus(await call(admin, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 0 }), 400);
    expectStatus(await call(admin, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 20.5 }), 400);
    expectStatus(await call(admin, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 1, extra: 1 }), 400);
    expect(await db.select().from(s.form1099Thresholds).where(eq(s.form1099Thresholds.year, 2029))).toEqual([]);

    // Unset: the year's 1099 is refused, naming the missing setting.
    const unset = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2029`);
    expectStatus(unset, 409, 'form_1099_threshold_unset');
    expect(unset.body.error.details).toEqual({ setting: 'form_1099_threshold', year: 2029 });

    const set = await call(admin, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 205_000 });
    expectStatus(set, 200);
    expect(set.body).toEqual({ year: 2029, amountMinor: 205_000 });
    expectStatus(await call(admin, 'PUT', '/platform/form-1099-thresholds/2029', { amountMinor: 210_000 }), 200);
    const trail = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'form_1099_threshold.set'), eq(s.auditLog.actorId, admin.userId)));
    expect(trail.map((e) => [e.before, e.after])).toEqual([
      [null, { year: 2029, amountMinor: 205_000 }],
      [
        { year: 2029, amountMinor: 205_000 },
        { year: 2029, amountMinor: 210_000 },
      ],
    ]);

    // Support reads the list: the law's years, then the one set, still editable while 2029 has not ended.
    const list = await call(support, 'GET', '/platform/form-1099-thresholds');
    expectStatus(list, 200);
    expect(list.body.firstSettableYear).toBe(Math.max(2027, new Date().getUTCFullYear()));
    expect(list.body.items[0]).toEqual({
      year: 2020,
      amountMinor: 60_000,
      source: 'statute',
      editable: false,
      updatedAt: null,
    });
    expect(list.body.items.find((i: { year: number }) => i.year === 2026)).toMatchObject({ amountMinor: 200_000 });
    expect(list.body.items.find((i: { year: number }) => i.year === 2029)).toMatchObject({
      amountMinor: 210_000,
      source: 'platform',
      editable: true,
    });

    // The year's export now applies the staff figure: $2,100.00 is reported, a cent less is not.
    expectStatus(
      await call(org.finance, 'PUT', `/orgs/${org.org.id}/tax/settings`, settings({ formRequirement: 'never' })),
      200,
    );
    const { payee: at } = await paidInYear(2029, org, 210_000, w9);
    await paidInYear(2029, org, 209_999, { ...w9, tin: '123-45-6780' });
    const year = await call(org.finance, 'GET', `/orgs/${org.org.id}/tax/1099/2029`);
    expectStatus(year, 200);
    expect(year.body.rule).toMatchObject({ year: 2029, thresholdMinor: 210_000, thresholdSource: 'platform' });
    expect(year.body.payees.map((p: { affiliateId: string }) => p.affiliateId)).toEqual([at.affiliate.id]);
  });
});

describe('account deletion', () => {
  it('keeps a form that supports a payment, pseudonymised, and drops the rest and the VAT id', async () => {
    const org = await createAdvertiser(db);
    const unused = await createAdvertiser(db);
    const account = await signUpVerified();
    await db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, account.userId));
    for (const a of [org, unused])
      await db.insert(s.enrollments).values({
        programId: a.program.id,
        affiliateId: account.userId,
        organizationId: a.org.id,
        status: 'active',
        refCode: `tax-${account.userId.slice(-12)}-${a.org.id.slice(-4)}`,
      });
    const session = await signInAs(db, account.userId);
    expectStatus(await call(session, 'POST', `/affiliate/orgs/${org.org.id}/tax/forms`, w9), 201);
    expectStatus(await call(session, 'POST', `/affiliate/orgs/${unused.org.id}/tax/forms`, w9), 201);
    expectStatus(await call(session, 'PUT', '/affiliate/vat-id', { vatId: 'DE123456781' }), 200);
    const [batch] = await db
      .insert(s.payoutBatches)
      .values({ organizationId: org.org.id, currency: 'USD', status: 'completed', totalMinor: 5_000, itemCount: 1 })
      .returning();
    await db.insert(s.payoutItems).values({
      batchId: batch!.id,
      affiliateId: account.userId,
      organizationId: org.org.id,
      amountMinor: 5_000,
      currency: 'USD',
      receiverEmail: 'pp@example.com',
      status: 'success',
      paidAt: new Date(Date.now() + 1000),
    });
    const { accessToken } = await logIn(account.email);
    const deleted = await api('POST', '/me/delete', { password: PASSWORD }, { token: accessToken });
    expect(deleted.status, await deleted.text()).toBe(200);
    const forms = await db.select().from(s.taxForms).where(eq(s.taxForms.affiliateId, account.userId));
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({ organizationId: org.org.id, signedIp: 'erased' });
    expect(forms[0]!.pseudonymisedAt).not.toBeNull();
    expect(await db.select().from(s.affiliateVatIds).where(eq(s.affiliateVatIds.affiliateId, account.userId))).toEqual(
      [],
    );
  });
});
