import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import {
  checkAxe,
  type E2e,
  screenshot,
  settle,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';

// The advertiser's first hour in the console against the real Worker: create the organization, follow the
// getting-started steps (app, key shown once, the Node snippet run as printed, program, an affiliate), then
// settings; and platform support seeing apps and settings without a single control that changes something.

const run = promisify(execFile);
let e2e: E2e;
let page: Page;
let owner: { email: string; password: string; userId: string };
let orgId: string;
let appId: string;
const tag = () => randomBytes(3).toString('hex');
const ORG_NAME = `Edge Labs ${tag()}`;

beforeAll(async () => {
  e2e = await startE2e();
}, 180_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

const api: E2e['api'] = (...args) => e2e.api(...args);
const apiLogIn: E2e['apiLogIn'] = (user) => e2e.apiLogIn(user);

const h1 = (target: Page, name: string | RegExp) =>
  target.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

/** Axe and screenshots of the page on show in English, then in Russian, then back to English. */
async function checkBothLanguages(target: Page, name: string, ruHeading: string) {
  await target.mouse.move(600, 30);
  await target.waitForLoadState('networkidle');
  await checkAxe(target, `${name} (en)`);
  await shoot(target, `${name}-en`);
  await switchLanguage(target, 'RU');
  await h1(target, ruHeading);
  await target.waitForLoadState('networkidle');
  await checkAxe(target, `${name} (ru)`);
  await shoot(target, `${name}-ru`);
  await switchLanguage(target, 'EN');
}

test('an advertiser creates an organization and completes getting started, the Node snippet proving the signature', async () => {
  owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  page = await e2e.newPage({ locale: 'en' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedInAt(page, '/orgs', owner);
  await h1(page, 'Organizations');
  await page.getByLabel('Organization name').fill(ORG_NAME);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await h1(page, 'Overview');
  orgId = new URL(page.url()).pathname.split('/')[2]!;

  // A new organization opens on the overview with the checklist on top.
  const card = page.getByTestId('checklist-card');
  await card.getByText('0 of 5 done').waitFor();
  await checkBothLanguages(page, 'overview-new', 'Обзор');
  await card.getByRole('link', { name: 'Continue setup' }).click();
  await h1(page, 'Getting started');

  // Step 1: the app, with the form flagging a site outside its domains before any request.
  const appStep = page.getByTestId('step-app');
  await appStep.getByLabel(/^Name/).fill('Invoicer');
  await appStep.getByLabel(/^Site URL/).fill('http://invoicer.example/');
  await appStep.getByRole('button', { name: 'Add app' }).click();
  await appStep.getByText('Enter an absolute https URL.').waitFor();
  await appStep.getByLabel(/^Site URL/).fill('https://invoicer.example/');
  await appStep.getByRole('button', { name: 'Add app' }).click();
  await expect.poll(() => appStep.getAttribute('data-done'), { timeout: 20_000 }).toBe('true');

  // Step 2: the key and its secret, shown once with copy buttons; copied, then gone from the page.
  await page.getByRole('button', { name: 'Create an API key for Invoicer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your new API key' });
  await dialog.getByText('You will not see these again').waitFor();
  const key = (await dialog.getByTestId('new-key-value').textContent()) ?? '';
  expect(key).toMatch(/^ae_live_/);
  // Shot after the opening transition; axe runs on the pages themselves (behind an open modal's overlay it
  // measures the dimmed page).
  await settle(page);
  await screenshot(page, 'new-key-dialog-1440');
  await dialog.getByRole('button', { name: 'Copy API key' }).click();
  await dialog.getByRole('button', { name: 'Copied', exact: true }).waitFor();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(key);
  await dialog.getByRole('button', { name: 'I have copied them' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => page.getByTestId('step-apiKey').getAttribute('data-done')).toBe('true');

  // Step 3: the Node sample uses the SDK with this key and secret; run exactly as printed beside the SDK as
  // npm would install it (this repository's sdk/typescript, built), and the page sees the event.
  const snippet = (await page.getByTestId('node-snippet').textContent()) ?? '';
  expect(snippet).toContain(key);
  expect(snippet).toContain(`baseUrl: '${e2e.baseUrl}'`);
  await page.getByTestId('test-event-waiting').waitFor();
  const dir = mkdtempSync(join(tmpdir(), 'sdk-snippet-'));
  try {
    const sdkRoot = fileURLToPath(new URL('../sdk/typescript/', import.meta.url));
    const installed = join(dir, 'node_modules/@affiliate-edge/sdk');
    mkdirSync(installed, { recursive: true });
    copyFileSync(join(sdkRoot, 'package.json'), join(installed, 'package.json'));
    const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
    await run(process.execPath, [tsc, '-p', join(sdkRoot, 'tsconfig.json'), '--outDir', join(installed, 'dist')]);
    writeFileSync(join(dir, 'send-test.mjs'), snippet);
    const { stdout } = await run(process.execPath, ['send-test.mjs'], { cwd: dir, timeout: 30_000 });
    expect(stdout).toMatch(/^recorded /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page.getByTestId('test-event-arrived').waitFor({ timeout: 30_000 });
  // The checklist polls every 3 s; on a loaded machine its next answer can land after poll's 5 s default.
  await expect
    .poll(() => page.getByTestId('step-integrate').getAttribute('data-done'), { timeout: 20_000 })
    .toBe('true');

  // Step 4: the program through the API (its pages belong to another part of the console).
  const token = await apiLogIn(owner);
  appId = (await api('GET', `/orgs/${orgId}/apps`, token)).body.items[0].id;
  const program = await api('POST', `/orgs/${orgId}/programs`, token, {
    appId,
    name: 'Invoicer Partners',
    status: 'active',
    visibility: 'public',
    payoutModel: 'cps',
    commissionType: 'percent',
    commissionRateBps: 2000,
    currency: 'USD',
    landingUrl: 'https://invoicer.example/',
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);

  // Step 5: the invitation text names the program; an affiliate who got it signs up and joins.
  await page.reload();
  await h1(page, 'Getting started');
  const invitation = page.getByTestId('invite-message');
  await invitation.getByText(/Invoicer Partners/).waitFor();
  expect(await invitation.textContent()).toContain(`${e2e.baseUrl}/sign-up`);
  const affiliate = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, affiliate.userId));
  const joined = await api('POST', `/affiliate/programs/${program.body.id}/apply`, await apiLogIn(affiliate), {});
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  await page.reload();
  await page.getByTestId('steps-progress').getByText('5 of 5 done').waitFor({ timeout: 20_000 });
  // People, not enrollments: the one affiliate is counted once.
  await page.getByTestId('affiliates-joined').getByText('1 affiliate has joined.').waitFor();
  await checkBothLanguages(page, 'getting-started', 'Начало работы');

  // Done: the overview no longer shows the checklist, and its figures count the test event.
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await h1(page, 'Overview');
  await page.getByTestId('overview-headline').waitFor();
  expect(await page.getByTestId('checklist-card').count()).toBe(0);
  await checkBothLanguages(page, 'overview', 'Обзор');
}, 300_000);

test('apps: the key list shows last use, rotation shows the new key once, revoking asks first', async () => {
  await page.getByRole('link', { name: 'Apps', exact: true }).click();
  await h1(page, 'Apps');
  await page.getByRole('table').getByRole('link', { name: 'Invoicer' }).waitFor();
  await checkBothLanguages(page, 'apps', 'Приложения');
  await page.getByRole('table').getByRole('link', { name: 'Invoicer' }).click();
  await h1(page, 'Invoicer');
  const keys = page.getByRole('table', { name: 'API keys' });
  await keys.getByText('Active').waitFor();
  expect(await keys.getByText('Never').count()).toBe(0);
  await checkBothLanguages(page, 'app', 'Invoicer');

  await page.getByRole('button', { name: /^Rotate key/ }).click();
  await page.getByRole('dialog', { name: 'Rotate this key?' }).getByRole('button', { name: 'Rotate key' }).click();
  const shown = page.getByRole('dialog', { name: 'Your new API key' });
  await shown.getByTestId('new-key-secret').waitFor();
  await shown.getByRole('button', { name: 'I have copied them' }).click();
  await keys.getByText('Revoked').waitFor();

  // Keyboard only: focus the revoke button, open the dialog with Enter, confirm with Tab and Enter.
  await page.getByRole('button', { name: /^Revoke key/ }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Revoke this key?' });
  await confirm.waitFor();
  await confirm.getByRole('button', { name: 'Revoke key' }).focus();
  await page.keyboard.press('Enter');
  await confirm.waitFor({ state: 'hidden' });
  await expect.poll(() => keys.getByText('Revoked').count()).toBe(2);
}, 180_000);

test('settings: the organization renamed, inviting by keyboard, withdrawing, and the audit log filtered', async () => {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings', exact: true })
    .click();
  await h1(page, 'Settings');
  // The brand has one home, the Brand page: Settings links to it and edits none of its fields.
  for (const label of ['Portal name', 'Primary colour', 'Logo URL'])
    expect(await page.getByLabel(label).count(), label).toBe(0);
  await page.getByTestId('brand-page-link').getByRole('link', { name: 'Brand' }).waitFor();
  await page.getByLabel(/^Organization name/).fill(`${ORG_NAME} Ltd`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Organization saved.').waitFor();
  // The toast closes itself after 4 s; axe must not measure it half faded out.
  await page.getByText('Organization saved.').waitFor({ state: 'detached' });
  await checkBothLanguages(page, 'settings-organization', 'Настройки');

  await page.getByRole('tab', { name: 'Team' }).click();
  const invitee = `teammate-${tag()}@example.com`;
  await page.getByLabel(/^Email/).focus();
  await page.keyboard.type(invitee);
  await page.keyboard.press('Enter');
  await page.getByText(`Invitation sent to ${invitee}.`).waitFor();
  await page.getByRole('table', { name: 'Open invitations' }).getByText(invitee).waitFor();
  expect((await e2e.readMailbox(invitee)).some((m) => m.template === 'invitation')).toBe(true);
  await checkBothLanguages(page, 'settings-team', 'Настройки');
  await page.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).click();
  await page
    .getByRole('dialog', { name: 'Withdraw this invitation?' })
    .getByRole('button', { name: 'Withdraw invitation' })
    .click();
  await page.getByText('No open invitations').waitFor();

  await page.getByRole('tab', { name: 'Audit log' }).click();
  const log = page.getByRole('table', { name: 'Audit log' });
  // Actions read as words; the filter is chosen by its name and cleared with its clear button.
  await log.getByText('App created').waitFor();
  await page.getByRole('combobox', { name: 'Action' }).fill('Team invitation revoked');
  await page.getByRole('option', { name: 'Team invitation revoked' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('invitation.revoked');
  await expect.poll(() => log.getByText('App created').count()).toBe(0);
  await page.getByRole('button', { name: 'Clear the action filter' }).click();
  await log.getByText('App created').waitFor();
  await checkBothLanguages(page, 'settings-audit', 'Настройки');
}, 180_000);

test('platform support sees apps and settings read-only: no control that changes anything', async () => {
  const support = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ platformRole: 'support' }).where(eq(s.users.id, support.userId));
  const view = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(view, `/orgs/${orgId}/apps`, support);
    await h1(view, 'Apps');
    await view.getByRole('table').getByRole('link', { name: 'Invoicer' }).waitFor();
    expect(await view.getByRole('heading', { name: 'Add an app' }).count()).toBe(0);
    expect(await view.getByRole('link', { name: 'Getting started' }).count()).toBe(0);
    await view.getByRole('table').getByRole('link', { name: 'Invoicer' }).click();
    await h1(view, 'Invoicer');
    await view.getByRole('table', { name: 'API keys' }).getByText('Revoked').first().waitFor();
    await view.getByTestId('stripe-section').waitFor();
    const main = view.getByRole('main');
    expect(await main.getByRole('button').filter({ hasNotText: /^Copy/ }).count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);

    await view.goto(`/orgs/${orgId}/settings`);
    await h1(view, 'Settings');
    await view.getByTestId('brand-page-link').waitFor();
    expect(await main.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await view.getByRole('tab', { name: 'Team' }).click();
    await view.getByRole('table', { name: 'Team members' }).getByText(owner.email).waitFor();
    expect(await main.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
    expect(await main.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await checkAxe(view, 'settings team (support)');
    await shoot(view, 'support-team-en');
  } finally {
    await view.context().close();
  }
}, 180_000);
