import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { readRailFees } from '../workers/services/rail-fees';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The platform console against the real Worker: an admin replays a dead letter in the browser; support staff
// open every platform page and a tenant's console and find nothing that changes anything.

let e2e: E2e;

const PAGES = [
  { path: '/platform/users', en: 'Users', ru: 'Пользователи' },
  { path: '/platform/tenants', en: 'Tenants', ru: 'Клиенты' },
  { path: '/platform/queues', en: 'Queue health', ru: 'Состояние очередей' },
  { path: '/platform/dead-letters', en: 'Dead letters', ru: 'Недоставленные сообщения' },
  { path: '/platform/postbacks', en: 'Postback deliveries', ru: 'Доставка постбэков' },
  { path: '/platform/ledger', en: 'Ledger check', ru: 'Проверка учёта' },
  { path: '/platform/audit-log', en: 'Audit log', ru: 'Журнал аудита' },
  { path: '/platform/settings', en: 'Settings', ru: 'Настройки' },
] as const;

// Every action button of the console, in both languages; support must never see one.
const ACTIONS =
  /^(Replay|Ban|Unban|Approve|Reject|Save settings|Save fees|Set threshold|Повторить|Заблокировать|Разблокировать|Одобрить|Отклонить|Сохранить настройки|Сохранить комиссии|Задать порог)$/;

beforeAll(async () => {
  e2e = await startE2e();
  const [deliveryOrg] = [e2e.tenant];
  await e2e.db.insert(s.postbackDeliveries).values({
    affiliateId: deliveryOrg.affiliate.id,
    organizationId: deliveryOrg.org.id,
    eventType: 'sale',
    eventKey: crypto.randomUUID(),
    url: 'https://tracker.example/pb?key=secret',
    status: 'failed',
    attempts: 6,
    lastStatusCode: 502,
    lastError: 'Bad gateway',
  });
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

async function staff(role: 'platform_admin' | 'support', locale: 'en' | 'ru') {
  const user = await signUpVerified(e2e, { locale });
  await e2e.db.update(s.users).set({ platformRole: role }).where(eq(s.users.id, user.userId));
  return user;
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });

/** The page's data view has settled: a table, an empty state, a result, a form's switch or read-only values. */
const settled = (page: Page) =>
  page
    .locator(
      'table, [data-testid="empty-state"], [data-testid="error-state"], input[role="switch"], [data-testid="read-only-fields"]',
    )
    .first()
    .waitFor({ timeout: 60_000 });

async function deadLetter(queue: string, body: unknown) {
  const [row] = await e2e.db
    .insert(s.deadLetters)
    .values({ queue, messageId: `m-${crypto.randomUUID()}`, body, reason: 'max_retries_exceeded', attempts: 6 })
    .returning();
  return row!;
}

const notification = (userId: string) => ({
  v: 1,
  userId,
  organizationId: null,
  event: 'payout',
  title: 'Paid',
  body: 'Your payout was sent',
  data: {},
  dedupeKey: `payout:${crypto.randomUUID()}`,
});

test('a platform admin replays a dead letter from the browser and sees it marked replayed', async () => {
  const admin = await staff('platform_admin', 'en');
  const letter = await deadLetter('notifications', notification(e2e.tenant.affiliate.id));
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, '/platform/dead-letters?queue=notifications', admin);
  await h1(page, 'Dead letters');
  const row = page.getByRole('row').filter({ hasText: 'max_retries_exceeded' });
  const payload = page.getByRole('dialog', { name: 'Message of the notifications queue' });
  // The first click can land while the table re-renders with the queue list; open until the dialog shows.
  await expect
    .poll(
      async () => {
        if (!(await payload.isVisible())) await row.getByRole('button', { name: 'Details' }).click();
        return payload.isVisible();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(true);
  await expect.poll(() => payload.textContent()).toContain('"event": "payout"');
  await page.keyboard.press('Escape');
  await payload.waitFor({ state: 'hidden' });

  // A re-render keeps a table's cells: after a language switch rebuilt every column, the Replay button is the
  // same element (ui/table/column-template.tsx). Before, each re-render remounted every cell, so a
  // focused button lost its focus, and Enter then did nothing (a failure by chance of the steps below).
  await row.getByRole('button', { name: 'Replay' }).evaluate((el) => {
    (el as unknown as { probe: boolean }).probe = true;
  });
  await switchLanguage(page, 'RU');
  const replayRu = row.getByRole('button', { name: 'Повторить' });
  await replayRu.waitFor();
  expect(await replayRu.evaluate((el) => (el as unknown as { probe?: boolean }).probe)).toBe(true);
  await switchLanguage(page, 'EN');

  // Keyboard only: focus the row's Replay button, open the dialog, confirm with Enter on the focused button.
  await row.getByRole('button', { name: 'Replay' }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Replay this message?' });
  await confirm.waitFor();
  await checkAxe(page, 'replay dialog (en)');
  await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Replay');
  await page.keyboard.press('Enter');
  await confirm.waitFor({ state: 'hidden', timeout: 30_000 });
  await row.getByText('Replayed', { exact: true }).waitFor({ timeout: 30_000 });
  expect(await row.getByRole('button', { name: 'Replay' }).count()).toBe(0);
  const [stored] = await e2e.db.select().from(s.deadLetters).where(eq(s.deadLetters.id, letter.id));
  expect(stored!.replayedById).toBe(admin.userId);
  expect(stored!.replayedAt).not.toBeNull();

  for (const { path, en } of PAGES) {
    await page.goto(path);
    await h1(page, en);
    if (path !== '/platform/queues' && path !== '/platform/ledger') await settled(page);
    else await page.getByRole('alert').or(page.getByRole('table')).first().waitFor({ timeout: 60_000 });
    await checkAxe(page, `${path} (en)`);
    await shoot(page, `${path.split('/').pop()}-en`);
  }
  // Owners and admins get the actions support never sees.
  await page.goto('/platform/postbacks?status=failed');
  await page.getByRole('button', { name: 'Replay' }).first().waitFor({ timeout: 60_000 });
  await page.goto('/platform/users');
  await page.getByRole('button', { name: 'Ban' }).first().waitFor({ timeout: 60_000 });
}, 600_000);

test('affiliate review concerns affiliate accounts only; an admin rejects one with a reason and sets auto-approval', async () => {
  const admin = await staff('platform_admin', 'en');
  const advertiser = await signUpVerified(e2e, { accountType: 'advertiser' });
  const waiting = await signUpVerified(e2e);
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/platform/users?q=${encodeURIComponent(advertiser.email)}`, admin);
  await h1(page, 'Users');
  // Advertiser and platform staff show no affiliate status and no affiliate actions.
  const advertiserRow = page.getByRole('row').filter({ hasText: advertiser.email });
  await advertiserRow.getByRole('button', { name: 'Ban' }).waitFor({ timeout: 60_000 });
  expect(await advertiserRow.getByRole('button', { name: /^(Approve|Reject)$/ }).count()).toBe(0);
  expect(await advertiserRow.getByText(/Awaiting approval|Not approved/i).count()).toBe(0);
  await page.goto(`/platform/users?q=${encodeURIComponent(admin.email)}`);
  const adminRow = page.getByRole('row').filter({ hasText: admin.email });
  await adminRow.waitFor({ timeout: 60_000 });
  expect(await adminRow.getByRole('button', { name: /^(Approve|Reject)$/ }).count()).toBe(0);
  expect(await adminRow.getByText(/Awaiting approval|Not approved/i).count()).toBe(0);

  // A waiting affiliate is reviewable; the reason goes to the affiliate.
  await page.goto('/platform/users?affiliateStatus=pending');
  const row = page.getByRole('row').filter({ hasText: waiting.email });
  await row.getByText('Awaiting approval').waitFor({ timeout: 60_000 });
  await row.getByRole('button', { name: 'Approve' }).waitFor();
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'users awaiting review (en)');
  await shoot(page, 'users-pending-en');
  await row.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject this affiliate?' });
  await dialog.getByText('Optional; the affiliate reads it').waitFor();
  await dialog.getByLabel('Reason').fill('No website or audience described');
  await checkAxe(page, 'reject dialog (en)');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  await expect
    .poll(
      async () =>
        (await e2e.db.select().from(s.users).where(eq(s.users.id, waiting.userId)))[0]?.affiliateRejectionReason,
    )
    .toBe('No website or audience described');
  await page.goto(`/platform/users?q=${encodeURIComponent(waiting.email)}`);
  const rejectedRow = page.getByRole('row').filter({ hasText: waiting.email });
  await rejectedRow.getByText('Affiliate rejected').waitFor({ timeout: 60_000 });
  // Staff may reconsider: Approve stays, Reject does not.
  await rejectedRow.getByRole('button', { name: 'Approve' }).waitFor();
  expect(await rejectedRow.getByRole('button', { name: 'Reject' }).count()).toBe(0);

  // An account an advertiser imported asked the platform for nothing: active in its program, nothing to approve.
  const importedEmail = `imported-${Date.now().toString(36)}@example.com`;
  const [imported] = await e2e.db.insert(s.users).values({ email: importedEmail, firstName: 'Ivan' }).returning();
  const [enrollment] = await e2e.db
    .insert(s.enrollments)
    .values({
      programId: e2e.tenant.program.id,
      affiliateId: imported!.id,
      organizationId: e2e.tenant.org.id,
      status: 'active',
      refCode: `imp${Date.now().toString(36)}`,
      appliedAt: new Date(),
      approvedAt: new Date(),
    })
    .returning();
  const [job] = await e2e.db
    .insert(s.importJobs)
    .values({ organizationId: e2e.tenant.org.id, source: 'csv', options: {} as never })
    .returning();
  await e2e.db.insert(s.importItems).values({
    jobId: job!.id,
    organizationId: e2e.tenant.org.id,
    kind: 'affiliate',
    externalId: '1',
    data: {},
    outcome: 'create',
    resultId: enrollment!.id,
  });
  await page.goto(`/platform/users?q=${encodeURIComponent(importedEmail)}`);
  const importedRow = page.getByRole('row').filter({ hasText: importedEmail });
  await importedRow.getByText('Imported by an advertiser').waitFor({ timeout: 60_000 });
  await importedRow.getByText('Active in 1 program').waitFor();
  expect(await importedRow.getByText(/Awaiting approval|Email not verified/).count()).toBe(0);
  expect(await importedRow.getByRole('button', { name: /^(Approve|Reject)$/ }).count()).toBe(0);
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'users imported (en)');
  await shoot(page, 'users-imported-en');

  // Settings: a value out of range is shown as an error and blocks saving; it is never changed.
  await page.goto('/platform/settings');
  await h1(page, 'Settings');
  const days = page.getByLabel('Expected review time, business days');
  await days.fill('0');
  await page.getByText('Enter a whole number of days from 1 to 30.').waitFor();
  expect(await days.inputValue()).toBe('0');
  const save = page.getByRole('button', { name: 'Save settings' });
  expect(await save.isDisabled()).toBe(true);
  await days.fill('3');
  // Keyboard: Space turns the focused switch on.
  const auto = page.getByRole('switch', { name: 'Approve new affiliates automatically' });
  await auto.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => auto.isChecked()).toBe(true);
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'settings (en)');
  await shoot(page, 'settings-en');
  await save.click();
  await page.getByText('Settings saved.').waitFor({ timeout: 30_000 });
  const [settings] = await e2e.db.select().from(s.platformSettings);
  expect(settings).toMatchObject({ affiliateAutoApproval: true, affiliateReviewDays: 3 });
  // Back to manual review, so the other tests see the default behaviour.
  await e2e.db.update(s.platformSettings).set({ affiliateAutoApproval: false, affiliateReviewDays: 2 });

  // The 1099-NEC threshold of an indexed year: the law's years are listed, not offered; a bad amount is said,
  // then 2,050.00 for the first settable year is saved from the keyboard and listed as the platform's.
  const thresholds = page.getByTestId('form-1099-thresholds');
  await thresholds.getByTestId('threshold-row').filter({ hasText: '2026' }).getByText('Law').waitFor();
  const firstYear = String(Math.max(2027, new Date().getUTCFullYear()));
  expect(await thresholds.getByTestId('threshold-year').inputValue()).toBe(firstYear);
  const amount = thresholds.getByLabel('Threshold');
  await amount.fill('12.345');
  await amount.press('Enter');
  await thresholds.getByText('Enter an amount in dollars above zero, with at most two decimals.').waitFor();
  await amount.fill('2050.00');
  await amount.press('Enter');
  await page.getByText(`The ${firstYear} threshold is now $2,050.00.`).waitFor({ timeout: 30_000 });
  const setRow = thresholds.getByTestId('threshold-row').filter({ hasText: firstYear });
  await setRow.getByText('Platform').waitFor({ timeout: 30_000 });
  expect(await setRow.textContent()).toContain('$2,050.00');
  const [stored] = await e2e.db.select().from(s.form1099Thresholds);
  expect(stored).toMatchObject({ year: Number(firstYear), amountMinor: 205_000 });
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'settings with 1099 thresholds (en)');
  await shoot(page, 'settings-thresholds-en');

  // The platform's default rail fees (the advertiser's rail fees form): each rail says its list price while
  // off; Stripe gets a default from the keyboard, a bad cap blocks saving, and the saved default is what an
  // organization without its own fee now pays. Switched off again, the list prices apply.
  const fees = page.getByTestId('platform-rail-fees');
  const stripeFee = fees.getByTestId('rail-fee-stripe');
  await fees
    .getByTestId('rail-fee-paypal')
    .getByText('Off: the list price applies, 2.00 %, at most $20.00 on USD items')
    .waitFor();
  const stripeSwitch = stripeFee.getByRole('switch', { name: 'Platform default for Stripe' });
  await stripeSwitch.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => stripeSwitch.isChecked()).toBe(true);
  await stripeFee.getByText('Organizations without their own fee pay this.').waitFor();
  await stripeFee.getByLabel('Percent').fill('0.5');
  // Money typed as money: the fixed part in the item's currency, the cap with at most two decimals.
  await stripeFee.getByLabel("Fixed part (in the item's currency)").fill('0.30');
  await stripeFee.getByLabel('Cap (optional)').fill('1.555');
  await stripeFee.getByText('An amount such as 0.25 (at most two decimals).').waitFor();
  const saveFees = fees.getByRole('button', { name: 'Save fees' });
  expect(await saveFees.isDisabled()).toBe(true);
  await stripeFee.getByLabel('Cap (optional)').fill('');
  await saveFees.click();
  await fees.getByRole('status').getByText('Fees saved.').waitFor({ timeout: 30_000 });
  const stripeDefault = { bps: 50, fixedMinor: 30, capMinor: null, capCurrency: null };
  expect((await e2e.db.select().from(s.platformSettings))[0]?.railFees).toEqual({ stripe: stripeDefault });
  const orgFees = await readRailFees({
    ctx: { db: e2e.db, config: {} as Config, now: new Date(), log: createLogger() },
    input: { organizationId: e2e.tenant.org.id },
  });
  expect(orgFees).toMatchObject({
    fees: { stripe: stripeDefault },
    source: { paypal: 'built_in', stripe: 'platform' },
  });
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'settings with rail fees (en)');
  await shoot(page, 'settings-rail-fees-en');
  await page.reload();
  await h1(page, 'Settings');
  await expect.poll(() => stripeSwitch.isChecked()).toBe(true);
  expect(await stripeFee.getByLabel('Percent').inputValue()).toBe('0.50');
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
  await thresholds.getByText('Пороги отчётности 1099-NEC').waitFor();
  await setRow.getByText('Платформа').waitFor();
  await fees.getByText('Комиссии выплат по умолчанию').waitFor();
  await fees.getByRole('switch', { name: 'Значение платформы для PayPal' }).waitFor();
  await checkAxe(page, 'settings with 1099 thresholds (ru)');
  await shoot(page, 'settings-thresholds-ru');
  await switchLanguage(page, 'EN');
  // Stripe back to its list price: no rail set, no platform default at all.
  await stripeSwitch.click();
  await saveFees.click();
  await expect
    .poll(async () => (await e2e.db.select().from(s.platformSettings))[0]?.railFees, { timeout: 30_000 })
    .toBeNull();
}, 600_000);

test('support opens every platform page and a tenant console in Russian and finds no action', async () => {
  await deadLetter('clicks', { v: 1, id: 'x' });
  const support = await staff('support', 'ru');
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, '/platform/users', support);
  await page.getByRole('heading', { level: 1, name: /^(Users|Пользователи)$/ }).waitFor({ timeout: 60_000 });
  await page.getByTestId('language-switch').getByText('RU').click();
  for (const { path, ru } of PAGES) {
    await page.goto(path);
    await h1(page, ru);
    if (path !== '/platform/queues' && path !== '/platform/ledger') await settled(page);
    else await page.getByRole('alert').or(page.getByRole('table')).first().waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: ACTIONS }).count(), path).toBe(0);
    await checkAxe(page, `${path} (ru)`);
    await shoot(page, `${path.split('/').pop()}-ru`);
  }
  // The awaiting clicks letter and the failed postback would offer Replay to an admin.
  await page.goto('/platform/dead-letters?replayed=false');
  await page.getByText('Ждёт повтора').first().waitFor({ timeout: 60_000 });
  expect(await page.getByRole('button', { name: ACTIONS }).count()).toBe(0);

  await page.goto('/platform/tenants');
  await page.getByRole('link', { name: e2e.tenant.org.name }).first().click();
  await page.getByText('Вы просматриваете организацию как поддержка платформы').waitFor({ timeout: 60_000 });
  expect(new URL(page.url()).pathname).toBe(`/orgs/${e2e.tenant.org.id}`);
  await checkAxe(page, 'tenant console (ru)');
  await shoot(page, 'tenant-console-ru');
}, 600_000);
