import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, settle, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// Program workflows against the real Worker: the owner writes "3 sales in 30 days → Gold, a $50 bonus and a
// message" on the program's Workflows tab and reads it back as a sentence; the affiliate sees its way to Gold on
// its program page and its home; a finance member reads the tab without a control; the tab once in Russian.

let e2e: E2e;
let owner: Awaited<ReturnType<typeof signUpVerified>>;
let finance: Awaited<ReturnType<typeof signUpVerified>>;
let affiliate: Awaited<ReturnType<typeof signUpVerified>>;
let goldId: string;
let ownerPage: Page;

beforeAll(async () => {
  e2e = await startE2e();
  const { db, tenant } = e2e;
  [owner, finance, affiliate] = await Promise.all([
    signUpVerified(e2e),
    signUpVerified(e2e),
    signUpVerified(e2e, { approved: true }),
  ]);
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: owner.userId, role: 'owner' },
    { organizationId: tenant.org.id, userId: finance.userId, role: 'finance' },
  ]);
  await db.insert(s.enrollments).values({
    programId: tenant.program.id,
    affiliateId: affiliate.userId,
    organizationId: tenant.org.id,
    status: 'active',
    refCode: `wf-${affiliate.userId.slice(-10)}`,
  });
  const [gold] = await db
    .insert(s.programGroups)
    .values({
      organizationId: tenant.org.id,
      programId: tenant.program.id,
      name: 'Gold',
      color: 'yellow',
      commissionRateBps: 4_000,
    })
    .returning();
  goldId = gold!.id;
}, 240_000);

afterAll(async () => {
  await ownerPage?.context().close();
  await e2e?.stop();
});

const workflowsPath = () => `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}?tab=workflows`;
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const SENTENCE =
  /^When an affiliate reaches 3 sales in the last 30 days → move them to Gold, pay a \$50\.00 bonus and send them a message$/;

/** axe as the page is now (pointer parked, transitions over), then screenshots at 1440 and 375 px. */
async function look(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

test('the owner writes a promotion with a bonus and a message, and reads it back as a sentence', async () => {
  ownerPage = await e2e.newPage({ locale: 'en' });
  const page = ownerPage;
  await signedInAt(page, workflowsPath(), owner);
  await page.getByText('No workflows yet').waitFor({ timeout: 30_000 });
  await look(page, 'workflows-empty-en');

  await page.getByRole('button', { name: 'New workflow' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workflow' });
  await dialog.waitFor();
  await dialog.getByLabel(/^Name/).fill('Gold after three sales');
  // Nothing to do yet: refused beside the field before anything is sent.
  await dialog.getByRole('button', { name: 'Create workflow' }).click();
  await dialog.getByText('Choose at least one thing to do: a move, a bonus or a message.').waitFor();
  await dialog.getByLabel(/^Value/).fill('3');
  await dialog.getByRole('combobox', { name: 'Move to partner group' }).click();
  await page.getByRole('option', { name: 'Gold', exact: true }).click();
  await dialog.getByLabel(/^Bonus/).fill('50');
  await dialog.getByLabel('Message in English').fill('Welcome to Gold!');
  await dialog.getByTestId('workflow-preview').getByText(SENTENCE).waitFor();
  await look(page, 'workflow-form-en');
  await dialog.getByRole('button', { name: 'Create workflow' }).click();
  await dialog.waitFor({ state: 'detached' });

  const saved = card(page, 'Gold after three sales');
  await saved.getByText(SENTENCE).waitFor();
  await saved.getByText('On', { exact: true }).waitFor();
  const [row] = await e2e.db
    .select()
    .from(s.programWorkflows)
    .where(eq(s.programWorkflows.programId, e2e.tenant.program.id));
  expect(row).toMatchObject({
    metric: 'sales',
    op: 'gte',
    threshold: 3,
    windowDays: 30,
    scopeGroupId: null,
    moveToGroupId: goldId,
    bonusMinor: 5_000,
    bonusCurrency: 'USD',
    messageEn: 'Welcome to Gold!',
    messageRu: null,
  });
  await look(page, 'workflows-tab-en');
}, 180_000);

test('the affiliate sees its way to Gold on its program page and its home', async () => {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, affiliate);
  const progress = page.getByTestId('tier-progress');
  await progress.getByText(/^0 of 3 sales in the last 30 days to Gold · 0\s?%$/).waitFor({ timeout: 30_000 });
  await progress.getByRole('progressbar', { name: 'Progress to Gold' }).waitFor({ state: 'attached' });
  await look(page, 'affiliate-program-progress-en');

  await page.goto(`/affiliate/${e2e.tenant.org.id}`);
  const tiers = page.getByTestId('my-tiers');
  await tiers.getByText(/^0 of 3 sales in the last 30 days to Gold/).waitFor({ timeout: 30_000 });
  await look(page, 'affiliate-home-tiers-en');
  await page.context().close();
}, 180_000);

test('a finance member reads the workflows without a control that changes them', async () => {
  const page = await e2e.newPage({ locale: 'en', width: 375 });
  await signedInAt(page, workflowsPath(), finance);
  await card(page, 'Gold after three sales').getByText(SENTENCE).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'New workflow' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Delete / }).count()).toBe(0);
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await look(page, 'workflows-finance');
  await page.context().close();
}, 180_000);

// A bounty journey beside the workflows (both pay bonuses through the same lines): the owner sets a submission
// bounty, the affiliate submits its review, the owner approves it in the queue, the affiliate sees the award.
const bountiesPath = () => `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}?tab=bounties`;
const myProgramPath = () => `/affiliate/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`;
let affiliatePage: Page;

test('a bounty: the owner sets it, the affiliate submits, the owner approves, the affiliate sees the award', async () => {
  const page = ownerPage;
  await page.goto(bountiesPath());
  await page.getByText('No bounties yet').waitFor({ timeout: 30_000 });
  await look(page, 'bounties-empty-en');
  await page.getByRole('button', { name: 'New bounty' }).click();
  const dialog = page.getByRole('dialog', { name: 'New bounty' });
  await dialog.waitFor();
  // Nothing filled yet: refused beside the fields before anything is sent.
  await dialog.getByRole('button', { name: 'Create bounty' }).click();
  await dialog.getByText('Enter a name of at most 200 characters.').waitFor();
  await dialog.getByLabel(/^Name/).fill('Review us on YouTube');
  await dialog.getByLabel(/^What to do/).fill('A video review of at least two minutes.');
  await dialog.getByLabel(/^Bonus per winner/).fill('25');
  await dialog.getByLabel(/^Most winners/).fill('3');
  await look(page, 'bounty-form-en');
  await dialog.getByRole('button', { name: 'Create bounty' }).click();
  await dialog.waitFor({ state: 'detached' });
  const saved = card(page, 'Review us on YouTube');
  await saved.getByText('Submit your work for review: a $25.00 bonus once approved.').waitFor();
  await saved.getByText('0 of 3 winners').waitFor();
  await look(page, 'bounties-list-en');

  affiliatePage = await e2e.newPage({ locale: 'en', width: 375 });
  const mine = affiliatePage;
  await signedInAt(mine, myProgramPath(), affiliate);
  const offer = card(mine, 'Review us on YouTube');
  await offer.getByText('A video review of at least two minutes.').waitFor({ timeout: 30_000 });
  await offer.getByLabel(/^Link to your work/).fill('https://youtube.example/watch?v=abc');
  await offer.getByLabel('Note for the reviewer').fill('Eight minutes, in English.');
  await offer.getByRole('button', { name: 'Submit' }).click();
  await offer.getByText('Waiting for review').waitFor();
  expect(await mine.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await look(mine, 'my-bounties-submitted-en');

  await page.reload();
  const queued = page.getByTestId('submission-card');
  await queued.getByText('https://youtube.example/watch?v=abc').waitFor({ timeout: 30_000 });
  await queued.getByText('Note: Eight minutes, in English.').waitFor();
  await look(page, 'bounty-queue-en');
  await queued.getByRole('button', { name: /^Approve the submission of / }).click();
  // Approving books $25.00 for the affiliate: it is confirmed first, naming the amount, as a conversion's is.
  const approval = page.getByRole('dialog', { name: /^Approve the submission of .+\?$/ });
  await approval.getByText(/They win “Review us on YouTube”: a \$25\.00 bonus is booked/).waitFor();
  expect(await e2e.db.$count(s.commissions, eq(s.commissions.kind, 'bounty'))).toBe(0);
  await look(page, 'bounty-approve-confirm-en');
  await approval.getByRole('button', { name: 'Approve and book $25.00' }).click();
  await page.getByText('Nothing to review').waitFor();

  await mine.reload();
  await offer.getByText('Won', { exact: true }).waitFor({ timeout: 30_000 });
  await offer
    .getByTestId('bounty-award')
    .getByText(/^You won \$25\.00 on .+: on hold\.$/)
    .waitFor();
  await offer.getByText('Approved', { exact: true }).waitFor();
  const [line] = await e2e.db.select().from(s.commissions).where(eq(s.commissions.kind, 'bounty'));
  expect(line).toMatchObject({
    amountMinor: 2_500,
    currency: 'USD',
    status: 'pending',
    beneficiaryId: affiliate.userId,
  });
  await look(mine, 'my-bounties-won-en');
}, 180_000);

test('the Workflows tab in Russian', async () => {
  const page = ownerPage;
  await page.goto(workflowsPath());
  await card(page, 'Gold after three sales').waitFor({ timeout: 30_000 });
  await switchLanguage(page, 'RU');
  await page.getByRole('button', { name: 'Новый сценарий' }).waitFor();
  await card(page, 'Gold after three sales')
    .getByText(/^Когда партнёр набирает 3 продажи за последние 30 дней → перевести в «Gold», начислить бонус/)
    .waitFor();
  await look(page, 'workflows-tab-ru');
  await card(page, 'Gold after three sales').getByRole('button', { name: 'Изменить Gold after three sales' }).click();
  await page.getByRole('dialog', { name: 'Изменить Gold after three sales' }).waitFor();
  await look(page, 'workflow-form-ru');
}, 180_000);

test('bounties in Russian: the affiliate’s award and the owner’s list', async () => {
  const mine = affiliatePage;
  await switchLanguage(mine, 'RU');
  const offer = card(mine, 'Review us on YouTube');
  await offer.getByText('Выполнено', { exact: true }).waitFor({ timeout: 30_000 });
  await offer
    .getByTestId('bounty-award')
    .getByText(/^Вы выиграли 25,00\s\$ \(.+\), бонус на холде\.$/)
    .waitFor();
  await look(mine, 'my-bounties-won-ru');
  await mine.context().close();

  const page = ownerPage;
  await page.goto(bountiesPath());
  const saved = card(page, 'Review us on YouTube');
  await saved.getByText('Победителей: 1 из 3').waitFor({ timeout: 30_000 });
  await page.getByText('Проверять нечего').waitFor();
  await look(page, 'bounties-tab-ru');
}, 180_000);

test('long forms: the program settings index and sticky save, one filled button on Application, the app page index', async () => {
  const page = ownerPage;
  const { org, program, app } = e2e.tenant;
  await page.goto(`/orgs/${org.id}/programs/${program.id}`);
  await switchLanguage(page, 'EN');
  const index = page.getByRole('navigation', { name: 'On this page' });
  await index.getByRole('link', { name: 'Caps and fraud checks' }).waitFor({ timeout: 30_000 });
  // Nothing changed: no save to look for anywhere, and no bar.
  expect(await page.getByTestId('sticky-save-bar').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
  // By keyboard: the link takes the focus to its section, which comes into view.
  await index.getByRole('link', { name: 'Caps and fraud checks' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
    .toBe('program-section-limits');
  const limits = (await page.locator('#program-section-limits').boundingBox())!;
  expect(limits.y).toBeLessThan(page.viewportSize()!.height);

  // A change at the top: the save appears at the bottom of the window, in sight, with Discard.
  await index.getByRole('link', { name: 'Basics' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  const before = await name.inputValue();
  await name.fill(`${before} Plus`);
  const bar = page.getByTestId('sticky-save-bar');
  await bar.waitFor();
  const inSight = async () => {
    const box = (await bar.boundingBox())!;
    return box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
  };
  await page.mouse.wheel(0, 1200);
  await expect.poll(inSight).toBe(true);
  await look(page, 'program-settings-unsaved-en');
  // What a phone shows: the bar at the window's bottom over the form (a full-page shot draws it mid-page).
  if (process.env.E2E_SHOTS_DIR) {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.mouse.wheel(0, 600);
    await settle(page);
    await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/program-settings-bar-phone-viewport.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  await bar.getByRole('button', { name: 'Discard', exact: true }).click();
  await bar.waitFor({ state: 'detached' });
  expect(await name.inputValue()).toBe(before);
  await name.fill(`${before} Plus`);
  await bar.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(`Program ${before} Plus saved.`).waitFor();
  await bar.waitFor({ state: 'detached' });
  // The toast closes itself after 4 s (not while the pointer rests on it); until then it sits at the bottom right.
  await page.mouse.move(1, 1);
  await page.getByText(`Program ${before} Plus saved.`).waitFor({ state: 'detached' });
  await name.fill(before);
  await bar.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(`Program ${before} saved.`).first().waitFor();

  // The Application tab: each section saves on its own, and only publishing the terms is a filled button.
  await page.goto(`/orgs/${org.id}/programs/${program.id}?tab=application`);
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: /^Publish/ }).waitFor({ timeout: 30_000 });
  // Mantine marks every variant but the default filled one: the filled buttons are those without the mark.
  const filled = panel.locator(
    'button.mantine-Button-root:not([data-variant]), button.mantine-Button-root[data-variant="filled"]',
  );
  expect(await filled.count()).toBe(1);
  expect(await filled.textContent()).toMatch(/^Publish/);
  await look(page, 'program-application-tab-en');

  // The app page: its index reaches the last section by keyboard.
  await page.goto(`/orgs/${org.id}/apps/${app.id}`);
  const appIndex = page.getByRole('navigation', { name: 'On this page' });
  await appIndex.getByRole('link', { name: 'Other billing providers' }).waitFor({ timeout: 30_000 });
  await appIndex.getByRole('link', { name: 'Other billing providers' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate('document.activeElement && document.activeElement.id'))
    .toBe('app-section-billing');
  await look(page, 'app-page-index-en');

  await switchLanguage(page, 'RU');
  await page.getByRole('navigation', { name: 'На этой странице' }).waitFor();
  await look(page, 'app-page-index-ru');
  await page.goto(`/orgs/${org.id}/programs/${program.id}`);
  await page.getByRole('navigation', { name: 'На этой странице' }).waitFor({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Название', exact: true }).fill(`${before} Plus`);
  await page.getByTestId('sticky-save-bar').getByText('Есть несохранённые изменения.').waitFor();
  await look(page, 'program-settings-unsaved-ru');
  await page.getByTestId('sticky-save-bar').getByRole('button', { name: 'Отменить', exact: true }).click();
  await page.getByTestId('sticky-save-bar').waitFor({ state: 'detached' });
}, 180_000);
