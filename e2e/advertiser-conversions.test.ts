import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import { fingerprint } from '../workers/domain/fingerprint';
import { signatureHeader } from '../workers/domain/request-signature';
import { checkAxe, type E2e, screenshot, settle, shoot, signUpVerified, startE2e, switchLanguage } from './harness';
import { chooseOption } from './choose-option';

// The advertiser's conversion review against the real Worker: two sales reported through the signed inbound
// API for clicks from a datacenter network are flagged; the owner rejects one in the review queue (the
// affiliate's held amount goes), approves the other, and reads its explanation; support staff only read.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;
let support: User;
let affiliate: User;
const flagged: string[] = [];
let appKey: { key: string; signingSecret: string };
let enrollmentRow: { id: string; refCode: string };
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const AWS_ASN = 16509;

const api: E2e['api'] = (...args) => e2e.api(...args);
const apiLogIn: E2e['apiLogIn'] = (user) => e2e.apiLogIn(user);

async function logIn(user: User, locale: 'en' | 'ru' = 'en'): Promise<Page> {
  const page = await e2e.newPage({ locale });
  await page.goto('/login');
  await page.locator('input[type="email"]').fill(user.email);
  await page.locator('input[type="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  return page;
}

async function h1(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  e2e = await startE2e();
  const { db, tenant } = e2e;
  [owner, support, affiliate] = await Promise.all([signUpVerified(e2e), signUpVerified(e2e), signUpVerified(e2e)]);
  await db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  await db.update(s.users).set({ platformRole: 'support' }).where(eq(s.users.id, support.userId));
  await db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, affiliate.userId));
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: affiliate.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `rev-${randomBytes(3).toString('hex')}`,
    })
    .returning();
  const ownerToken = await apiLogIn(owner);
  const key = await api('POST', `/orgs/${tenant.org.id}/apps/${tenant.app.id}/api-keys`, ownerToken, { name: 'e2e' });
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  appKey = key.body;
  enrollmentRow = enrollment!;
  for (const amount of [10_000, 20_000]) {
    // Clicks from a cloud provider's network: the conversion they lead to waits for review (datacenter_ip).
    const at = Date.now() - 2 * 3_600_000;
    const clickId = uuidv7(at);
    await db.insert(s.clicks).values({
      id: clickId,
      clickedAt: new Date(at),
      linkForm: 'aff_path',
      code: enrollment!.refCode,
      status: 'accepted',
      isUnique: true,
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: enrollment!.id,
      affiliateId: affiliate.userId,
      ip: '203.0.113.9',
      userAgent: UA,
      fingerprint: await fingerprint(UA, 'en-US'),
      asn: AWS_ASN,
      isBot: false,
      country: 'DE',
      deviceType: 'desktop',
      sub1: 'spring',
      landingUrl: 'https://app.example/',
    });
    const body = new TextEncoder().encode(
      JSON.stringify({
        event_id: `order-${randomBytes(4).toString('hex')}`,
        type: 'sale',
        click_id: clickId,
        amount,
        currency: 'USD',
      }),
    );
    const res = await fetch(`${e2e.baseUrl}/api/v1/conversions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key.body.key}`,
        'content-type': 'application/json',
        'x-ae-signature': await signatureHeader(key.body.signingSecret, Math.floor(Date.now() / 1000), body),
      },
      body,
    });
    const outcome = (await res.json()) as { conversion: { id: string; status: string; fraudFlags: string[] } };
    expect(res.status, JSON.stringify(outcome)).toBe(201);
    expect(outcome.conversion.status).toBe('flagged');
    expect(outcome.conversion.fraudFlags).toContain('datacenter_ip');
    flagged.push(outcome.conversion.id);
  }
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

const orgPath = (rest: string) => `/orgs/${e2e.tenant.org.id}/${rest}`;

test('the owner reviews the flagged sale, sees its signals and rejects it; the affiliate’s held amount goes', async () => {
  const affiliateToken = await apiLogIn(affiliate);
  const held = async () => {
    const res = await api('GET', '/affiliate/balances', affiliateToken);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.find((b: { organizationId: string }) => b.organizationId === e2e.tenant.org.id)?.holdMinor;
  };
  expect(await held()).toBe(9000);

  const page = await logIn(owner);
  await page.goto(orgPath('conversions/review'));
  await h1(page, 'Review queue');
  const rows = page.getByRole('table').getByRole('row');
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3);
  expect(await page.getByTestId('fraud-flags').first().textContent()).toContain('Datacenter IP');
  // Each item names its program and the commission it would pay (30 % of $200.00 and of $100.00).
  const queue = await page.getByRole('table').textContent();
  expect(queue).toContain(e2e.tenant.program.name);
  expect(queue).toContain('$60.00');
  expect(queue).toContain('$30.00');
  await checkAxe(page, 'review queue (en)');
  await shoot(page, 'review-en');

  // The smaller sale (the older one, listed last) is rejected with the keyboard alone.
  const rejectButtons = page.getByRole('button', { name: /^Reject the conversion of/ });
  await rejectButtons.last().focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Reject this conversion?' }).waitFor();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await dialog.getByText('Say why the conversion is rejected.').waitFor();
  await checkAxe(page, 'reject dialog (en)');
  await screenshot(page, 'reject-dialog-en-1440');
  await dialog.getByRole('textbox', { name: /Reason/ }).fill('Traffic from a hosting network');
  await dialog.getByRole('button', { name: 'Reject conversion' }).click();
  await page.getByText('Conversion rejected.').waitFor({ timeout: 30_000 });
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);

  await expect.poll(held, { timeout: 30_000 }).toBe(6000);
  const [rejected] = await e2e.db.select().from(s.conversions).where(eq(s.conversions.id, flagged[0]!));
  expect(rejected!.status).toBe('rejected');
  expect(rejected!.rejectReason).toBe('Traffic from a hosting network');

  // The list carries its filters in the URL.
  await page.goto(orgPath('conversions?status=rejected'));
  await h1(page, 'Conversions');
  await expect.poll(() => page.getByRole('table').getByRole('row').count(), { timeout: 30_000 }).toBe(2);
  await page.goto(orgPath('conversions'));
  await expect.poll(() => page.getByRole('table').getByRole('row').count(), { timeout: 30_000 }).toBe(3);
  await checkAxe(page, 'conversions (en)');
  await shoot(page, 'conversions-en');
  await page.context().close();
}, 180_000);

test('an approved conversion’s explanation shows its click, path and commission lines', async () => {
  const page = await logIn(owner);
  await page.goto(orgPath(`conversions/${flagged[1]}`));
  await h1(page, 'Conversion explained');
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve conversion' }).click();
  await page.getByText('Conversion approved.').waitFor({ timeout: 30_000 });
  const event = page.getByTestId('event-facts');
  await expect.poll(() => event.textContent(), { timeout: 30_000 }).toContain('Approved');
  await page.getByTestId('click-facts').waitFor();
  expect(await page.getByTestId('click-facts').textContent()).toContain('sub1=spring');
  expect(await page.getByTestId('attribution-path').textContent()).toContain('Matched');
  const lines = page.getByTestId('commission-line');
  expect(await lines.count()).toBe(1);
  const line = await lines.first().textContent();
  expect(line).toContain('$60.00');
  expect(line).toContain('$200.00');
  expect(line).toContain('30%');
  expect(line).toContain(affiliate.email);
  // Only a flagged conversion can be approved; reject stays possible.
  await expect.poll(() => page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);
  await checkAxe(page, 'explanation (en)');
  await shoot(page, 'explanation-en');

  await page.goto(orgPath('stats'));
  await h1(page, 'Statistics');
  await expect
    .poll(() => page.getByTestId('card-revenue-USD').getByTestId('value').textContent(), { timeout: 30_000 })
    .toMatch(/\$/);
  await checkAxe(page, 'stats (en)');
  await shoot(page, 'stats-en');

  await e2e.db.insert(s.postbackDeliveries).values({
    affiliateId: affiliate.userId,
    organizationId: e2e.tenant.org.id,
    eventType: 'sale',
    eventKey: `${flagged[1]}:e2e`,
    conversionId: flagged[1]!,
    programId: e2e.tenant.program.id,
    occurredAt: new Date(Date.now() - 3_600_000),
    url: 'https://tracker.example.com/pb?key=secret',
    status: 'failed',
    attempts: 1,
    lastStatusCode: 503,
    lastLatencyMs: 240,
    lastError: 'HTTP 503: Service Unavailable',
  });
  await page.goto(orgPath('postbacks'));
  await h1(page, 'Outbound postbacks');
  // Each delivery says when its event happened and of which program; the log sorts by that, or as chosen.
  const log = page.getByRole('table');
  await log.getByRole('columnheader', { name: 'Happened' }).waitFor();
  await log.getByRole('columnheader', { name: 'Program' }).waitFor();
  await log.getByRole('cell', { name: e2e.tenant.program.name }).first().waitFor();
  await chooseOption(page.getByTestId('sort-select'), page.getByRole('option', { name: 'First sent first' }));
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('createdAt');
  await log.getByRole('cell', { name: e2e.tenant.program.name }).first().waitFor();
  await page.goto(orgPath('postbacks'));
  await h1(page, 'Outbound postbacks');
  await page
    .getByRole('button', { name: /^Details of the postback of/ })
    .first()
    .click();
  const drawer = page.getByTestId('delivery-drawer');
  await drawer.waitFor();
  expect(await drawer.textContent()).toContain('tracker.example.com');
  expect(await drawer.textContent()).not.toContain('secret');
  expect(new URL(page.url()).searchParams.get('delivery')).toMatch(/^[0-9a-f-]{36}$/);
  // axe measures colours mid-way through the drawer's fade-in otherwise: waited out, not a fixed time.
  await settle(page);
  await checkAxe(page, 'postback drawer (en)');
  await screenshot(page, 'postback-drawer-en-1440');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  await expect.poll(() => new URL(page.url()).searchParams.get('delivery')).toBeNull();
  await settle(page);
  await checkAxe(page, 'postbacks (en)');
  await shoot(page, 'postbacks-en');

  // Russian (the harness's switch waits for the saved profile and the page's language).
  await switchLanguage(page, 'RU');
  await h1(page, 'Исходящие постбэки');
  await checkAxe(page, 'postbacks (ru)');
  await shoot(page, 'postbacks-ru');
  for (const [path, heading, name] of [
    ['conversions', 'Конверсии', 'conversions'],
    ['conversions/review', 'Очередь проверки', 'review'],
    [`conversions/${flagged[1]}`, 'Разбор конверсии', 'explanation'],
    ['stats', 'Статистика', 'stats'],
  ] as const) {
    await page.goto(orgPath(path));
    await h1(page, heading);
    await page.waitForLoadState('networkidle');
    await checkAxe(page, `${name} (ru)`);
    await shoot(page, `${name}-ru`);
  }
  await page.context().close();
}, 240_000);

test('support staff read the queue and the explanation without any approve or reject', async () => {
  await e2e.db.update(s.conversions).set({ status: 'flagged' }).where(eq(s.conversions.id, flagged[1]!));
  const page = await logIn(support);
  await page.goto(orgPath('conversions/review'));
  await h1(page, 'Review queue');
  await expect.poll(() => page.getByRole('table').getByRole('row').count(), { timeout: 30_000 }).toBe(2);
  expect(await page.getByRole('button', { name: /Approve|Reject/ }).count()).toBe(0);
  await page.goto(orgPath(`conversions/${flagged[1]}`));
  await h1(page, 'Conversion explained');
  await page.getByTestId('commission-line').first().waitFor();
  expect(await page.getByRole('button', { name: /Approve|Reject/ }).count()).toBe(0);
  await page.context().close();
});

test('a Stripe refund waiting for invoice_payment.paid shows in the review queue and on the app’s Stripe status', async () => {
  const { db, tenant } = e2e;
  const receivedAt = new Date(Date.now() - 3_600_000);
  // An endpoint on a 2025-03-31+ API version that delivers invoice.paid but was never subscribed to
  // invoice_payment.paid, and a refund of one of its invoice payments, waiting for its sale.
  await db.insert(s.stripeEventTypes).values([
    { appId: tenant.app.id, eventType: 'invoice.paid', apiVersion: '2025-03-31.basil' },
    { appId: tenant.app.id, eventType: 'charge.refunded', apiVersion: '2025-03-31.basil' },
  ]);
  await db.insert(s.conversions).values({
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    eventId: `evt_e2e_${randomBytes(4).toString('hex')}`,
    source: 'stripe',
    eventType: 'refund',
    orderId: 'pi_e2e_waiting',
    amountMinor: 4900,
    currency: 'USD',
    status: 'pending',
    attributionTrace: [{ step: 'sale', outcome: 'waiting_for_sale' }],
    occurredAt: receivedAt,
    receivedAt,
  });

  // An earlier test left the owner's profile in Russian; this one reads the page in English first.
  await db.update(s.users).set({ locale: 'en' }).where(eq(s.users.email, owner.email));
  const page = await logIn(owner);
  await page.goto(orgPath('conversions/review'));
  await h1(page, 'Review queue');
  const waiting = page.getByTestId('waiting-refunds');
  await waiting.waitFor({ timeout: 30_000 });
  expect(await waiting.textContent()).toContain('1 Stripe refund is waiting for the sale it refunds');
  expect(await waiting.textContent()).toContain('pi_e2e_waiting');
  expect(await waiting.textContent()).toContain('invoice_payment.paid never arrived');
  expect(await waiting.textContent()).toContain('add invoice_payment.paid to this app');
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'waiting refunds (en)');
  await shoot(page, 'waiting-refunds-en');

  await page.goto(orgPath(`apps/${tenant.app.id}`));
  const alert = page.getByTestId('stripe-link-missing');
  await alert.waitFor({ timeout: 30_000 });
  expect(await alert.textContent()).toContain('Refunds cannot find their sale');
  const types = page.getByTestId('stripe-event-types');
  expect(await types.textContent()).toContain('Never received');
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'stripe status (en)');
  await shoot(page, 'stripe-status-en');

  await page.getByTestId('language-switch').getByText('RU').click();
  await page.getByText('Возвраты не находят свои продажи').waitFor({ timeout: 30_000 });
  await checkAxe(page, 'stripe status (ru)');
  await shoot(page, 'stripe-status-ru');
  await page.goto(orgPath('conversions/review'));
  await h1(page, 'Очередь проверки');
  await page.getByTestId('waiting-refunds').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('waiting-refunds').textContent()).toContain('ждёт продажу');
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'waiting refunds (ru)');
  await shoot(page, 'waiting-refunds-ru');
  await page.context().close();
}, 180_000);

/** A clean sale for the review affiliate, clicked an hour before it happened, reported now. */
async function reportSale(occurredAt: Date, amount: number): Promise<string> {
  const { db, tenant } = e2e;
  const at = occurredAt.getTime() - 3_600_000;
  const clickId = uuidv7(at);
  await db.insert(s.clicks).values({
    id: clickId,
    clickedAt: new Date(at),
    linkForm: 'aff_path',
    code: enrollmentRow.refCode,
    status: 'accepted',
    isUnique: true,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollmentRow.id,
    affiliateId: affiliate.userId,
    ip: '198.51.100.20',
    userAgent: UA,
    fingerprint: await fingerprint(UA, 'en-US'),
    asn: 3320,
    isBot: false,
    country: 'DE',
    deviceType: 'desktop',
    landingUrl: 'https://app.example/',
  });
  const body = new TextEncoder().encode(
    JSON.stringify({
      event_id: `sorted-${randomBytes(4).toString('hex')}`,
      type: 'sale',
      click_id: clickId,
      amount,
      currency: 'USD',
      occurred_at: occurredAt.toISOString(),
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
  const outcome = (await res.json()) as { conversion: { id: string } };
  expect(res.status, JSON.stringify(outcome)).toBe(201);
  return outcome.conversion.id;
}

test('the conversions list reads by when each sale happened, shows its program, and sorts on request', async () => {
  // Received in the order of the issue (the 15th, 8th, 3rd, 18th, 29th of the month before): listed by date.
  const day = (n: number) => new Date(Date.now() - n * 86_400_000);
  const received: [number, number][] = [
    [9, 11_100],
    [16, 22_200],
    [21, 33_300],
    [6, 44_400],
    [26, 55_500],
  ];
  for (const [ago, amount] of received) await reportSale(day(ago), amount);
  // An earlier test switched the owner to Russian, and the profile's language wins at sign-in.
  await e2e.db.update(s.users).set({ locale: 'en' }).where(eq(s.users.id, owner.userId));
  const page = await logIn(owner);
  await page.goto(orgPath('conversions?status=pending'));
  await h1(page, 'Conversions');
  const table = page.getByRole('table');
  await table.getByRole('columnheader', { name: 'Program' }).waitFor();
  const amounts = async () =>
    (await table.getByRole('row').allTextContents())
      .slice(1)
      .map((text) => text.match(/\$(\d{3})\.00/)?.[1])
      .filter(Boolean);
  await expect.poll(amounts, { timeout: 30_000 }).toEqual(['444', '111', '222', '333', '555']);
  expect(await table.textContent()).toContain(e2e.tenant.program.name);

  await chooseOption(page.getByTestId('sort-select'), page.getByRole('option', { name: 'Oldest first' }));
  await expect.poll(amounts, { timeout: 30_000 }).toEqual(['555', '333', '222', '111', '444']);
  expect(page.url()).toContain('sort=occurredAt');
  await chooseOption(page.getByTestId('sort-select'), page.getByRole('option', { name: 'Largest amount first' }));
  await expect.poll(amounts, { timeout: 30_000 }).toEqual(['555', '444', '333', '222', '111']);
  await checkAxe(page, 'conversions sorted (en)');
  await shoot(page, 'conversions-sorted-en');
  await page.context().close();
}, 180_000);
