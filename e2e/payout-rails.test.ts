import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTremendousServer, type TremendousServer } from '../dev/tremendous-server';
import * as s from '../schema';
import { approvedCommission } from './approved-commission';
import { bothLanguages, type E2e, signedInAt, signUpVerified, startE2e } from './harness';

// The gift-card (Tremendous) and external rails end to end in Chromium (issue 65), in one stack: the owner
// connects Tremendous, affiliates choose gift card or external on their payout-methods page, finance proposes,
// the owner approves and sends, Tremendous's webhook (replayed from the local server's outbox, as it signed it)
// pays the gift card, and finance confirms one external item and fails the other.

type User = Awaited<ReturnType<typeof signUpVerified>>;

const WEBHOOK_KEY = 'e2e-tremendous-webhook-key';
const API_KEY = `TEST_${crypto.randomUUID().replaceAll('-', '')}`;

let e2e: E2e;
let tremendous: TremendousServer;
let finance: User;
let owner: User;
let gift: User;
let paidExternal: User;
let failedExternal: User;

beforeAll(async () => {
  // No webhookUrl: deliveries stay in the server's outbox and the test hands them to the Worker.
  tremendous = await startTremendousServer({ webhookKey: WEBHOOK_KEY });
  e2e = await startE2e({ paypal: true, vars: { TREMENDOUS_API_BASE_URL: tremendous.url } });
  const { db, tenant } = e2e;
  [finance, owner] = [await signUpVerified(e2e), await signUpVerified(e2e)];
  await db.update(s.users).set({ firstName: 'Fiona', lastName: 'Finance' }).where(eq(s.users.id, finance.userId));
  await db.update(s.users).set({ firstName: 'Oscar', lastName: 'Owner' }).where(eq(s.users.id, owner.userId));
  await db.delete(s.memberships).where(eq(s.memberships.organizationId, tenant.org.id));
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: finance.userId, role: 'finance' },
    { organizationId: tenant.org.id, userId: owner.userId, role: 'owner' },
  ]);
  const payees: User[] = [];
  for (let i = 0; i < 3; i++) {
    const payee = await signUpVerified(e2e);
    await db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, payee.userId));
    await approvedCommission(e2e, payee.userId, `rails-${i}-${Date.now().toString(36)}`);
    payees.push(payee);
  }
  [gift, paidExternal, failedExternal] = payees as [User, User, User];
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
  await tremendous?.close();
}, 240_000);

/** A page of the user's, signed in on `path` (signedInAt: the login form is tested in its own files). */
async function logIn(path: string, user: User, width = 1440): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en', width });
  await signedInAt(page, path, user);
  return page;
}

/** An affiliate picks `rail` (its radio matches `name`) for the tenant, at 1440 or 375 px. */
async function choose(user: User, name: RegExp, shotName: string, width = 1440) {
  const page = await logIn(`/affiliate/${e2e.tenant.org.id}/payout-methods`, user, width);
  await page.getByRole('heading', { name: 'Payout methods' }).waitFor();
  await page.getByRole('combobox', { name: 'Country you are paid in' }).fill('United States');
  await page.getByRole('option', { name: 'United States', exact: true }).click();
  await page.getByRole('radio', { name }).check();
  await page.getByTestId('payout-method-save').click();
  await page.getByTestId('payout-method-current').getByText(name).waitFor({ timeout: 30_000 });
  await bothLanguages(page, `${shotName}-${width}`, () =>
    page.getByRole('heading', { name: 'Способы выплаты' }).waitFor(),
  );
  await page.context().close();
}

test('the owner connects Tremendous; affiliates choose gift card (seeing its fee) or external payouts', async () => {
  const orgId = e2e.tenant.org.id;
  // The owner connects Tremendous on its page: paste the key, check it to list its funding sources, pick one.
  const setup = await logIn(`/orgs/${orgId}/finance/tremendous`, owner);
  await setup.getByRole('heading', { level: 1, name: 'Gift cards (Tremendous)' }).waitFor({ timeout: 30_000 });
  await setup.getByTestId('tremendous-not-connected').waitFor();
  await setup.getByLabel('API key', { exact: false }).first().fill('not-a-tremendous-key');
  await setup.getByRole('button', { name: 'Check the key and load its funding sources' }).click();
  await setup.getByTestId('tremendous-error').getByText('Tremendous refused this API key').waitFor({ timeout: 30_000 });
  expect(await setup.getByTestId('tremendous-error').getAttribute('data-code')).toBe('tremendous_credentials_rejected');
  await setup.getByLabel('API key', { exact: false }).first().fill(API_KEY);
  await setup.getByRole('button', { name: 'Check the key and load its funding sources' }).click();
  await setup.getByTestId('tremendous-sources-loaded').waitFor({ timeout: 30_000 });
  await setup.getByRole('combobox', { name: 'Funding source' }).click();
  await setup.getByRole('option', { name: new RegExp(`^Prepaid balance · BALANCE-${API_KEY.slice(-6)}`) }).click();
  await setup.getByLabel('Webhook private key').fill(WEBHOOK_KEY);
  await bothLanguages(setup, 'tremendous-connect-form', () =>
    setup.getByRole('heading', { level: 1, name: 'Подарочные карты (Tremendous)' }).waitFor(),
  );
  await setup.getByRole('button', { name: 'Check and connect' }).click();
  await setup.getByTestId('tremendous-connected').waitFor({ timeout: 30_000 });
  expect(await setup.getByRole('main').textContent()).toContain(`…${API_KEY.slice(-4)}`);
  expect(await setup.getByRole('main').textContent()).not.toContain(API_KEY);
  await setup.getByRole('button', { name: 'Test the connection' }).click();
  await setup
    .getByTestId('tremendous-test-result')
    .getByText('Tremendous accepts the key; it reaches 1 funding source.')
    .waitFor({ timeout: 30_000 });
  await bothLanguages(setup, 'tremendous-connected', () =>
    setup.getByTestId('tremendous-test-result').getByText('Tremendous принимает ключ').waitFor(),
  );
  await setup.context().close();
  const [stored] = await e2e.db
    .select()
    .from(s.orgTremendousAccounts)
    .where(eq(s.orgTremendousAccounts.organizationId, orgId));
  expect(stored).toMatchObject({ fundingSourceId: 'balance', apiKeyLast4: API_KEY.slice(-4) });
  expect(stored!.webhookKeyEncrypted).not.toBeNull();
  const ownerToken = await e2e.apiLogIn(owner);
  // External payouts are offered only while the advertiser has an endpoint for payout events.
  const hook = await e2e.api('POST', `/orgs/${orgId}/webhooks`, ownerToken, {
    url: 'https://payments.example.com/affiliate-edge',
    events: ['payout'],
    description: 'Our payment system',
  });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);

  // The gift-card rail is offered with its fee before the affiliate chooses it.
  const page = await logIn(`/affiliate/${orgId}/payout-methods`, gift);
  await page.getByRole('heading', { name: 'Payout methods' }).waitFor();
  const rail = page.getByTestId('rail-tremendous');
  await rail.waitFor({ timeout: 30_000 });
  expect(await rail.textContent()).toMatch(/per payout|free|no fee/i);
  expect(await page.getByRole('main').textContent()).not.toContain('minor units');
  await bothLanguages(page, 'rails-before-choice-1440', () => page.getByText('Подарочная карта').first().waitFor());
  await page.context().close();

  await choose(gift, /Gift card/, 'rails-gift-chosen', 375);
  await choose(paidExternal, /Paid by the advertiser directly/, 'rails-external-chosen', 1440);
  await choose(failedExternal, /Paid by the advertiser directly/, 'rails-external-chosen', 375);
  const methods = await e2e.db.select().from(s.payoutMethods).where(eq(s.payoutMethods.organizationId, orgId));
  expect(methods.map((m) => m.rail).sort()).toEqual(['external', 'external', 'tremendous']);
}, 300_000);

test('finance proposes, the owner approves and sends; the gift card is paid by webhook, external items are confirmed and failed', async () => {
  const orgId = e2e.tenant.org.id;
  const fin = await logIn(`/orgs/${orgId}/finance/payouts`, finance);
  await fin.getByRole('heading', { level: 1, name: 'Payout batches' }).waitFor({ timeout: 30_000 });
  await fin.getByRole('button', { name: 'Propose now' }).click();
  await fin.getByRole('dialog').getByRole('button', { name: 'Propose', exact: true }).click();
  await fin.getByTestId('proposal-result').waitFor({ timeout: 30_000 });
  const [batch] = await e2e.db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, orgId));
  expect(batch).toBeDefined();
  const batchPath = `/orgs/${orgId}/finance/payouts/${batch!.id}`;
  await fin.context().close();

  const page = await logIn(batchPath, owner);
  const main = page.getByRole('main');
  await page.getByRole('heading', { level: 1, name: /^Payout batch/ }).waitFor({ timeout: 30_000 });
  await main.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  // A batch of gift cards and external items: its send and next step name no rail it does not hold (PayPal).
  await main.getByTestId('next-step').getByText('Next step: sending the payouts, by').waitFor({ timeout: 30_000 });
  expect(await main.textContent()).not.toContain('PayPal');
  await main.getByRole('button', { name: 'Send payouts', exact: true }).click();
  await page.getByRole('dialog', { name: 'Send these payouts?' }).getByRole('button', { name: 'Confirm' }).click();

  // Tremendous's signed webhook for the executed order, replayed to the organization's endpoint.
  await expect
    .poll(
      async () => {
        const res = await fetch(`${tremendous.origin}/__control/webhooks?key=${encodeURIComponent(API_KEY)}`);
        return ((await res.json()) as { data: unknown[] }).data.length;
      },
      { timeout: 90_000 },
    )
    .toBeGreaterThan(0);
  const deliveries = (
    (await (await fetch(`${tremendous.origin}/__control/webhooks?key=${encodeURIComponent(API_KEY)}`)).json()) as {
      data: { payload: string; signature: string }[];
    }
  ).data;
  for (const d of deliveries) {
    const res = await fetch(`${e2e.baseUrl}/api/v1/tremendous/webhooks/orgs/${orgId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'tremendous-webhook-signature': d.signature },
      body: d.payload,
    });
    expect(res.status, await res.text()).toBeLessThan(300);
  }
  const itemOf = async (user: User) =>
    (await e2e.db.select().from(s.payoutItems).where(eq(s.payoutItems.batchId, batch!.id))).find(
      (i) => i.affiliateId === user.userId,
    )!;
  await expect.poll(async () => (await itemOf(gift)).status, { timeout: 60_000 }).toBe('success');

  // Both external items wait for the advertiser's own payment.
  const paidItem = await itemOf(paidExternal);
  const failedItem = await itemOf(failedExternal);
  await page.getByTestId(`external-${paidItem.id}`).getByText('Awaiting your payment and confirmation').waitFor({
    timeout: 60_000,
  });
  await page.getByTestId(`external-${failedItem.id}`).waitFor();
  // The gift card is paid: only the advertiser's own payments are awaited, and the page says so, naming no provider.
  await page
    .getByTestId('next-step')
    .getByText('Next step: pay each item in your own system and confirm it below.')
    .waitFor({ timeout: 60_000 });
  expect(await main.getByText(/^Waiting for you to pay it in your own system/).count()).toBe(2);
  expect(await main.textContent()).not.toContain('PayPal');
  await bothLanguages(page, 'rails-batch-awaiting-1440', async () => {
    await page.getByRole('heading', { level: 1, name: /^Пакет выплат/ }).waitFor();
    await page.getByTestId('next-step').getByText('оплатите каждую выплату в своей системе').waitFor();
  });
  await page
    .getByTestId(`external-${paidItem.id}`)
    .getByRole('button', { name: /^Paid:/ })
    .click();
  let dialog = page.getByRole('dialog', { name: 'Confirm this payment?' });
  await dialog.getByRole('textbox').fill('BANK-REF-42');
  await dialog.getByRole('button', { name: 'Paid', exact: true }).click();
  await expect.poll(async () => (await itemOf(paidExternal)).status, { timeout: 30_000 }).toBe('success');
  await page
    .getByTestId(`external-${failedItem.id}`)
    .getByRole('button', { name: /^Failed:/ })
    .click();
  dialog = page.getByRole('dialog', { name: 'Mark this payment as failed?' });
  await dialog.getByRole('textbox').fill('The IBAN was closed');
  await dialog.getByRole('button', { name: 'Failed', exact: true }).click();
  await expect.poll(async () => (await itemOf(failedExternal)).status, { timeout: 30_000 }).toBe('failed');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /^Payout batch/ }).waitFor({ timeout: 30_000 });
  await bothLanguages(page, 'rails-batch-settled-1440', () =>
    page.getByRole('heading', { level: 1, name: /^Пакет выплат/ }).waitFor(),
  );
  await page.context().close();

  // Every gift card is settled: the owner may disconnect Tremendous on its page.
  const settings = await logIn(`/orgs/${orgId}/finance/tremendous`, owner, 375);
  await settings.getByTestId('tremendous-connected').waitFor({ timeout: 30_000 });
  await settings.getByRole('button', { name: 'Disconnect' }).click();
  await settings.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await settings.getByTestId('tremendous-not-connected').waitFor({ timeout: 30_000 });
  expect(
    await e2e.db.select().from(s.orgTremendousAccounts).where(eq(s.orgTremendousAccounts.organizationId, orgId)),
  ).toEqual([]);
  await settings.context().close();

  // Each affiliate sees the result on their Payouts page.
  for (const [user, name, width] of [
    [gift, 'gift', 375],
    [paidExternal, 'external-paid', 1440],
    [failedExternal, 'external-failed', 375],
  ] as const) {
    const mine = await logIn('/affiliate/payouts', user, width);
    await mine.getByRole('heading', { level: 1, name: 'Payouts' }).waitFor({ timeout: 30_000 });
    await mine.waitForLoadState('networkidle');
    await bothLanguages(mine, `rails-affiliate-${name}-${width}`, () =>
      mine.getByRole('heading', { level: 1, name: 'Выплаты' }).waitFor(),
    );
    await mine.context().close();
  }
}, 400_000);
