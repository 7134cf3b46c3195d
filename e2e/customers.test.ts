import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import { fingerprint } from '../workers/domain/fingerprint';
import { signatureHeader } from '../workers/domain/request-signature';
import { checkAxe, type E2e, screenshot, shoot, signUpVerified, startE2e, switchLanguage } from './harness';
import { chooseOption } from './choose-option';

// Referred customers, the affiliate's profile and bulk review against the real Worker: an affiliate's sales,
// rebills, refunds and cancels arrive through the signed inbound API; the advertiser reads its customers with
// revenue, the affiliate the same customers masked and without it; the owner tags the affiliate, writes a note
// and approves two flagged sales at once.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;
let affiliate: User;
let enrollmentId: string;
let refCode: string;
let appKey: { key: string; signingSecret: string };
const flagged: string[] = [];
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const LEAD_EMAIL = `john.smith.${randomBytes(2).toString('hex')}@gmail.com`;
const HOUR = 3_600_000;

/** A click of the affiliate's link, `hoursAgo`; from a cloud network (datacenter_ip) when `asn` says so. */
async function click(hoursAgo: number, asn = 3320): Promise<string> {
  const at = Date.now() - hoursAgo * HOUR;
  const id = uuidv7(at);
  const { tenant } = e2e;
  await e2e.db.insert(s.clicks).values({
    id,
    clickedAt: new Date(at),
    linkForm: 'aff_path',
    code: refCode,
    status: 'accepted',
    isUnique: true,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId,
    affiliateId: affiliate.userId,
    ip: '203.0.113.9',
    userAgent: UA,
    fingerprint: await fingerprint(UA, 'en-US'),
    asn,
    isBot: false,
    country: 'DE',
    deviceType: 'desktop',
    landingUrl: 'https://app.example/',
  });
  return id;
}

/** One event through the signed inbound API, as the advertiser's app sends it. */
async function send(event: Record<string, unknown>, hoursAgo: number) {
  const body = new TextEncoder().encode(
    JSON.stringify({
      event_id: `evt-${randomBytes(5).toString('hex')}`,
      occurred_at: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
      ...event,
    }),
  );
  const res = await fetch(`${e2e.baseUrl}/api/v1/conversions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${appKey.key}`,
      'content-type': 'application/json',
      'x-ae-signature': await signatureHeader(appKey.signingSecret, Math.floor(Date.now() / 1000), body),
    },
    body,
  });
  const outcome = (await res.json()) as { conversion: { id: string; status: string } };
  expect(res.status, JSON.stringify(outcome)).toBeLessThan(300);
  return outcome.conversion;
}

beforeAll(async () => {
  e2e = await startE2e();
  const { db, tenant } = e2e;
  [owner, affiliate] = await Promise.all([signUpVerified(e2e), signUpVerified(e2e, { approved: true })]);
  await db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  await db.update(s.users).set({ firstName: 'Maria', lastName: 'Ivanova' }).where(eq(s.users.id, affiliate.userId));
  refCode = `cust-${randomBytes(3).toString('hex')}`;
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: affiliate.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode,
    })
    .returning();
  enrollmentId = enrollment!.id;
  const key = await e2e.api(
    'POST',
    `/orgs/${tenant.org.id}/apps/${tenant.app.id}/api-keys`,
    await e2e.apiLogIn(owner),
    {
      name: 'e2e',
    },
  );
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  appKey = key.body;

  const customer = (name: string) => `cus_${name}_${randomBytes(3).toString('hex')}`;
  const renewing = customer('renewing');
  await send({ type: 'sale', click_id: await click(80), customer_id: renewing, amount: 10_000, currency: 'USD' }, 79);
  await send({ type: 'rebill', customer_id: renewing, amount: 12_000, currency: 'USD' }, 5);
  const gone = customer('gone');
  await send({ type: 'sale', click_id: await click(60), customer_id: gone, amount: 5_000, currency: 'USD' }, 59);
  await send({ type: 'cancel', customer_id: gone }, 30);
  const back = customer('back');
  await send({ type: 'sale', click_id: await click(40), customer_id: back, amount: 8_000, currency: 'USD' }, 39);
  await send({ type: 'refund', customer_id: back }, 20);
  await send({ type: 'lead', click_id: await click(10), customer_id: LEAD_EMAIL }, 9);
  // Two sales from a cloud provider's network wait for review (datacenter_ip).
  for (const amount of [20_000, 30_000]) {
    const sale = await send(
      { type: 'sale', click_id: await click(3, 16509), amount, currency: 'USD', ip: '203.0.113.9', user_agent: UA },
      2,
    );
    expect(sale.status).toBe('flagged');
    flagged.push(sale.id);
  }
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

async function logIn(user: User): Promise<Page> {
  const page = await e2e.newPage();
  await page.goto('/login');
  await page.locator('input[type="email"]').fill(user.email);
  await page.locator('input[type="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  return page;
}

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

const tableRows = (page: Page) => page.getByRole('table').getByRole('row');

/** Axe and screenshots at 1440 and 375 px in English, then the same in Russian. */
async function inBothLanguages(page: Page, name: string, ruHeading: string | RegExp) {
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await h1(page, ruHeading);
  await checkAxe(page, `${name} (ru)`);
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
}

async function downloaded(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^customers_\d{4}-\d{2}-\d{2}\.csv$/);
  return readFileSync((await file.path())!, 'utf8');
}

test('the advertiser reads its customers with revenue, filters them in the URL and downloads them', async () => {
  const page = await logIn(owner);
  const org = e2e.tenant.org.id;
  await page.goto(`/orgs/${org}/customers`);
  await h1(page, 'Customers');
  await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(5);
  const table = (await page.getByRole('table').textContent()) ?? '';
  expect(table).toContain(LEAD_EMAIL);
  expect(table).toContain('Maria Ivanova');
  expect(table).not.toContain(affiliate.email);
  for (const text of ['MRR', 'Lifetime value', '$120.00', '$220.00', 'Active', 'Cancelled', 'Refunded', 'Lead'])
    expect(table).toContain(text);

  await chooseOption(page.getByTestId('state-filter'), page.getByRole('option', { name: 'Cancelled' }));
  await page.waitForURL(/state=cancelled/);
  await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(2);
  const csv = await downloaded(page);
  expect(csv.split('\r\n')[0]).toContain('external_customer_id');
  expect(csv.trim().split('\r\n')).toHaveLength(2);
  expect(csv).toContain('cancelled');

  await page.goto(`/orgs/${org}/customers`);
  await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(5);
  await inBothLanguages(page, 'customers', 'Клиенты');
  await page.context().close();
}, 180_000);

test('on a phone the filters fold behind a Filters button that counts the URL’s filters', async () => {
  const page = await logIn(owner);
  const org = e2e.tenant.org.id;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`/orgs/${org}/customers?state=cancelled&referred=30d`);
  await h1(page, 'Customers');
  const toggle = page.getByTestId('filters-toggle');
  const count = page.getByTestId('active-filters');
  await toggle.waitFor();
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await count.textContent()).toBe('2');
  expect(await page.getByTestId('state-filter').isVisible()).toBe(false);
  // Folded, the filtered customers are what the first screen shows.
  await page.getByTestId('data-cards').waitFor({ timeout: 30_000 });
  await checkAxe(page, 'customers, filters folded (en, 375)');
  await screenshot(page, 'customers-filters-folded-en-375');

  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await chooseOption(page.getByTestId('state-filter'), page.getByRole('option', { name: 'Active' }));
  await page.waitForURL(/state=active/);
  expect(await count.textContent()).toBe('2');
  await checkAxe(page, 'customers, filters open (en, 375)');
  await screenshot(page, 'customers-filters-open-en-375');
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);

  // The conversions list counts the same way: a period other than the default 30 days is one filter.
  await page.goto(`/orgs/${org}/conversions?range=7d&status=approved&sort=amount`);
  await h1(page, 'Conversions');
  await count.waitFor();
  expect(await count.textContent()).toBe('2');

  // From the phone breakpoint up the fields show as before, with no button.
  await page.setViewportSize({ width: 1440, height: 900 });
  await toggle.waitFor({ state: 'detached' });
  expect(await page.getByTestId('status-filter').isVisible()).toBe(true);
  await page.context().close();
}, 180_000);

test('the affiliate reads the same customers masked and without the advertiser’s revenue', async () => {
  const page = await logIn(affiliate);
  await page.goto(`/affiliate/${e2e.tenant.org.id}/customers`);
  await h1(page, 'Customers');
  await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(5);
  const table = (await page.getByRole('table').textContent()) ?? '';
  expect(table).toContain('j***@gmail.com');
  expect(table).not.toContain('john.smith');
  expect(table).not.toContain('cus_renewing');
  expect(table).not.toContain('MRR');
  expect(table).not.toContain('Lifetime value');
  expect(table).not.toContain('$');
  const csv = await downloaded(page);
  expect(csv.split('\r\n')[0]).toBe(
    'customer_id,customer,referred_at,program_id,program,state,first_sale_at,churned_at',
  );
  expect(csv).toContain('j***@gmail.com');
  expect(csv).not.toContain('john.smith');
  await inBothLanguages(page, 'my-customers', 'Клиенты');
  await page.context().close();
}, 180_000);

test('the owner tags the affiliate, writes a note and sees the evidence behind its flagged sales', async () => {
  const page = await logIn(owner);
  await page.goto(`/orgs/${e2e.tenant.org.id}/affiliates/${enrollmentId}`);
  await h1(page, /Maria Ivanova/);
  expect(await page.getByTestId('profile-avatar').textContent()).toBe('MI');
  await page.getByText(affiliate.email).waitFor();

  await page.getByTestId('tag-input').fill('VIP');
  // Wait for the write itself, so a refusal shows as its status rather than as a tag that never appears.
  const [added] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && /\/affiliates\/[^/]+\/tags$/.test(r.url())),
    page.getByTestId('tag-input').press('Enter'),
  ]);
  expect(added.status(), await added.text()).toBeLessThan(300);
  await page.getByTestId('tag').filter({ hasText: 'vip' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('note-input').fill('Met at the spring conference');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByTestId('note').filter({ hasText: 'Met at the spring conference' }).waitFor({ timeout: 30_000 });
  const [note] = await e2e.db.select().from(s.affiliateNotes).where(eq(s.affiliateNotes.affiliateId, affiliate.userId));
  expect(note).toMatchObject({ organizationId: e2e.tenant.org.id, authorId: owner.userId });

  const fraud = page.getByTestId('profile-fraud');
  await expect.poll(() => fraud.getByRole('row').count(), { timeout: 30_000 }).toBe(3);
  const evidence = (await fraud.textContent()) ?? '';
  expect(evidence).toContain('203.0.113.9');
  expect(evidence).toContain('Chrome');
  expect(evidence).toContain('Datacenter IP');
  expect(evidence).toMatch(/1 hour|60 minutes/);
  await inBothLanguages(page, 'affiliate-profile', /Maria Ivanova/);

  // The affiliate sees none of it.
  const token = await e2e.apiLogIn(affiliate);
  const peek = await e2e.api('GET', `/orgs/${e2e.tenant.org.id}/affiliates/${affiliate.userId}/notes`, token);
  expect(peek.status).toBe(404);
  await page.context().close();
}, 180_000);

test('the owner approves every flagged sale at once after confirming', async () => {
  const page = await logIn(owner);
  await page.goto(`/orgs/${e2e.tenant.org.id}/conversions/review`);
  await h1(page, 'Review queue');
  await expect.poll(() => tableRows(page).count(), { timeout: 30_000 }).toBe(3);
  await page.getByTestId('select-all').check();
  expect(await page.getByTestId('selected-count').textContent()).toBe('2 selected');
  await page.getByRole('button', { name: 'Approve selected' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Approve 2 conversions?' }).waitFor();
  await checkAxe(page, 'bulk approve dialog (en)');
  await shoot(page, 'bulk-approve-dialog-en');
  await dialog.getByRole('button', { name: 'Approve 2 conversions' }).click();
  await page.getByText('2 conversions approved.').waitFor({ timeout: 30_000 });
  await page.getByTestId('empty-state').waitFor({ timeout: 30_000 });
  const rows = await e2e.db.select().from(s.conversions).where(inArray(s.conversions.id, flagged));
  expect(rows.map((r) => r.status)).toEqual(['approved', 'approved']);
  await page.context().close();
}, 180_000);

test('the overview shows the funnel beside the trend, and its top tables fit a 1440 px page', async () => {
  // A long name, as the demo's "KanGrow CRM Trial Partners": names of one advertiser often share their start.
  const longName = 'Mailpilot Partners Programme for Agencies and Resellers';
  const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, e2e.tenant.program.id));
  await e2e.db.update(s.programs).set({ name: longName }).where(eq(s.programs.id, e2e.tenant.program.id));
  const page = await logIn(owner);
  await page.goto(`/orgs/${e2e.tenant.org.id}/`);
  await h1(page, 'Overview');
  await page.getByTestId('funnel').waitFor({ timeout: 30_000 });
  // Each program's whole name shows (wrapped, never cut short), at both widths.
  const nameCell = page.getByTestId('top-programs').getByRole('cell', { name: longName });
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await nameCell.waitFor({ timeout: 30_000 });
    const cut = await nameCell.locator('p').evaluate((el) => {
      const box = el as unknown as {
        scrollWidth: number;
        clientWidth: number;
        scrollHeight: number;
        clientHeight: number;
      };
      return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    });
    expect(cut, `top program name cut at ${width}px`).toBe(false);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await e2e.db.update(s.programs).set({ name: program!.name }).where(eq(s.programs.id, e2e.tenant.program.id));
  for (const id of ['top-programs', 'top-affiliates']) {
    const card = page.getByTestId(id);
    await card.waitFor({ timeout: 30_000 });
    // No sideways scrolling inside the card: the table is as wide as its card allows.
    const overflow = await card.evaluate((el) => {
      const box = el as unknown as { scrollWidth: number; clientWidth: number };
      return box.scrollWidth - box.clientWidth;
    });
    expect(overflow, id).toBeLessThanOrEqual(0);
  }
  const [funnel, chart] = await Promise.all([
    page.getByTestId('funnel').boundingBox(),
    page.getByRole('heading', { level: 2, name: /^By (day|hour)$/ }).boundingBox(),
  ]);
  // Beside, not below: the funnel starts at the chart's height, to its right.
  expect(funnel!.x).toBeGreaterThan(chart!.x + 300);
  expect(Math.abs(funnel!.y - (chart!.y - 17))).toBeLessThan(60);
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await inBothLanguages(page, 'overview', 'Обзор');
  await page.context().close();
}, 180_000);
