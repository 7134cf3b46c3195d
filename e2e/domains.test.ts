import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// An advertiser adds a custom tracking domain against the real Worker and the local Cloudflare server:
// the DNS records to add appear, Cloudflare (its control endpoint) reports it verified, the cron picks
// that up and the page shows it active; then it is deleted.

let e2e: E2e;
let page: Page;
const HOSTNAME = `go.brand-${randomBytes(3).toString('hex')}.com`;

beforeAll(async () => {
  e2e = await startE2e({ cloudflare: true });
}, 180_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

const h1 = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

async function checkBothLanguages(name: string) {
  await page.mouse.move(600, 30);
  await page.waitForLoadState('networkidle');
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await h1('Домены');
  await page.waitForLoadState('networkidle');
  await checkAxe(page, `${name} (ru)`);
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
  await h1('Domains');
}

test('an advertiser adds a domain, sees the DNS records, and sees it active once Cloudflare has verified it', async () => {
  const owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  const token = await e2e.apiLogIn(owner);
  const orgs = await e2e.api('GET', '/orgs', token);
  const orgId = orgs.body.items[0].id as string;
  // Pro includes one custom domain (Starter, where sign-up starts, includes none).
  const [pro] = await e2e.db.select().from(s.plans).where(eq(s.plans.code, 'pro'));
  await e2e.db.update(s.organizations).set({ planId: pro!.id }).where(eq(s.organizations.id, orgId));

  page = await e2e.newPage({ locale: 'en' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedInAt(page, `/orgs/${orgId}/domains`, owner);
  await h1('Domains');
  await page.getByTestId('empty-state').waitFor();
  await page.getByRole('link', { name: 'Domains' }).first().waitFor();

  // A URL is refused in the form, before any request.
  await page.getByLabel('Hostname').fill(`https://${HOSTNAME}/`);
  await page.getByRole('button', { name: 'Add domain' }).click();
  await page.getByText('Enter a hostname such as go.example.com').waitFor();

  // A root domain is refused by the API, under the field, and takes nothing: the list stays empty.
  const apex = HOSTNAME.replace(/^go\./, '');
  await page.getByLabel('Hostname').fill(apex);
  await page.getByRole('button', { name: 'Add domain' }).click();
  const apexError = page.getByText(`${apex} is a root domain.`);
  await apexError.waitFor();
  expect(await apexError.textContent()).toContain(`such as go.${apex}`);
  await expect.poll(() => page.getByLabel('Hostname').getAttribute('aria-invalid')).toBe('true');
  await page.getByTestId('empty-state').waitFor();
  await shoot(page, 'domains-apex-refused');

  await page.getByLabel('Hostname').fill(HOSTNAME);
  await page.getByRole('button', { name: 'Add domain' }).click();
  const card = page.getByTestId('domain-card');
  await card.getByRole('heading', { name: HOSTNAME }).waitFor();
  await expect.poll(() => card.getByTestId('domain-status').textContent()).toBe('Pending verification');
  await card.getByText('customers.affiliate-edge.net').waitFor();
  await card.getByText(`_cf-custom-hostname.${HOSTNAME}`).waitFor();
  await card.getByText(`_acme-challenge.${HOSTNAME}`).waitFor();
  // Every record's name and value has its copy button, and it copies the value itself.
  await card.getByRole('button', { name: 'Copy CNAME Value' }).click();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe('customers.affiliate-edge.net');
  await card.getByRole('button', { name: 'Copy CNAME Value' }).waitFor(); // "Copied" has gone again
  await checkBothLanguages('domains-pending');

  // Cloudflare verifies the records; the next cron run (a minute after the last check) sees it.
  const activated = await fetch(`${e2e.cloudflareUrl}/__control/activate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hostname: HOSTNAME }),
  });
  expect(activated.status).toBe(200);
  await e2e.db
    .update(s.customDomains)
    .set({ checkedAt: new Date(Date.now() - 120_000) })
    .where(eq(s.customDomains.hostname, HOSTNAME));
  const cron = await fetch(`${e2e.baseUrl}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(cron.status).toBe(200);
  await expect
    .poll(
      async () =>
        (await e2e.db.select().from(s.customDomains).where(eq(s.customDomains.hostname, HOSTNAME)))[0]?.status,
      {
        timeout: 20_000,
      },
    )
    .toBe('active');
  await page.reload();
  await h1('Domains');
  await expect.poll(() => card.getByTestId('domain-status').textContent()).toBe('Active');
  await card.getByText(/^Active since/).waitFor();
  await checkBothLanguages('domains-active');

  // Deleting asks first, then the list is empty again.
  await card.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this domain?' });
  await dialog.getByText(HOSTNAME).waitFor();
  await dialog.getByRole('button', { name: 'Delete domain' }).click();
  await page.getByTestId('empty-state').waitFor();
  expect(await e2e.db.select().from(s.customDomains).where(eq(s.customDomains.hostname, HOSTNAME))).toEqual([]);
}, 240_000);
