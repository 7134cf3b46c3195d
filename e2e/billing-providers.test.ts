import { createHmac } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The app page's other billing providers against the real Worker: connect Paddle with its secret key,
// receive a signed notification, and see that it arrived; in English and Russian, at 1440 and 375 px.

let e2e: E2e;
let page: Page;
const SECRET = `pdl_ntfset_01hv8gwdfkw5z6d1yy6pa3xyrz_${'x'.repeat(32)}`;

beforeAll(async () => {
  e2e = await startE2e();
  const owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/apps/${e2e.tenant.app.id}`, owner);
}, 180_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

test('connects Paddle and shows that its events arrive', async () => {
  await page.getByRole('heading', { level: 1, name: e2e.tenant.app.name }).waitFor({ timeout: 30_000 });
  const paddle = page.getByTestId('billing-provider-paddle');
  await paddle.getByText('Not connected').waitFor();
  await paddle.getByLabel('Signing secret').fill('whsec_wrong');
  await paddle.getByRole('button', { name: 'Save secret' }).click();
  await paddle.getByText('it starts with pdl_ntfset_').waitFor();
  await paddle.getByLabel('Signing secret').fill(SECRET);
  await paddle.getByRole('button', { name: 'Save secret' }).click();
  await paddle.getByText('Connected', { exact: true }).waitFor();

  const body = JSON.stringify({
    event_id: 'evt_01hv8x2axb33yr5y238zfwcn5p',
    event_type: 'subscription.canceled',
    occurred_at: new Date().toISOString(),
    notification_id: 'ntf_01hv8x2azy7scaan4s0eb0273x',
    data: { id: 'sub_1', status: 'canceled', customer_id: 'ctm_1', custom_data: null },
  });
  const ts = Math.floor(Date.now() / 1000);
  const h1 = createHmac('sha256', SECRET).update(`${ts}:${body}`).digest('hex');
  const res = await fetch(`${e2e.baseUrl}/api/v1/paddle/${e2e.tenant.app.id}/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'paddle-signature': `ts=${ts};h1=${h1}` },
    body,
  });
  expect(res.status).toBe(201);
  await page.reload();
  await page.getByTestId('billing-last-event-paddle').getByText('subscription.canceled').waitFor({ timeout: 30_000 });
  await page.getByTestId('billing-provider-paddle').scrollIntoViewIfNeeded();
  await checkAxe(page, 'app billing providers (en)');
  await shoot(page, 'app-billing-providers-en');

  await page.getByRole('tab', { name: 'Lemon Squeezy' }).click();
  await page.getByTestId('billing-provider-lemon_squeezy').getByText('Not connected').waitFor();
  await page.getByRole('tab', { name: 'Other (signed webhook)' }).click();
  const generic = page.getByTestId('billing-provider-generic');
  await generic.getByRole('button', { name: 'Generate' }).click();
  expect((await generic.getByLabel('Signing secret').inputValue()).length).toBe(48);
  await shoot(page, 'app-billing-generic-en');

  await switchLanguage(page, 'RU');
  await page.getByRole('tab', { name: 'Paddle' }).click();
  await page.getByTestId('billing-provider-paddle').getByText('Подключено', { exact: true }).waitFor();
  await checkAxe(page, 'app billing providers (ru)');
  await shoot(page, 'app-billing-providers-ru');
}, 180_000);
