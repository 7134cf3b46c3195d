import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, settle, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The "Delete account" section of the security page: the dialog with its blockers and the forfeit
// choice, in English and Russian, and the signed-out landing after a deletion.

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(async () => {
  await e2e?.stop();
});

/** axe as the page is now, then screenshots at 1440 and 375 px. */
async function look(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

/** An approved affiliate of the e2e tenant with 15.00 USD approved and 30.00 USD on hold. */
async function affiliateWithBalance() {
  const user = await signUpVerified(e2e);
  const { db, tenant } = e2e;
  await db.update(s.users).set({ approvedAffiliate: true, firstName: 'Ada' }).where(eq(s.users.id, user.userId));
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: user.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `del-${user.userId.slice(-10)}`,
    })
    .returning();
  const lines = [];
  for (const [amountMinor, status] of [
    [1500, 'approved'],
    [3000, 'pending'],
  ] as const) {
    const [conversion] = await db
      .insert(s.conversions)
      .values({
        organizationId: tenant.org.id,
        appId: tenant.app.id,
        eventId: `del-${user.userId}-${amountMinor}`,
        eventType: 'sale',
        amountMinor: amountMinor * 3,
        currency: 'USD',
        occurredAt: new Date(),
        programId: tenant.program.id,
        enrollmentId: enrollment!.id,
        affiliateId: user.userId,
        attributionMethod: 'coupon',
      })
      .returning();
    const [line] = await db
      .insert(s.commissions)
      .values({
        conversionId: conversion!.id,
        organizationId: tenant.org.id,
        programId: tenant.program.id,
        beneficiaryId: user.userId,
        enrollmentId: enrollment!.id,
        amountMinor,
        currency: 'USD',
        status,
        holdUntil: status === 'pending' ? new Date(Date.now() + 86_400_000) : new Date(),
        approvedAt: status === 'approved' ? new Date() : null,
      })
      .returning();
    lines.push(line!);
  }
  return { ...user, lines };
}

async function openDialog(page: Page, button: string, title: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('dialog', { name: title }).waitFor();
}

test('an affiliate with money owed sees it, forfeits it and lands signed out', async () => {
  const ada = await affiliateWithBalance();
  const page = await e2e.newPage();
  await signedInAt(page, '/account/security', ada);
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Delete account' }).waitFor();

  await openDialog(page, 'Delete account…', 'Delete your account?');
  const unpaid = page.getByTestId('deletion-unpaid');
  await unpaid.waitFor();
  await expect.poll(() => unpaid.textContent()).toContain('$45.00');
  await expect.poll(() => unpaid.textContent()).toContain('$30.00 on hold');
  await look(page, 'deletion-dialog-en');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await switchLanguage(page, 'RU', { waitForSave: false });
  await openDialog(page, 'Удалить аккаунт…', 'Удалить аккаунт?');
  await page.getByTestId('deletion-unpaid').waitFor();
  await look(page, 'deletion-dialog-ru');
  await page.getByRole('button', { name: 'Отмена' }).click();
  await switchLanguage(page, 'EN', { waitForSave: false });

  await openDialog(page, 'Delete account…', 'Delete your account?');
  await page.getByTestId('deletion-unpaid').waitFor();
  const submit = page.getByRole('button', { name: 'Delete my account' });
  await page.getByLabel('Your password').fill('not the password');
  expect(await submit.isDisabled()).toBe(true); // the balance is not forfeited yet
  await page.getByRole('checkbox', { name: /I give up this balance/ }).check();
  await submit.click();
  await page.getByText('The password or the code is wrong.').waitFor();
  await page.getByLabel('Your password').fill(ada.password);
  await submit.click();

  await page.getByTestId('login-notice').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  await look(page, 'deletion-login-notice-en');

  const [user] = await e2e.db.select().from(s.users).where(eq(s.users.id, ada.userId));
  expect(user!.deletedAt).not.toBeNull();
  expect(user!.email).toBe(`deleted-${ada.userId}@deleted.invalid`);
  const lines = await e2e.db.select().from(s.commissions).where(eq(s.commissions.beneficiaryId, ada.userId));
  expect(lines.map((l) => l.status)).toEqual(['reversed', 'reversed']);

  // The old credentials now fail like any unknown account.
  await page.getByLabel('Email').fill(ada.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(ada.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('The email or password is wrong.').waitFor();
  await page.close();
});

test("the last owner of an organization is told to hand it over first, and can't submit", async () => {
  const owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  const page = await e2e.newPage({ width: 375 });
  await signedInAt(page, '/account/security', owner);
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  await openDialog(page, 'Delete account…', 'Delete your account?');
  const blockers = page.getByTestId('deletion-blockers');
  await blockers.waitFor();
  expect(await blockers.textContent()).toContain('You are the only owner of Acme.');
  expect(await page.getByRole('button', { name: 'Delete my account' }).count()).toBe(0);
  expect(await page.getByLabel('Your password').count()).toBe(0);
  await look(page, 'deletion-last-owner-en');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await switchLanguage(page, 'RU', { waitForSave: false });
  await openDialog(page, 'Удалить аккаунт…', 'Удалить аккаунт?');
  await page.getByTestId('deletion-blockers').waitFor();
  expect(await page.getByTestId('deletion-blockers').textContent()).toContain('«Acme»');
  await look(page, 'deletion-last-owner-ru');
  await page.close();
});
