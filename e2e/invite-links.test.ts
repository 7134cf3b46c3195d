import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, mailedLink, shoot, signUpVerified, startE2e } from './harness';
import { chooseOption } from './choose-option';

// Recruiting through an invite link against the real Worker: the advertiser creates a link for an invite-only
// program on the Invite links page; a new affiliate opens it, signs up, confirms the email, logs in and
// lands in the program, enrolled with the link's rate.

let e2e: E2e;
let joinPath = '';

beforeAll(async () => {
  e2e = await startE2e();
  // The tenant's program only takes affiliates by invitation: the link is the one way in.
  await e2e.db.update(s.programs).set({ visibility: 'invite_only' }).where(eq(s.programs.id, e2e.tenant.program.id));
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

const h1 = (target: Page, name: string | RegExp) =>
  target.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

test('the advertiser creates an invite link and sees it listed with its uses, in English and Russian', async () => {
  const owner = await signUpVerified(e2e, { accountType: 'affiliate' });
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/invites`, owner);
  await h1(page, 'Invite links');
  await page.getByText('No invite links yet').waitFor();

  const label = `Spring newsletter ${randomBytes(2).toString('hex')}`;
  await page.getByLabel('Label').fill(label);
  await chooseOption(
    page.getByRole('combobox', { name: 'Joins' }),
    page.getByRole('option', { name: e2e.tenant.program.name, exact: true }),
  );
  await page.getByLabel('Maximum uses').fill('5');
  await page.getByLabel('Commission rate override, %').fill('40');
  await page.getByRole('button', { name: 'Create link' }).click();
  await page.getByText('Link created.').waitFor();
  const row = page.getByRole('row', { name: new RegExp(label) });
  await row.getByText('0 of 5').waitFor();
  await row.getByText('Active').waitFor();
  const href = await row.getByRole('link').getAttribute('href');
  joinPath = new URL(href!).pathname;
  expect(joinPath).toMatch(/^\/join\/[0-9A-Z]{20}$/);
  await page.mouse.move(600, 30);
  await checkAxe(page, 'invite links (en)');
  await shoot(page, 'invite-links-en');

  // The revoke dialog asks first.
  await row.getByRole('button', { name: `Revoke: ${label}` }).click();
  await page.getByRole('dialog', { name: 'Revoke this invite link?' }).waitFor();
  await checkAxe(page, 'revoke dialog (en)');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The same page in Russian, through the language switch (saved to the profile).
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByTestId('language-switch').getByText('RU').click();
  expect((await saved).status()).toBe(200);
  await h1(page, 'Ссылки-приглашения');
  await page
    .getByRole('row', { name: new RegExp(label) })
    .getByText('0 из 5')
    .waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'invite links (ru)');
  await shoot(page, 'invite-links-ru');
}, 300_000);

test('a new affiliate opens the link, signs up, confirms the email, logs in and lands enrolled', async () => {
  expect(joinPath).not.toBe('');
  const page = await e2e.newPage({ locale: 'en' });
  await page.goto(joinPath);
  await h1(page, 'Join an affiliate program');
  await page.getByText(e2e.tenant.program.name, { exact: true }).waitFor();
  await page.getByText('Your rate: 40%').waitFor();
  await checkAxe(page, 'join page (en)');
  await shoot(page, 'join-en');

  const email = `recruit-${Date.now().toString(36)}-${randomBytes(2).toString('hex')}@example.com`;
  const password = 'correct horse battery';
  await page.getByLabel('First name').fill('Rita');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('After you confirm your email you are enrolled automatically').waitFor();
  await checkAxe(page, 'join page, check inbox (en)');

  await page.goto(await mailedLink(e2e, email, 'verify_email'));
  await page.getByText(`${email} is confirmed, and you are signed in`).waitFor();
  // Signed in by the link: the advertiser's programs list the program joined.
  await page.goto(`/affiliate/${e2e.tenant.org.id}/programs`);
  await page.waitForURL(new RegExp(`/affiliate/${e2e.tenant.org.id}/programs`), { timeout: 30_000 });
  await page.getByText(e2e.tenant.program.name, { exact: true }).first().waitFor();
  await shoot(page, 'joined-programs-en');

  const [user] = await e2e.db.select().from(s.users).where(eq(s.users.email, email));
  const enrollments = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, user!.id));
  expect(enrollments).toEqual([
    expect.objectContaining({ programId: e2e.tenant.program.id, status: 'active', rateOverrideBps: 4000 }),
  ]);
  const [link] = await e2e.db
    .select()
    .from(s.registrationLinks)
    .where(eq(s.registrationLinks.code, joinPath.split('/').pop()!));
  expect(link!.usesCount).toBe(1);

  // In Russian, and once the link is revoked, the page says why nobody can join.
  const ru = await e2e.newPage({ locale: 'ru', width: 375 });
  await ru.goto(joinPath);
  await h1(ru, 'Присоединиться к партнёрской программе');
  await ru.getByRole('button', { name: 'Зарегистрироваться' }).waitFor();
  await checkAxe(ru, 'join page (ru)');
  await shoot(ru, 'join-ru');
  await e2e.db.update(s.registrationLinks).set({ revokedAt: new Date() }).where(eq(s.registrationLinks.id, link!.id));
  await ru.reload();
  await ru.getByText('Рекламодатель отозвал эту ссылку-приглашение.').waitFor();
  await checkAxe(ru, 'join page revoked (ru)');
  await shoot(ru, 'join-revoked-ru');
}, 300_000);

test('an out-of-range rate, hold or use count stays as typed, shows its error and blocks saving', async () => {
  const owner = await signUpVerified(e2e, { accountType: 'affiliate' });
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/invites`, owner);
  await h1(page, 'Invite links');
  const before = await e2e.db.select().from(s.registrationLinks);

  await page.getByLabel('Label').fill('Out of range');
  const rate = page.getByLabel('Commission rate override, %');
  const hold = page.getByLabel('Hold override, days');
  const uses = page.getByLabel('Maximum uses');
  // −3 used to become 0 when the field lost focus, and the link was saved with 0 % for the whole organization.
  await rate.fill('-3');
  await hold.fill('-1');
  await uses.fill('0');
  await page.getByLabel('Label').focus();
  await page.getByText('Enter a rate from 0 to 100').waitFor();
  await page.getByText('Enter a whole number of days from 0 to 3650').waitFor();
  await page.getByText('Enter a whole number from 1 to 1,000,000').waitFor();
  expect(await rate.inputValue()).toBe('-3');
  expect(await hold.inputValue()).toBe('-1');
  expect(await uses.inputValue()).toBe('0');

  await page.getByRole('button', { name: 'Create link' }).click();
  await rate.fill('250');
  await page.getByLabel('Label').focus();
  await page.getByText('Enter a rate from 0 to 100').waitFor();
  expect(await rate.inputValue()).toBe('250');
  await page.getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByText('Link created.').count()).resolves.toBe(0);
  expect(await e2e.db.select().from(s.registrationLinks)).toHaveLength(before.length);
  await checkAxe(page, 'invite link form errors (en)');
  await shoot(page, 'invite-link-out-of-range-en');
}, 300_000);
