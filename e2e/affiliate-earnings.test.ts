import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import * as s from '../schema';
import { createTenant } from '../test/tenant';
import { uuidv7 } from '../workers/contracts/ids';
import type { Config } from '../workers/env';
import { fingerprint } from '../workers/domain/fingerprint';
import { createLogger } from '../workers/logging';
import { settlePaidItems } from '../workers/services/payouts/rails/paypal/settle-paid-items';
import { rebuildStats } from '../workers/services/stats';
import {
  checkAxe,
  checkInvoiceRow,
  type E2e,
  screenshot,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';

// One boot for every test: an affiliate enrolled with the harness tenant, its clicks (this period and
// the previous one), a paid sale from a click, a held sale by coupon, a payout and a postback delivery,
// then the rollups rebuilt as `npm run stats:rebuild` does. A second affiliate works with another advertiser.

type Tenant = E2e['tenant'];
type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let affiliate: User;
let outsider: User;
let tenant: Tenant;
let paidConversionId: string;
let couponConversionId: string;
let firstClickId: string;
const DAY = 86_400_000;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

beforeAll(async () => {
  // VAT ids are checked against the run's local VIES double (test/vies-server.ts).
  e2e = await startE2e({ vars: { VIES_API_BASE_URL: inject('viesBaseUrl') } });
  tenant = e2e.tenant;
  affiliate = await signUpVerified(e2e);
  outsider = await signUpVerified(e2e);
  await seedEarnings();
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

async function enroll(db: E2e['db'], t: Pick<Tenant, 'org' | 'program'>, userId: string, refCode: string) {
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({ programId: t.program.id, affiliateId: userId, organizationId: t.org.id, status: 'active', refCode })
    .returning();
  return enrollment!;
}

async function seedEarnings() {
  const { db } = e2e;
  const now = Date.now();
  const enrollment = await enroll(db, tenant, affiliate.userId, `earn-${now.toString(36)}`);
  const other = await createTenant(db);
  await enroll(db, other, outsider.userId, `out-${now.toString(36)}`);

  // Five clicks two days ago (three with sub1 "spring"), two in the previous 30-day period.
  const times = [2, 2, 2, 2, 2, 35, 36].map((days, i) => now - days * DAY - i * 60_000);
  const clicks = [];
  for (const [i, at] of times.entries()) {
    const id = uuidv7(at);
    clicks.push({
      id,
      clickedAt: new Date(at),
      linkForm: 'aff_path' as const,
      code: enrollment.refCode,
      status: 'accepted' as const,
      isUnique: i !== 1,
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: enrollment.id,
      affiliateId: affiliate.userId,
      ip: '198.51.100.7',
      userAgent: UA,
      fingerprint: await fingerprint(UA, 'en-US'),
      asn: 3320,
      isBot: false,
      country: i < 4 ? 'DE' : 'US',
      deviceType: 'desktop',
      sub1: i < 3 ? 'spring' : null,
      landingUrl: 'https://app.example/',
    });
  }
  await db.insert(s.clicks).values(clicks);
  firstClickId = clicks[0]!.id;

  const sale = (id: string, at: number, values: Partial<typeof s.conversions.$inferInsert>) => ({
    id,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollment.id,
    affiliateId: affiliate.userId,
    eventId: `evt-${id}`,
    eventType: 'sale' as const,
    amountMinor: 10_000,
    currency: 'USD',
    occurredAt: new Date(at),
    ...values,
  });
  paidConversionId = uuidv7(times[0]! + 60_000);
  couponConversionId = uuidv7(times[3]! + 60_000);
  await db.insert(s.conversions).values([
    sale(paidConversionId, times[0]! + 60_000, {
      status: 'approved',
      attributionMethod: 'click_id',
      clickId: firstClickId,
      attributionTrace: [{ step: 'click_id', outcome: 'matched' }],
    }),
    sale(couponConversionId, times[3]! + 60_000, {
      status: 'pending',
      attributionMethod: 'coupon',
      attributionTrace: [
        { step: 'click_id', outcome: 'skipped' },
        { step: 'coupon', outcome: 'matched' },
      ],
    }),
  ]);
  const line = (
    conversionId: string,
    amountMinor: number,
    values: Partial<typeof s.commissions.$inferInsert> & { holdUntil: Date },
  ) => ({
    conversionId,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    beneficiaryId: affiliate.userId,
    enrollmentId: enrollment.id,
    amountMinor,
    currency: 'USD',
    rateBps: 3000,
    calculation: { rule: 'percent', rateBps: 3000, baseAmountMinor: 10_000, level: 0 },
    ...values,
  });
  const [paidLine] = await db
    .insert(s.commissions)
    .values([
      line(paidConversionId, 3000, {
        status: 'paid',
        holdUntil: new Date(now - DAY),
        approvedAt: new Date(now - DAY),
        paidAt: new Date(now - 3_600_000),
      }),
      line(couponConversionId, 1500, { status: 'pending', holdUntil: new Date(now + 20 * DAY) }),
    ])
    .returning();
  const [batch] = await db
    .insert(s.payoutBatches)
    .values({ organizationId: tenant.org.id, currency: 'USD', status: 'completed', totalMinor: 3000, itemCount: 1 })
    .returning();
  const [item] = await db
    .insert(s.payoutItems)
    .values({
      batchId: batch!.id,
      affiliateId: affiliate.userId,
      organizationId: tenant.org.id,
      amountMinor: 3000,
      currency: 'USD',
      receiverEmail: affiliate.email,
      status: 'success',
      paidAt: new Date(now - 3_600_000),
      paypalTransactionId: 'PP-TX-0001',
    })
    .returning();
  await db.insert(s.payoutItemCommissions).values({ payoutItemId: item!.id, commissionId: paidLine!.id });
  await db.insert(s.postbackDeliveries).values({
    affiliateId: affiliate.userId,
    organizationId: tenant.org.id,
    eventType: 'sale',
    eventKey: paidConversionId,
    conversionId: paidConversionId,
    clickId: firstClickId,
    programId: tenant.program.id,
    occurredAt: new Date(now - 2 * DAY),
    url: `https://tracker.example.com/pb?cid=${firstClickId}&status=sale`,
    status: 'failed',
    attempts: 3,
    lastStatusCode: 503,
    lastLatencyMs: 240,
    lastError: 'HTTP 503',
  });
  await rebuildStats({
    ctx: { db, config: {} as Config, now: new Date(), log: createLogger() },
    input: { from: new Date(now - 40 * DAY), to: new Date(now + 3_600_000) },
  });
}

/**
 * A page of the user's, signed in on `path` (signedInAt: the login form is tested in its own files); once per
 * user where it can (the login limit is per IP), then the context is reused.
 */
async function logIn(path: string, user: User, width = 1440, timeZone?: string): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en', width, ...(timeZone ? { timeZone } : {}) });
  await signedInAt(page, path, user);
  return page;
}

/** Axe and screenshots of the page now on show, in English and then Russian (back to English after). */
async function checkBothLanguages(page: Page, name: string, ruHeading: string) {
  // The pointer off any link, so a hovered link's colours are not what axe measures.
  await page.mouse.move(600, 30);
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: ruHeading }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, `${name} (ru)`);
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
}

let page: Page;

test('stats: headline against the previous period, chart, breakdown, filters kept on reload, CSV download', async () => {
  page = await logIn(`/affiliate/${tenant.org.id}/stats`, affiliate);
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  const clicks = page.getByTestId('card-clicks');
  await expect.poll(() => clicks.getByTestId('value').textContent()).toBe('5');
  // 5 clicks now against 2 in the 30 days before.
  expect(await clicks.getByTestId('delta').textContent()).toContain('Up 150% from the previous period');
  expect(await page.getByTestId('card-uniqueClicks').getByTestId('value').textContent()).toBe('4');
  expect(await page.getByTestId('card-conversions').getByTestId('value').textContent()).toBe('2');
  expect(await page.getByTestId('card-earnings-USD').getByTestId('value').textContent()).toBe('$45.00');
  expect(await page.getByRole('table').getByText('Program', { exact: true }).count()).toBeGreaterThan(0);
  await page.getByRole('cell', { name: tenant.program.name }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkBothLanguages(page, 'stats', 'Статистика');

  // A sub1 filter and the sub1 breakdown land in the URL and survive a reload.
  await page.getByLabel('Sub value').fill('spring');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('subValue')).toBe('spring');
  await expect.poll(() => clicks.getByTestId('value').textContent()).toBe('3');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await expect.poll(() => page.getByTestId('card-clicks').getByTestId('value').textContent()).toBe('3');
  expect(await page.getByLabel('Sub value').inputValue()).toBe('spring');

  // The CSV arrives as a file, fetched with the token in a header (never in the URL).
  const csvRequest = page.waitForRequest((r) => r.url().includes('/stats/report.csv'));
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-download').click();
  const request = await csvRequest;
  expect(request.url()).not.toMatch(/token|Bearer/i);
  expect(request.headers().authorization).toMatch(/^Bearer /);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path, 'utf8')).toContain(tenant.program.id);

  // Looking a click up by id shows it and links its conversion.
  await page.goto(`/affiliate/${tenant.org.id}/stats?clickId=${firstClickId}`);
  await page.getByTestId('click-lookup-body').waitFor();
  await page.getByTestId('click-lookup').getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: 'Conversion explained' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/affiliate/${tenant.org.id}/conversions/${paidConversionId}`);
}, 240_000);

test('conversions and commissions: lists with filters in the URL, and the explanation from click to payout', async () => {
  await page.goto(`/affiliate/${tenant.org.id}/conversions`);
  await page.getByRole('heading', { level: 1, name: 'Conversions and commissions' }).waitFor();
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count()).toBe(3);
  await page.waitForLoadState('networkidle');
  await checkBothLanguages(page, 'conversions', 'Конверсии и комиссии');

  await page.goto(`/affiliate/${tenant.org.id}/conversions?status=pending`);
  await page.getByRole('heading', { level: 1, name: 'Conversions and commissions' }).waitFor();
  await expect.poll(() => rows.count()).toBe(2);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Conversions and commissions' }).waitFor();
  await expect.poll(() => rows.count()).toBe(2);
  expect(await page.getByRole('table').getByText('Coupon').count()).toBe(1);

  await page.getByRole('tab', { name: 'Commissions' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('commissions');
  await expect.poll(() => rows.count()).toBe(3);
  expect(await page.getByRole('table').getByText('30% of the sale amount').count()).toBe(2);
  await checkAxe(page, 'commissions (en)');
  await shoot(page, 'commissions-en');

  await page.goto(`/affiliate/${tenant.org.id}/conversions/${paidConversionId}`);
  const explanation = page.getByTestId('explanation');
  await explanation.waitFor();
  expect(await explanation.textContent()).toContain(firstClickId);
  expect(await page.getByTestId('explanation-line').textContent()).toContain('$30.00');
  expect(await page.getByTestId('explanation-payout').textContent()).toContain('Paid');
  // The affiliate never sees the sale amount (revenue).
  expect(await page.getByRole('main').textContent()).not.toContain('$100.00');
  await page.waitForLoadState('networkidle');
  await checkBothLanguages(page, 'explanation', 'Разбор конверсии');

  await page.goto(`/affiliate/${tenant.org.id}/conversions/${couponConversionId}`);
  await explanation.waitFor();
  expect(await explanation.textContent()).toContain('No click: the conversion was credited to you by Coupon.');
  expect(await explanation.textContent()).toContain('Not in a payout yet.');
  await shoot(page, 'explanation-coupon-en');
}, 240_000);

test('balances, payouts with the CSV download, and the postback page', async () => {
  await page.getByRole('navigation').getByRole('link', { name: 'Balances' }).click();
  await page.getByRole('heading', { level: 1, name: 'Balances' }).waitFor();
  // Across advertisers the navbar keeps the advertiser's own pages (the one last worked with), Links among them.
  const advertiserLink = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
  expect(await advertiserLink('Links').getAttribute('href')).toBe(`/affiliate/${tenant.org.id}/links`);
  expect(await advertiserLink('Statistics').getAttribute('href')).toBe(`/affiliate/${tenant.org.id}/stats`);
  const card = page.getByTestId('balance-card');
  await card.waitFor();
  expect(await card.textContent()).toContain('$15.00');
  expect(await card.textContent()).toContain('$30.00');
  expect(await card.textContent()).toContain('Minimum payout: $100.00');
  expect(await page.getByTestId('balance-left').textContent()).toBe('$100.00 to go');
  await checkBothLanguages(page, 'balances', 'Балансы');

  await page.getByRole('navigation').getByRole('link', { name: 'Payouts' }).click();
  await page.getByRole('heading', { level: 1, name: 'Payouts' }).waitFor();
  expect(await advertiserLink('Links').getAttribute('href')).toBe(`/affiliate/${tenant.org.id}/links`);
  await page.getByRole('cell', { name: 'PP-TX-0001' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-download').click();
  const file = await download;
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(await file.path(), 'utf8')).toContain('PP-TX-0001');
  await checkBothLanguages(page, 'payouts', 'Выплаты');

  await page.getByRole('navigation').getByRole('link', { name: 'Postback' }).click();
  await page.getByRole('heading', { level: 1, name: 'Postback' }).waitFor();
  await page.getByRole('cell', { name: 'tracker.example.com' }).waitFor();
  // Each delivery says when its sale happened and of which program, the log's order.
  await page.getByRole('columnheader', { name: 'Happened' }).waitFor();
  await page.getByRole('cell', { name: tenant.program.name, exact: true }).waitFor();
  // A failed delivery reads as a sentence; the sender's raw words stay behind Details.
  await page.getByText('The server answered with error 503.').waitFor();
  await page.getByLabel('Postback URL').fill('https://tracker.example.com/pb?cid={click_id}&x={nope}');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Unknown macros: {nope}.').waitFor();
  await page.getByLabel('Postback URL').fill('https://tracker.example.com/pb?cid={click_id}&status={status}');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me/postback') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Save' }).click();
  expect((await saved).status()).toBe(200);
  await page.getByTestId('postback-test').click();
  // No internet here: the tracker cannot answer, and the page says so with the URL it tried.
  const result = page.getByTestId('postback-test-result');
  await result.waitFor({ timeout: 30_000 });
  expect(await result.textContent()).toContain('https://tracker.example.com/pb?cid=');
  await result.getByTestId('delivery-failure').waitFor();
  expect(await result.innerText()).not.toMatch(/network error|No answer after|Error:/);
  await checkBothLanguages(page, 'postback', 'Постбэк');
  await page.context().close();
}, 240_000);

test('an affiliate of another advertiser sees none of it', async () => {
  const other = await logIn(`/affiliate/${tenant.org.id}/stats`, outsider);
  await other.getByRole('heading', { name: 'Page not found' }).waitFor();
  await other.goto('/affiliate/balances');
  await other.getByRole('heading', { level: 1, name: 'Balances' }).waitFor();
  await other.getByTestId('empty-state').waitFor();
  await other.goto('/affiliate/payouts');
  await other.getByTestId('empty-state').waitFor();
  await other.goto(`/affiliate/${tenant.org.id}/conversions/${paidConversionId}`);
  await other.getByRole('heading', { name: 'Page not found' }).waitFor();
  await other.goto('/affiliate/postback');
  await other.getByText('Nothing sent yet').waitFor();
  await checkAxe(other, 'empty postback (en)');
  await screenshot(other, 'postback-empty-en-1440');
  await other.context().close();
}, 240_000);

test('commissions tab: each line dated by its conversion, named by its event type, within the period filter', async () => {
  const { db } = e2e;
  const now = Date.now();
  const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, affiliate.userId));
  // A lead five days ago whose line was written only now (as the demo data did): the tab shows the lead's date.
  const leadAt = new Date(now - 5 * DAY);
  const leadId = uuidv7(now);
  await db.insert(s.conversions).values({
    id: leadId,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    affiliateId: affiliate.userId,
    eventId: `lead-${leadId}`,
    eventType: 'lead',
    amountMinor: 0,
    currency: null,
    status: 'pending',
    attributionMethod: 'coupon',
    occurredAt: leadAt,
  });
  await db.insert(s.commissions).values({
    conversionId: leadId,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    beneficiaryId: affiliate.userId,
    enrollmentId: enrollment!.id,
    amountMinor: 500,
    currency: 'USD',
    rateBps: null,
    calculation: { rule: 'fixed', fixedMinor: 500, level: 0 },
    status: 'pending',
    holdUntil: new Date(leadAt.getTime() + 14 * DAY),
  });

  const view = await logIn(`/affiliate/${tenant.org.id}/conversions?tab=commissions`, affiliate);
  await view.getByRole('heading', { level: 1, name: 'Conversions and commissions' }).waitFor();
  const table = view.getByRole('table');
  await table.getByRole('columnheader', { name: 'Occurred' }).waitFor();
  const leadRow = table.getByRole('row', { name: /Your lead/ });
  await leadRow.waitFor({ timeout: 30_000 });
  const leadText = (await leadRow.textContent()) ?? '';
  expect(leadText).toContain('Fixed $5.00 per event');
  expect(leadText).not.toContain('sale');
  const shown = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(leadAt);
  expect(leadText).toContain(shown);
  // Newest conversion first: the two sales of two days ago, then the lead of five days ago.
  const rows = table.getByRole('row');
  await expect.poll(() => rows.count()).toBe(4);
  expect(await rows.nth(3).textContent()).toContain('Your lead');

  // The period filter: the last 7 days hold the lead and both sales; "today" holds none of them.
  await view
    .getByRole('textbox', { name: 'Period' })
    .or(view.getByRole('combobox', { name: 'Period' }))
    .first()
    .waitFor();
  await view.goto(`/affiliate/${tenant.org.id}/conversions?tab=commissions&range=today`);
  await view.getByTestId('empty-state').waitFor({ timeout: 30_000 });
  await view.goto(`/affiliate/${tenant.org.id}/conversions?tab=commissions&range=7d`);
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(4);
  await view.mouse.move(600, 30);
  await checkBothLanguages(view, 'commissions-by-event', 'Конверсии и комиссии');
  await view.context().close();
}, 240_000);

test('conversion and commission CSVs are in the viewer’s time zone, with names and rates as percentages', async () => {
  const view = await logIn(`/affiliate/${tenant.org.id}/conversions`, affiliate, 1440, 'Asia/Tokyo');
  const { readFileSync } = await import('node:fs');
  const save = async (what: 'conversions' | 'commissions') => {
    const request = view.waitForRequest((r) => r.url().includes(`/exports/${what}.csv`));
    const download = view.waitForEvent('download');
    await view.getByTestId('csv-download').click();
    const url = new URL((await request).url());
    const file = await download;
    const [header, ...lines] = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    return { url, name: file.suggestedFilename(), header: header!.split(','), lines };
  };

  await view.getByRole('heading', { level: 1, name: 'Conversions and commissions' }).waitFor();
  const conversions = await save('conversions');
  expect(conversions.url.searchParams.get('tz')).toBe('Asia/Tokyo');
  expect(conversions.name).toMatch(/^conversions_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(conversions.header.slice(0, 6)).toEqual([
    'conversion_id',
    'occurred_at',
    'type',
    'status',
    'program_id',
    'program',
  ]);
  expect(conversions.lines.length).toBeGreaterThan(0);
  for (const line of conversions.lines) {
    expect(line.split(',')[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect(line).toContain(tenant.program.name);
  }
  expect(conversions.header).not.toContain('revenue');

  await view.getByRole('tab', { name: 'Commissions' }).click();
  await expect.poll(() => new URL(view.url()).searchParams.get('tab')).toBe('commissions');
  const lines = await save('commissions');
  expect(lines.url.searchParams.get('tz')).toBe('Asia/Tokyo');
  expect(lines.header).toContain('rate_pct');
  expect(lines.header).not.toContain('rate_bps');
  const rate = lines.header.indexOf('rate_pct');
  expect(lines.lines.map((l) => l.split(',')[rate])).toContain('30.00');
  await view.context().close();
});

test('tax: a W-8BEN signed with the typed name, shown back masked with its PDF; the VAT id checked with VIES; the documents', async () => {
  const p = await logIn(`/affiliate/${tenant.org.id}/tax`, affiliate);
  await p.getByRole('heading', { level: 1, name: 'Tax' }).waitFor();
  await p.getByTestId('tax-status-badge').getByText('Missing').waitFor({ timeout: 30_000 });
  await p.getByText(/No 1099-NEC for you yet/).waitFor({ timeout: 30_000 });
  await p.getByText(/No invoices yet/).waitFor();
  await checkBothLanguages(p, 'tax-missing', 'Налоги');

  const form = p.getByTestId('tax-form');
  await form.getByRole('radio', { name: /W-8BEN: an individual/ }).check();
  await form.getByRole('textbox', { name: 'Name (as shown on your tax return)' }).fill('Ada Lovelace');
  await form.getByRole('combobox', { name: 'Country of residence' }).fill('Germany');
  await p.getByRole('option', { name: 'Germany' }).click();
  await form.getByRole('textbox', { name: 'Address (number, street, apartment)' }).fill('Hauptstr. 1');
  await form.getByRole('textbox', { name: 'City' }).fill('Berlin');
  await form.getByRole('textbox', { name: 'ZIP or postal code' }).fill('10115');
  await form.getByRole('textbox', { name: 'Foreign tax id' }).fill('DE 12 345 678 901');
  await form.getByRole('checkbox', { name: /reduced rate under a tax treaty/ }).check();
  await form.getByRole('combobox', { name: 'Treaty country' }).fill('Germany');
  await p.getByRole('option', { name: 'Germany' }).click();
  await form.getByRole('textbox', { name: 'Treaty rate (%)' }).fill('31');
  await form.getByRole('checkbox', { name: /Under penalties of perjury/ }).check();
  await p.getByTestId('tax-signature').fill('Someone Else');
  await p.getByTestId('tax-submit').click();
  // The form says what is wrong beside each field before anything is sent.
  await form.getByText('Type the name on the form as your signature.').waitFor();
  await form.getByText('A rate from 0 to 30 %.').waitFor();
  await form.getByRole('textbox', { name: 'Treaty rate (%)' }).fill('15');
  await p.getByTestId('tax-signature').fill('Ada Lovelace');
  const signed = p.waitForResponse((r) => r.url().endsWith('/tax/forms') && r.request().method() === 'POST');
  await p.getByTestId('tax-submit').click();
  const body = (await (await signed).json()) as { treatyRateBps: number; tinLast4: string };
  expect(body).toMatchObject({ treatyRateBps: 1500, tinLast4: '8901' });
  await p.getByTestId('tax-status-badge').getByText('On file').waitFor({ timeout: 30_000 });
  expect(await p.getByTestId('tax-tin-masked').textContent()).toBe('Tax id on file: ••••8901');
  expect(await p.getByRole('main').textContent()).not.toMatch(/12345678901|12 345 678 901/);
  const pdf = p.waitForEvent('download');
  await p.getByTestId('tax-form-pdf').click();
  expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);

  // VIES (the local double) refuses a number ending in 0 and accepts this one; only the last four come back.
  const vat = p.getByTestId('vat-id');
  await vat.getByRole('textbox', { name: 'VAT id with its country prefix' }).fill('DE123456780');
  await vat.getByRole('button', { name: 'Check and save' }).click();
  await p.getByTestId('vat-error').waitFor({ timeout: 30_000 });
  await vat.getByRole('textbox', { name: 'VAT id with its country prefix' }).fill('de 123456781');
  await vat.getByRole('button', { name: 'Check and save' }).click();
  await p.getByTestId('vat-status').getByText('Valid').waitFor({ timeout: 30_000 });
  await vat.getByText('VAT id DE ••••6781').waitFor();
  await p.getByText('VAT id checked with VIES and saved').waitFor({ state: 'hidden', timeout: 30_000 });

  // Paid now, with a valid VAT id: the paying transaction issues the advertiser's first self-billing invoice,
  // which the documents list with its number as printed, the amount and its PDF.
  const [batch] = await e2e.db
    .insert(s.payoutBatches)
    .values({ organizationId: tenant.org.id, currency: 'EUR', status: 'sending', totalMinor: 4_250, itemCount: 1 })
    .returning();
  const [item] = await e2e.db
    .insert(s.payoutItems)
    .values({
      batchId: batch!.id,
      affiliateId: affiliate.userId,
      organizationId: tenant.org.id,
      amountMinor: 4_250,
      currency: 'EUR',
      receiverEmail: affiliate.email,
      status: 'pending',
    })
    .returning();
  await settlePaidItems({
    ctx: { db: e2e.db, config: {} as Config, now: new Date(), log: createLogger() },
    input: { results: [{ payoutItemId: item!.id, paypalItemId: 'PPI-VAT-1', transactionId: 'PP-TX-VAT-1' }] },
  });
  await e2e.db.update(s.payoutBatches).set({ status: 'completed' }).where(eq(s.payoutBatches.id, batch!.id));
  const invoiceNumber = `SB-${tenant.org.slug.toUpperCase()}-000001`;
  await p.reload();
  await checkInvoiceRow(p, invoiceNumber, ['€42.50']);
  await checkBothLanguages(p, 'tax-on-file', 'Налоги');

  // A new form is opened on request, filled from the one on file but for the tax id.
  await p.getByTestId('tax-sign-new').click();
  expect(await form.getByRole('textbox', { name: 'Foreign tax id' }).inputValue()).toBe('');
  expect(await form.getByRole('textbox', { name: 'City' }).inputValue()).toBe('Berlin');
  await p.context().close();
}, 240_000);
