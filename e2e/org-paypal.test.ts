import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import { approvedCommission } from './approved-commission';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// An organization's own PayPal app: its owner connects it on the PayPal page (checked against the local
// PayPal server, the secret never shown back), a payout batch is then created at PayPal by that app and
// not by the installation's, and the Statements page shows the month's figures.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;
let finance: User;
let payee: User;
let page: Page;
const ORG_APP = {
  clientId: `org-app-${Date.now().toString(36)}`,
  clientSecret: 'org-app-secret-do-not-show',
  webhookId: 'ORG-WEBHOOK-1',
};

beforeAll(async () => {
  e2e = await startE2e({ paypal: true });
  const { db, tenant } = e2e;
  owner = await signUpVerified(e2e);
  finance = await signUpVerified(e2e);
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: owner.userId, role: 'owner' },
    { organizationId: tenant.org.id, userId: finance.userId, role: 'finance' },
  ]);
  // Finance proposes, the owner approves and sends; the four-eyes rules have their own test (finance.test.ts).
  await db.update(s.organizations).set({ payoutFourEyes: false }).where(eq(s.organizations.id, tenant.org.id));
  payee = await signUpVerified(e2e);
  await db
    .update(s.users)
    .set({ approvedAffiliate: true, paypalEmail: 'org-payee@paypal.example', paypalEmailVerifiedAt: new Date() })
    .where(eq(s.users.id, payee.userId));
  await approvedCommission(e2e, payee.userId, `opp-${Date.now().toString(36)}`);
  // The organization's app, which the local PayPal server now accepts; its webhook goes to the org's URL.
  const res = await fetch(`${e2e.paypalUrl}/__control/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...ORG_APP,
      webhookUrl: `${e2e.baseUrl}/api/v1/paypal/webhooks/orgs/${tenant.org.id}`,
    }),
  });
  expect(res.status).toBe(201);
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

/** Axe and screenshots in English, then Russian, then back to English. */
async function checkBothLanguages(name: string, ruHeading: string) {
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

test('the owner connects the organization’s PayPal app; the secret is not shown back', async () => {
  const orgId = e2e.tenant.org.id;
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${orgId}/finance/paypal`, owner);
  await page.getByRole('heading', { level: 1, name: 'PayPal' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('paypal-not-connected').waitFor();
  await page.getByText("payouts are sent from this installation's PayPal account").waitFor();
  expect(await page.getByTestId('paypal-webhook-url').textContent()).toMatch(
    new RegExp(`^http://[^/]+/api/v1/paypal/webhooks/orgs/${orgId}$`),
  );

  const form = page.locator('form');
  await form.getByRole('radio', { name: 'Sandbox' }).check();
  await form.getByRole('textbox', { name: 'Client ID' }).fill(ORG_APP.clientId);
  await form.getByLabel('Secret').fill(ORG_APP.clientSecret);
  await form.getByRole('textbox', { name: 'Webhook ID' }).fill(ORG_APP.webhookId);
  const saved = page.waitForResponse((r) => r.url().endsWith(`/paypal`) && r.request().method() === 'PUT');
  await form.getByRole('button', { name: 'Check and connect' }).click();
  expect((await saved).status()).toBe(200);

  expect(await page.getByTestId('paypal-connected').textContent()).toBe('Connected (Sandbox)');
  await page.getByText('Payouts are sent from your PayPal app.').waitFor();
  await page.getByRole('main').getByText(ORG_APP.clientId, { exact: true }).waitFor();
  await page.getByRole('main').getByText(ORG_APP.webhookId, { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Replace the PayPal app' }).waitFor();
  expect(await form.getByLabel('Secret').inputValue()).toBe('');
  expect(await page.content()).not.toContain(ORG_APP.clientSecret);
  const token = await e2e.apiLogIn(owner);
  const api = await e2e.api('GET', `/orgs/${orgId}/paypal`, token);
  expect(api.body).toMatchObject({ connected: true, mode: 'sandbox', clientId: ORG_APP.clientId });
  expect(JSON.stringify(api.body)).not.toContain(ORG_APP.clientSecret);
  expect(await form.locator('.mantine-Button-loader').count()).toBe(0);
  await checkBothLanguages('org-paypal', 'PayPal');
}, 180_000);

test('the batch is created at PayPal by the organization’s app; Statements show the month', async () => {
  const orgId = e2e.tenant.org.id;
  const token = await e2e.apiLogIn(owner);
  const proposed = await e2e.api('POST', `/orgs/${orgId}/payouts/propose`, await e2e.apiLogIn(finance));
  expect(proposed.status).toBe(200);
  const batch = proposed.body.batches[0];
  expect(batch.totalMinor).toBe(15_000);
  const approved = await e2e.api('POST', `/orgs/${orgId}/payouts/${batch.batchId}/approve`, token);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const sent = await e2e.api('POST', `/orgs/${orgId}/payouts/${batch.batchId}/send`, token);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);

  const batchesOf = async (account: string) => {
    const res = await fetch(`${e2e.paypalUrl}/__control/batches?account=${encodeURIComponent(account)}`);
    return ((await res.json()) as { batches: { account: string; items: { receiver: string }[] }[] }).batches;
  };
  const ours = await batchesOf(ORG_APP.clientId);
  expect(ours).toHaveLength(1);
  expect(ours[0]!.items.map((i) => i.receiver)).toEqual(['org-payee@paypal.example']);
  expect(await batchesOf('e2e-paypal-client-id')).toEqual([]);

  const month = new Date().toISOString().slice(0, 7);
  await page.goto(`/orgs/${orgId}/finance/statements?month=${month}`);
  await page.getByRole('heading', { level: 1, name: 'Statements' }).waitFor({ timeout: 30_000 });
  const usd = page.getByTestId('statement-USD');
  await usd.waitFor({ timeout: 30_000 });
  expect(await usd.textContent()).toContain('$150.00');
  await page.waitForLoadState('networkidle');
  await checkBothLanguages('statements', 'Выписки');
}, 180_000);
