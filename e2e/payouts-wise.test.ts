import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import { startWiseServer, type WiseServer } from '../dev/wise-server';
import { approvedCommission } from './approved-commission';
import {
  bothLanguages,
  checkAxe,
  type E2e,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';

// The Wise rail in Chromium against the local Wise server: the owner connects the advertiser's own Wise account
// (token checked, profile chosen), an affiliate chooses Wise (its fee from a live quote), fills the bank-details
// form Wise's requirements build, finance proposes, approves and sends from the advertiser's profile, and the
// transfer's state arrives by Wise's signed webhook.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let wise: WiseServer;
let payee: User;
let finance: User;
let owner: User;
/** The advertiser's own Wise token (a UUID: on the local server a Wise user of its own) and its business profile. */
const ORG_TOKEN = crypto.randomUUID();
let orgProfileId = '';

beforeAll(async () => {
  wise = await startWiseServer({ token: 'e2e-wise-api-token' });
  e2e = await startE2e({
    vars: {
      WISE_API_BASE_URL: wise.url,
      WISE_API_TOKEN: 'e2e-wise-api-token',
      WISE_PROFILE_ID: String(wise.profileId),
      WISE_WEBHOOK_PUBLIC_KEY: wise.publicKeyPem,
    },
  });
  await fetch(`${wise.url}/__control/webhook-url`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${e2e.baseUrl}/api/v1/wise/webhooks` }),
  });
  const { db, tenant } = e2e;
  [payee, finance, owner] = [await signUpVerified(e2e), await signUpVerified(e2e), await signUpVerified(e2e)];
  await db.delete(s.memberships).where(eq(s.memberships.organizationId, tenant.org.id));
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: finance.userId, role: 'finance' },
    { organizationId: tenant.org.id, userId: owner.userId, role: 'owner' },
  ]);
  await db.update(s.users).set({ approvedAffiliate: true, paypalEmail: null }).where(eq(s.users.id, payee.userId));
  await approvedCommission(e2e, payee.userId, `wise-${Date.now().toString(36)}`);
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
  await wise?.close();
}, 240_000);

/** A page of the user's, signed in on `path` (signedInAt: the login form is tested in its own files). */
async function logIn(path: string, user: User): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, path, user);
  return page;
}

test('the owner connects the advertiser’s own Wise account: token checked, profile chosen, sealed', async () => {
  const orgId = e2e.tenant.org.id;
  const setup = await logIn(`/orgs/${orgId}/finance/wise`, owner);
  await setup.getByRole('heading', { level: 1, name: 'Bank transfers (Wise)' }).waitFor({ timeout: 30_000 });
  // Not connected yet: the deployment's profile pays meanwhile, and the page says so.
  await setup.getByTestId('wise-not-connected').waitFor();
  await setup.getByText('Until you connect your own account').waitFor();
  await bothLanguages(setup, 'wise-account-empty', () =>
    setup.getByRole('heading', { level: 1, name: 'Банковские переводы (Wise)' }).waitFor(),
  );
  // Wise refuses a token it did not issue; the page explains it.
  await setup.getByLabel('API token', { exact: false }).first().fill('not-a-wise-token');
  await setup.getByRole('button', { name: 'Check the token and load its profiles' }).click();
  await setup.getByTestId('wise-error').getByText('Wise refused this API token').waitFor({ timeout: 30_000 });
  expect(await setup.getByTestId('wise-error').getAttribute('data-code')).toBe('wise_credentials_rejected');
  await bothLanguages(setup, 'wise-account-error', () =>
    setup.getByTestId('wise-error').getByText('Wise отклонил этот API-токен').waitFor(),
  );
  await setup.getByLabel('API token', { exact: false }).first().fill(ORG_TOKEN);
  await setup.getByRole('button', { name: 'Check the token and load its profiles' }).click();
  await setup.getByTestId('wise-profiles-loaded').waitFor({ timeout: 30_000 });
  const profiles = (await (
    await fetch(`${wise.url}/v2/profiles`, { headers: { authorization: `Bearer ${ORG_TOKEN}` } })
  ).json()) as { id: number; type: string }[];
  orgProfileId = String(profiles.find((p) => p.type === 'BUSINESS')!.id);
  // The business profile is chosen first; the personal one is offered too.
  expect(await setup.getByRole('combobox', { name: /^Profile/ }).inputValue()).toContain(`business · ${orgProfileId}`);
  await bothLanguages(setup, 'wise-connect-form', () =>
    setup.getByRole('heading', { level: 1, name: 'Банковские переводы (Wise)' }).waitFor(),
  );
  await setup.getByRole('button', { name: 'Connect', exact: true }).click();
  await setup.getByTestId('wise-connected').waitFor({ timeout: 30_000 });
  await setup.getByText('Bank transfers are sent and funded from your Wise profile.').waitFor();
  expect(await setup.getByTestId('wise-profile').textContent()).toContain(orgProfileId);
  expect(await setup.getByRole('main').textContent()).toContain(`…${ORG_TOKEN.slice(-4)}`);
  expect(await setup.getByRole('main').textContent()).not.toContain(ORG_TOKEN);
  await setup.getByRole('button', { name: 'Test the connection' }).click();
  await setup
    .getByTestId('wise-test-result')
    .getByText('Wise accepts the token; it reaches 2 profiles.')
    .waitFor({ timeout: 30_000 });
  await bothLanguages(setup, 'wise-account-connected', () =>
    setup.getByTestId('wise-test-result').getByText('Wise принимает токен').waitFor(),
  );
  await setup.context().close();
  const [stored] = await e2e.db.select().from(s.orgWiseAccounts).where(eq(s.orgWiseAccounts.organizationId, orgId));
  expect(stored).toMatchObject({
    profileId: orgProfileId,
    apiTokenLast4: ORG_TOKEN.slice(-4),
    profileType: 'BUSINESS',
  });
  expect(stored!.apiTokenEncrypted).not.toContain(ORG_TOKEN);
});

test('an affiliate sets up Wise from Wise’s requirements; finance sends; the transfer’s state arrives by webhook', async () => {
  const orgId = e2e.tenant.org.id;
  const page = await logIn(`/affiliate/${orgId}/payout-methods`, payee);
  await page.getByRole('heading', { name: 'Payout methods' }).waitFor({ timeout: 30_000 });
  // Wise's fee on an example payout, from a live quote, before choosing.
  const quote = page.getByTestId('wise-fee-quote');
  await quote.waitFor({ timeout: 30_000 });
  expect(await quote.textContent()).toMatch(/On a \$100\.00 payout Wise charges \$0\.\d\d, paid by the advertiser/);
  await page.getByRole('combobox', { name: 'Country you are paid in' }).fill('United States');
  await page.getByRole('option', { name: 'United States', exact: true }).click();
  await page.getByRole('radio', { name: /Wise/ }).check();
  await page.getByTestId('payout-method-save').click();
  const form = page.getByTestId('wise-form');
  await form.waitFor({ timeout: 30_000 });
  // Wise's fields for USD: routing number, account number and type, and the address (US already chosen).
  await form.getByRole('textbox', { name: 'Full name of the account holder' }).fill('Jane Doe');
  await form.getByRole('radio', { name: 'Person' }).check();
  const routing = form.getByRole('textbox', { name: 'ACH routing number' });
  await routing.fill('1234');
  // Checked as the affiliate types, by Wise's length and pattern.
  await form.getByText('At least 9 characters').waitFor();
  await routing.fill('026009593');
  await form.getByRole('textbox', { name: 'Account number' }).fill('12345678');
  await form.getByRole('radio', { name: 'Checking' }).check();
  // The US address brought the state with it (Wise's refresh on address.country).
  await form.getByTestId('wise-field-address.state').waitFor({ timeout: 30_000 });
  await checkAxe(page, 'wise form (en)');
  await shoot(page, 'wise-form-en');
  await switchLanguage(page, 'RU');
  await page.getByText('Банковский счёт для Wise').waitFor();
  // Wise sends its labels in English; the common ones read in Russian, the country by the browser's name for it.
  await form.getByRole('textbox', { name: 'Маршрутный номер ACH (ABA)' }).waitFor();
  await form.getByRole('radio', { name: 'Частное лицо' }).waitFor();
  await form.getByRole('radio', { name: 'Текущий (checking)' }).waitFor();
  expect(await form.getByRole('combobox', { name: 'Страна' }).inputValue()).toBe('Соединенные Штаты');
  await checkAxe(page, 'wise form (ru)');
  await shoot(page, 'wise-form-ru');
  await switchLanguage(page, 'EN');
  await form.getByRole('combobox', { name: 'State' }).click();
  await page.getByRole('option', { name: 'New York' }).click();
  await form.getByRole('textbox', { name: 'City' }).fill('New York');
  await form.getByRole('textbox', { name: 'Postal code' }).fill('10001');
  await form.getByRole('textbox', { name: 'Address' }).fill('1 Main Street');
  await page.getByTestId('wise-save').click();
  const saved = page.getByTestId('wise-recipient');
  await saved.waitFor({ timeout: 30_000 });
  expect(await saved.textContent()).toContain('Jane Doe, account •••• 5678, paid in USD.');
  await checkAxe(page, 'wise saved (en)');
  await shoot(page, 'wise-saved-en');

  // Finance proposes, sees Wise's fee, the owner approves and sends.
  const financeToken = await e2e.apiLogIn(finance);
  const ownerToken = await e2e.apiLogIn(owner);
  const proposed = await e2e.api('POST', `/orgs/${orgId}/payouts/propose`, financeToken, {});
  expect(proposed.status).toBe(200);
  const [batch] = await e2e.db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, orgId));
  const wiseQuote = await e2e.api('GET', `/orgs/${orgId}/payouts/${batch!.id}/wise-quote`, financeToken);
  expect(wiseQuote.body.items).toHaveLength(1);
  expect(wiseQuote.body.feeMinor).toBeGreaterThan(0);
  // Finance sees the same quote on the batch page before anyone sends: Wise's fee, its rate and what arrives.
  const review = await logIn(`/orgs/${orgId}/finance/payouts/${batch!.id}`, finance);
  const quoted = review.getByTestId('wise-quote-items');
  await quoted.waitFor({ timeout: 30_000 });
  const fee = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(wiseQuote.body.feeMinor / 100);
  expect(await review.getByTestId('wise-quote-fee').textContent()).toBe(fee);
  const quotedRow = await quoted.getByRole('row').nth(1).textContent();
  expect(quotedRow).toContain(fee);
  expect(quotedRow).toContain('No conversion');
  expect(quotedRow).toContain('$150.00');
  await checkAxe(review, 'wise batch quote (en)');
  await shoot(review, 'wise-batch-quote-en');
  // On a phone the four columns become one card per item, and nothing scrolls sideways.
  await review.setViewportSize({ width: 375, height: 800 });
  const card = review.getByTestId('wise-quote-cards');
  await card.waitFor();
  expect(await card.textContent()).toContain('$150.00');
  expect(await quoted.isVisible()).toBe(false);
  expect(await review.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  await checkAxe(review, 'wise batch quote 375 (en)');
  await review.setViewportSize({ width: 1440, height: 900 });
  await switchLanguage(review, 'RU');
  await review.getByRole('heading', { name: 'Котировка Wise перед отправкой' }).waitFor();
  await checkAxe(review, 'wise batch quote (ru)');
  await shoot(review, 'wise-batch-quote-ru');
  await switchLanguage(review, 'EN');
  await review.context().close();
  expect((await e2e.api('POST', `/orgs/${orgId}/payouts/${batch!.id}/approve`, ownerToken, {})).status).toBe(200);
  expect((await e2e.api('POST', `/orgs/${orgId}/payouts/${batch!.id}/send`, ownerToken, {})).status).toBe(200);
  const [item] = await e2e.db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batch!.id));
  expect(item).toMatchObject({ rail: 'wise', status: 'pending' });
  const [row] = await e2e.db.select().from(s.wiseTransfers).where(eq(s.wiseTransfers.payoutItemId, item!.id));
  // Sent and funded from the advertiser's own profile, not the deployment's.
  const transfers = (await (await fetch(`${wise.url}/__control/transfers`)).json()) as {
    data: { id: number; profile: number }[];
  };
  expect(transfers.data.find((t) => String(t.id) === row!.transferId)?.profile).toBe(Number(orgProfileId));
  expect(orgProfileId).not.toBe(String(wise.profileId));
  // While the transfer is on its way, the account cannot be disconnected: only its token reads the transfer back.
  const refused = await e2e.api('DELETE', `/orgs/${orgId}/wise`, ownerToken);
  expect(refused.status).toBe(409);
  expect(refused.body.error.code).toBe('wise_payouts_in_flight');
  // Wise pays it out; its signed webhook reaches the Worker, which reads the transfer back and pays the lines.
  await fetch(`${wise.url}/__control/transfers/${row!.transferId}/state`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'outgoing_payment_sent' }),
  });
  await expect
    .poll(async () => (await e2e.db.select().from(s.payoutItems).where(eq(s.payoutItems.id, item!.id)))[0]!.status, {
      timeout: 30_000,
    })
    .toBe('success');
  // The affiliate's payouts list shows it paid.
  await page.goto('/affiliate/payouts');
  await page
    .getByRole('main')
    .getByText(/Paid|Success/i)
    .first()
    .waitFor({ timeout: 30_000 });
  await shoot(page, 'wise-paid-en');
  await switchLanguage(page, 'RU');
  await page.waitForLoadState('networkidle');
  await shoot(page, 'wise-paid-ru');
});
