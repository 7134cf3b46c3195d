import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkAxe, type E2e, signedInAt, screenshot, signUpVerified, startE2e, switchLanguage } from './harness';

// One boot: a local receiver stands in for the customer's server (OUTBOUND_HOST_OVERRIDES sends
// https://hooks.receiver-example.com to it), an advertiser and an affiliate manage their endpoints.

const HOST = 'hooks.receiver-example.com';

interface Hit {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let e2e: E2e;
let receiver: Server;
const hits: Hit[] = [];
let advertiser: Awaited<ReturnType<typeof signUpVerified>>;
let affiliate: Awaited<ReturnType<typeof signUpVerified>>;
let orgId: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const port = (receiver.address() as AddressInfo).port;
  e2e = await startE2e({ vars: { OUTBOUND_HOST_OVERRIDES: `${HOST}=127.0.0.1:${port}` } });
  advertiser = await signUpVerified(e2e, { accountType: 'advertiser' });
  affiliate = await signUpVerified(e2e);
  const token = await e2e.apiLogIn(advertiser);
  const orgs = await e2e.api('GET', '/orgs', token);
  orgId = orgs.body.items[0].id;
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
}, 240_000);

/** The receiver's own check of a delivery, with node:crypto, as a customer would write it. */
function verifies(hit: Hit, secret: string): boolean {
  const id = hit.headers['webhook-id'];
  const ts = hit.headers['webhook-timestamp'];
  const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(`${id}.${ts}.${hit.body}`)
    .digest('base64');
  return String(hit.headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

async function addEndpoint(page: Page, url: string): Promise<string> {
  await page.getByRole('button', { name: 'Add endpoint' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Endpoint URL').fill(url);
  await dialog.getByLabel('Description').fill('Our CRM');
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  const secret = page.getByTestId('webhook-secret');
  await expect.poll(() => secret.textContent()).toMatch(/^whsec_/);
  return (await secret.textContent()) ?? '';
}

test('an advertiser adds an endpoint, sees its secret once, sends a test event and sees the delivery', async () => {
  const page = await e2e.newPage();
  await signedInAt(page, `/orgs/${orgId}/webhooks`, advertiser);
  await page.getByText('No webhook endpoints yet').waitFor();
  await checkAxe(page, 'webhooks empty');

  // A private address is refused with a sentence, not a crash.
  await page.getByRole('button', { name: 'Add endpoint' }).first().click();
  await page.getByRole('dialog').getByLabel('Endpoint URL').fill('https://10.0.0.5/hook');
  await page.getByRole('dialog').getByRole('button', { name: 'Add endpoint' }).click();
  await page.getByRole('alert').filter({ hasText: 'cannot be used' }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  const secret = await addEndpoint(page, `https://${HOST}/org-hook`);
  await screenshot(page, 'webhooks-secret-en-1440');
  await checkAxe(page, 'webhooks secret');
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await page.getByRole('article', { name: `https://${HOST}/org-hook` }).waitFor();
  // Shown once: never on the page again, nor in the API's answers.
  expect(await page.content()).not.toContain(secret);

  await page.getByRole('button', { name: 'Send test event' }).click();
  await page.getByRole('status').filter({ hasText: 'Test event delivered' }).waitFor();
  await page.getByRole('button', { name: 'Show deliveries' }).click();
  const log = page.getByRole('table', { name: 'Delivery attempts' });
  await log.getByRole('cell', { name: 'Test event' }).waitFor();
  await expect.poll(() => log.getByText('Delivered').count()).toBe(1);
  await screenshot(page, 'webhooks-en-1440');
  await checkAxe(page, 'webhooks with log');

  const delivered = hits.filter((h) => h.path === '/org-hook');
  expect(delivered).toHaveLength(1);
  expect(verifies(delivered[0]!, secret)).toBe(true);
  expect(JSON.parse(delivered[0]!.body)).toMatchObject({ type: 'webhook.test', data: { organizationId: orgId } });
});

test('the page reads well on a phone and in Russian', async () => {
  for (const [locale, width] of [
    ['en', 375],
    ['ru', 375],
    ['ru', 1440],
  ] as const) {
    // The login form is read in English; Russian is switched on in the shell once it shows (the login page has a
    // switch too, and the profile's language wins at sign-in).
    const page = await e2e.newPage({ width });
    await signedInAt(page, `/orgs/${orgId}/webhooks`, advertiser);
    const article = page.getByRole('article', { name: `https://${HOST}/org-hook` });
    await article.waitFor();
    if (locale === 'ru') await switchLanguage(page, 'RU');
    await article.getByRole('button', { name: locale === 'ru' ? 'Показать доставки' : 'Show deliveries' }).click();
    // A phone shows the deliveries as a list of cards, a desktop as a table.
    await (width < 768
      ? page.getByRole('list', { name: locale === 'ru' ? 'Попытки доставки' : 'Delivery attempts' })
      : page.getByRole('table')
    ).waitFor();
    await screenshot(page, `webhooks-${locale}-${width}`);
    await checkAxe(page, `webhooks ${locale} ${width}`);
    await page.context().close();
  }
}, 180_000);

test('an affiliate manages its own endpoints in the portal', async () => {
  const page = await e2e.newPage({ width: 375 });
  await signedInAt(page, '/affiliate/webhooks', affiliate);
  await page.getByText('No webhook endpoints yet').waitFor();
  const secret = await addEndpoint(page, `https://${HOST}/affiliate-hook`);
  await screenshot(page, 'webhooks-affiliate-secret-en-375');
  await page.getByRole('button', { name: 'I have saved it' }).click();
  await page.getByRole('button', { name: 'Send test event' }).click();
  await page.getByRole('status').filter({ hasText: 'Test event delivered' }).waitFor();
  await screenshot(page, 'webhooks-affiliate-en-375');
  await checkAxe(page, 'affiliate webhooks');
  const delivered = hits.filter((h) => h.path === '/affiliate-hook');
  expect(delivered).toHaveLength(1);
  expect(verifies(delivered[0]!, secret)).toBe(true);
  // The advertiser's endpoint is not the affiliate's.
  expect(await page.getByText('/org-hook').count()).toBe(0);
});
