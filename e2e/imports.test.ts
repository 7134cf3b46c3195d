import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { EXPORT_FIXTURES } from '../test/import-exports';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The Import page against the real Worker: an owner uploads Rewardful's exports, the cron (run by hand)
// does the dry run, the page shows its counts and reasons, the owner runs it, the cron writes it, the
// page shows it done and the report downloads; then the same page in Russian.

let e2e: E2e;
let page: Page;
let owner: { email: string; password: string };
let orgId: string;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  const token = await e2e.apiLogIn(owner);
  orgId = (await e2e.api('GET', '/orgs', token)).body.items[0].id;
  const app = await e2e.api('POST', `/orgs/${orgId}/apps`, token, { name: 'Shop', siteUrl: 'https://shop.example' });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  const program = await e2e.api('POST', `/orgs/${orgId}/programs`, token, {
    appId: app.body.id,
    name: 'Shop Partners',
    status: 'active',
    payoutModel: 'cps',
    commissionType: 'percent',
    commissionRateBps: 3000,
    currency: 'USD',
    landingUrl: 'https://shop.example/',
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
}, 240_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

const h1 = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

/** One minute's cron run: the import job takes its steps (a chunk each, up to 30). */
async function runCron() {
  const cron = await fetch(`${e2e.baseUrl}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(cron.status).toBe(200);
}

const status = () => page.getByTestId('import-status').first().getAttribute('data-status');

async function look(name: string) {
  await page.mouse.move(600, 30);
  await page.waitForLoadState('networkidle');
  await checkAxe(page, name);
  await shoot(page, name);
}

test('an owner uploads Rewardful exports, reads the dry run, runs it, sees it done and downloads the report', async () => {
  const t = Date.now().toString(36);
  const fixture = EXPORT_FIXTURES.rewardful(t);
  // One more affiliate whose email is no email: a conflict whose reason the page says in words.
  const affiliatesFile = `${fixture.affiliates}rw-bad-${t},Bad,Row,not-an-email,,active,camp-1,Friends,,,0,0,0\r\n`;
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${orgId}/imports`, owner);
  await h1('Import');
  await page.getByRole('link', { name: 'Import' }).first().waitFor();
  await page.getByTestId('empty-state').waitFor();
  await look('imports-empty-en');
  // Our format's files are booked under a ledger key (docs/importing.md); another product's keep its ids.
  const ledgerKey = page.getByLabel('Ledger key (optional)');
  await ledgerKey.waitFor();

  await page.getByLabel('File layout').selectOption('rewardful');
  await ledgerKey.waitFor({ state: 'detached' });
  await page.getByText('In Rewardful: Affiliates → Export.').waitFor();
  const inputs = page.locator('input[type="file"]');
  for (const [i, kind] of (['affiliates', 'customers', 'commissions'] as const).entries())
    await inputs.nth(i).setInputFiles({
      name: `${kind}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(kind === 'affiliates' ? affiliatesFile : fixture[kind]),
    });
  await page.getByLabel('Target program').selectOption({ label: 'Shop Partners' });
  await page.getByText('Old links with ?via= keep crediting').waitFor();
  await page.getByRole('button', { name: 'Start the dry run' }).click();

  const card = page.getByTestId('import-card').first();
  await card.getByRole('heading', { name: 'Rewardful export' }).waitFor();
  expect(await status()).toBe('planning');
  await runCron();
  // The page polls the job: the dry run's verdicts appear without a reload.
  await expect.poll(status, { timeout: 30_000 }).toBe('planned');
  const affiliates = card.getByTestId('import-counts').locator('tr[data-kind="affiliate"]');
  expect(await affiliates.locator('[data-outcome="create"]').textContent()).toBe('2');
  expect(await affiliates.locator('[data-outcome="conflict"]').textContent()).toBe('1');
  await affiliates.getByText('field missing or not valid: 1').waitFor();
  await card.getByText('Nothing has been written yet', { exact: false }).waitFor();
  await look('imports-planned-en');

  await card.getByRole('button', { name: 'Run the import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Run this import?' });
  await dialog.getByText('(affiliates: 2, unpaid commissions: 1)', { exact: false }).waitFor();
  await dialog.getByRole('button', { name: 'Run the import' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(status, { timeout: 30_000 }).toBe('applying');
  await runCron();
  await expect.poll(status, { timeout: 30_000 }).toBe('completed');
  await card.getByText(/^Completed /).waitFor();
  await look('imports-completed-en');

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download report' }).click();
  const file = await download;
  const rows = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(rows[0]).toBe('kind,source_id,email,referral_code,outcome,reason,done_at,result_id');
  expect(rows.find((r) => r.startsWith(`affiliate,rw-a1-${t},`))).toContain(`,ann${t},create,`);
  expect(rows.find((r) => r.startsWith(`affiliate,rw-bad-${t},`))).toContain(',conflict,invalid_record: email');
  expect(rows).toHaveLength(1 + 3 + 1 + 2);

  // The same page in Russian: the finished import's words and counts, and the form.
  await switchLanguage(page, 'RU');
  await h1('Импорт');
  await card.getByText('Завершён', { exact: true }).waitFor();
  await card.getByRole('columnheader', { name: 'Создать' }).waitFor();
  await card.getByTestId('import-counts').getByText('поле отсутствует или неверно: 1').waitFor();
  await page.getByLabel('Формат файлов').selectOption('partnerstack');
  await page.getByText('В PartnerStack: Partner Management → All partners → Export all records.').waitFor();
  await look('imports-completed-ru');
  await switchLanguage(page, 'EN');
}, 180_000);
