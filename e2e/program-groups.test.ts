import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, settle, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// Partner groups against the real Worker: the owner makes a Gold group at 40 % on the program's Partner groups tab, moves
// an affiliate into it and places an invite link's joiners in it; the affiliate's program page shows Gold and 40 %;
// a finance member reads the same groups without a single control; the owner caps Gold's spend; the tab once in
// Russian.

let e2e: E2e;
let owner: Awaited<ReturnType<typeof signUpVerified>>;
let finance: Awaited<ReturnType<typeof signUpVerified>>;
let affiliate: Awaited<ReturnType<typeof signUpVerified>>;
let enrollmentId: string;
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
  await db.update(s.users).set({ firstName: 'Gina', lastName: 'Gold' }).where(eq(s.users.id, affiliate.userId));
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: affiliate.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `grp-${affiliate.userId.slice(-10)}`,
    })
    .returning();
  enrollmentId = enrollment!.id;
}, 240_000);

afterAll(async () => {
  await ownerPage?.context().close();
  await e2e?.stop();
});

const groupsPath = () => `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}?tab=groups`;
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

/** axe as the page is now (pointer parked, transitions over), then screenshots at 1440 and 375 px. */
async function look(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

test('the owner creates Gold at 40 % with a 7-day hold, moves an affiliate into it and links joiners to it', async () => {
  ownerPage = await e2e.newPage({ locale: 'en' });
  const page = ownerPage;
  await signedInAt(page, groupsPath(), owner);
  await card(page, 'Default').waitFor({ timeout: 30_000 });
  await card(page, 'Default')
    .getByText(/^As the program: 30% per conversion/)
    .waitFor();
  // The default group is never deleted: its button is disabled.
  expect(await card(page, 'Default').getByRole('button', { name: 'Delete partner group Default' }).isDisabled()).toBe(
    true,
  );
  await look(page, 'groups-tab-en');

  await page.getByRole('button', { name: 'New partner group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New partner group' });
  await dialog.waitFor();
  await dialog.getByLabel(/^Name/).fill('Gold');
  await dialog.getByRole('combobox', { name: 'Badge colour' }).click();
  await page.getByRole('option', { name: 'Yellow' }).click();
  await dialog.getByLabel('Description').fill('Our best partners');
  const rate = dialog.getByRole('group', { name: 'Commission rate' });
  await rate.getByText("The program's: 30%").waitFor();
  await rate.getByRole('switch', { name: "Use the program's" }).click();
  // Out of range stays as typed and is refused beside the field, before anything is sent.
  await rate.getByRole('textbox', { name: 'Commission rate' }).fill('140');
  await dialog.getByRole('button', { name: 'Create partner group' }).click();
  await dialog.getByText('Enter a rate from 0 to 100 %.').waitFor();
  await rate.getByRole('textbox', { name: 'Commission rate' }).fill('40');
  const hold = dialog.getByRole('group', { name: 'Hold', exact: true });
  await hold.getByRole('switch', { name: "Use the program's" }).click();
  await hold.getByRole('textbox', { name: 'Hold in days' }).fill('7');
  await look(page, 'group-form-en');
  await dialog.getByRole('button', { name: 'Create partner group' }).click();
  await dialog.waitFor({ state: 'detached' });

  const gold = card(page, 'Gold');
  await gold.getByText('Our best partners').waitFor();
  await gold.getByText(/^40% per conversion, held 7 days; as the program: no rebills/).waitFor();
  const [row] = await e2e.db.select().from(s.programGroups).where(eq(s.programGroups.name, 'Gold'));
  expect(row).toMatchObject({
    programId: e2e.tenant.program.id,
    color: 'yellow',
    description: 'Our best partners',
    commissionRateBps: 4_000,
    holdDays: 7,
    commissionType: null,
    multiLevelRatesBps: null,
  });

  // Move the affiliate in from the tab.
  await gold.getByRole('button', { name: 'Move affiliates here: partner group Gold' }).click();
  const move = page.getByRole('dialog', { name: 'Move affiliates into Gold' });
  await move.getByRole('combobox', { name: 'Affiliates of the program' }).fill('Gina');
  await page.getByRole('option', { name: /Gina Gold/ }).click();
  // A click beside the list closes it (Escape would close the dialog too).
  await move.getByText(/^Their next events earn/).click();
  await move.getByRole('button', { name: 'Move 1 affiliate' }).click();
  await move.waitFor({ state: 'detached' });
  await gold.getByText('1 member').waitFor();
  await expect
    .poll(async () => (await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId)))[0]?.groupId)
    .toBe(row!.id);

  // A group with members is not deleted: the server's sentence says what to do.
  await gold.getByRole('button', { name: 'Delete partner group Gold' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete partner group Gold?' });
  await confirm.getByText('The group still has 1 member.', { exact: false }).waitFor();
  await confirm.getByRole('button', { name: 'Delete partner group' }).click();
  await confirm.getByText('Move the group’s members to another group first.').waitFor();
  await look(page, 'group-delete-refused-en');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  // The affiliates table names each affiliate's group.
  await page.goto(`/orgs/${e2e.tenant.org.id}/affiliates?status=active`);
  const tableRow = page.getByRole('row', { name: /Gina Gold/ });
  await tableRow.getByText('Gold', { exact: true }).waitFor({ timeout: 30_000 });
  await tableRow.getByRole('button', { name: 'Move Gina Gold to another partner group' }).waitFor();
  await look(page, 'affiliates-groups-en');

  // An invite link of the program places its joiners in Gold.
  await page.goto(`/orgs/${e2e.tenant.org.id}/invites`);
  await page.getByLabel('Label').fill('Gold newsletter');
  await page.getByRole('combobox', { name: 'Joins' }).click();
  await page.getByRole('option', { name: e2e.tenant.program.name, exact: true }).click();
  await page.getByRole('combobox', { name: 'Partner group' }).click();
  await page.getByRole('option', { name: 'Gold', exact: true }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  await page
    .getByRole('row', { name: /Gold newsletter/ })
    .getByText('Partner group: Gold')
    .waitFor();
  const [link] = await e2e.db
    .select()
    .from(s.registrationLinks)
    .where(eq(s.registrationLinks.label, 'Gold newsletter'));
  expect(link?.groupId).toBe(row!.id);
}, 180_000);

test("the affiliate's program page shows its group Gold and the 40 % it earns", async () => {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, affiliate);
  const mine = page.getByTestId('my-group');
  await mine.getByText('Gold', { exact: true }).waitFor({ timeout: 30_000 });
  await mine.getByText('Our best partners').waitFor();
  const terms = page.locator('section[aria-labelledby="program-terms"]');
  await terms.getByText(/^40%/).waitFor();
  await terms.getByText('7 days').waitFor();
  await look(page, 'affiliate-program-group-en');
  await page.context().close();
}, 180_000);

test('a finance member reads the groups without a control that changes them', async () => {
  const page = await e2e.newPage({ locale: 'en', width: 375 });
  await signedInAt(page, groupsPath(), finance);
  await card(page, 'Gold')
    .getByText(/^40% per conversion/)
    .waitFor({ timeout: 30_000 });
  await card(page, 'Default').waitFor();
  expect(await page.getByRole('button', { name: 'New partner group' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Edit partner group/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Delete group/ }).count()).toBe(0);
  // No horizontal scroll on a phone.
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await look(page, 'groups-finance');
  await page.context().close();
}, 180_000);

test('the owner caps Gold at $500 a month and $100 a day; the card ends with its limits', async () => {
  const page = ownerPage;
  await page.goto(groupsPath());
  await card(page, 'Gold').getByRole('button', { name: 'Edit partner group Gold' }).click({ timeout: 30_000 });
  const dialog = page.getByRole('dialog', { name: 'Edit partner group Gold' });
  await dialog.getByText('No limits: members earn whatever their terms pay.').waitFor();
  await dialog.getByRole('button', { name: 'Add a limit' }).click();
  await dialog
    .getByRole('group', { name: 'Limit 1' })
    .getByLabel(/^At most/)
    .fill('500');
  await dialog.getByRole('button', { name: 'Add a limit' }).click();
  const second = dialog.getByRole('group', { name: 'Limit 2' });
  await second.getByLabel(/^At most/).fill('100');
  // Two monthly limits in USD: refused beside the second, before anything is sent.
  await dialog.getByRole('button', { name: 'Save partner group' }).click();
  await dialog.getByText('There is already a limit for this period in this currency.').waitFor();
  await second.getByRole('combobox', { name: 'Per' }).click();
  await page.getByRole('option', { name: 'Day', exact: true }).click();
  // A third row added and removed again.
  await dialog.getByRole('button', { name: 'Add a limit' }).click();
  await dialog.getByRole('button', { name: 'Remove limit 3' }).click();
  await look(page, 'group-limits-en');
  await dialog.getByRole('button', { name: 'Save partner group' }).click();
  await dialog.waitFor({ state: 'detached' });
  await card(page, 'Gold')
    .getByText(/; at most \$500\.00 a month, \$100\.00 a day$/)
    .waitFor();
  const [row] = await e2e.db.select().from(s.programGroups).where(eq(s.programGroups.name, 'Gold'));
  expect(row?.spendLimits).toEqual([
    { period: 'month', maxMinor: 50_000, currency: 'USD' },
    { period: 'day', maxMinor: 10_000, currency: 'USD' },
  ]);
}, 180_000);

test("the affiliate sees Gold's limits and what they used of each, in English and Russian, on a phone", async () => {
  const page = await e2e.newPage({ locale: 'en', width: 375 });
  await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, affiliate);
  const limits = page.getByTestId('my-spend-limits');
  await limits.getByText('Your limits').waitFor({ timeout: 30_000 });
  await limits.getByText('Up to $500.00 a month').waitFor();
  await limits.getByText('Up to $100.00 a day').waitFor();
  await limits.getByText(/^\$0\.00 of \$100\.00 earned this period · starts again /).waitFor();
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await look(page, 'affiliate-spend-limits-en');
  await switchLanguage(page, 'RU');
  await limits.getByText('Ваши лимиты').waitFor();
  await limits.getByText(/^Не больше 100,00\s\$ в день$/).waitFor();
  await look(page, 'affiliate-spend-limits-ru');
  await page.context().close();
}, 180_000);

test('the Partner groups tab in Russian', async () => {
  const page = ownerPage;
  await page.goto(groupsPath());
  await card(page, 'Gold').waitFor({ timeout: 30_000 });
  await switchLanguage(page, 'RU');
  await page.getByRole('button', { name: 'Новая группа партнёров' }).waitFor();
  await card(page, 'Gold')
    .getByText(/^40\s%\sза конверсию, ожидание 7 дней; как в программе:/)
    .waitFor();
  await card(page, 'Gold').getByText('1 участник').waitFor();
  await look(page, 'groups-tab-ru');
  await page.getByRole('button', { name: 'Новая группа партнёров' }).click();
  await page.getByRole('dialog', { name: 'Новая группа партнёров' }).waitFor();
  await look(page, 'group-form-ru');
}, 180_000);

// Branded editions of the tenant's app: the owner offers them on the app's page, the affiliate (Ivy) makes one in
// the wizard, the owner approves and then suspends it with a reason the affiliate reads; both sides in Russian.

const EDITION = "Ivy's AI Friend";
const BASE_DOMAIN = 'app.example';
const EDITION_HOST = `ivy.${BASE_DOMAIN}`;

describe('branded editions', () => {
  // Their own owner and affiliate (Ivy), so these tests neither follow nor change the groups tests' people.
  let editor: Awaited<ReturnType<typeof signUpVerified>>;
  let ivy: Awaited<ReturnType<typeof signUpVerified>>;
  let editorPage: Page;

  beforeAll(async () => {
    [editor, ivy] = await Promise.all([signUpVerified(e2e), signUpVerified(e2e, { approved: true })]);
    await e2e.db
      .insert(s.memberships)
      .values({ organizationId: e2e.tenant.org.id, userId: editor.userId, role: 'owner' });
    await e2e.db.update(s.users).set({ firstName: 'Ivy', lastName: 'Edwards' }).where(eq(s.users.id, ivy.userId));
    await e2e.db.insert(s.enrollments).values({
      programId: e2e.tenant.program.id,
      affiliateId: ivy.userId,
      organizationId: e2e.tenant.org.id,
      status: 'active',
      refCode: `ed-${ivy.userId.slice(-10)}`,
    });
    editorPage = await e2e.newPage({ locale: 'en' });
  });

  test('the owner offers branded editions of the app: program, addresses, a plan with its bounds, the reward', async () => {
    const page = editorPage;
    await signedInAt(page, `/orgs/${e2e.tenant.org.id}/apps/${e2e.tenant.app.id}`, editor);
    const section = page.getByRole('region', { name: 'Branded editions' });
    await section.getByRole('switch', { name: 'Offer branded editions of this app' }).waitFor({ timeout: 30_000 });
    await section.getByRole('switch', { name: 'Offer branded editions of this app' }).click();
    await section.getByRole('combobox', { name: 'Program' }).click();
    await page.getByRole('option', { name: 'Program (USD)' }).click();
    await section.getByRole('checkbox', { name: 'Logo' }).check();
    await section.getByRole('checkbox', { name: 'My own domain' }).check();
    // Not the app's own domain: the server refuses it, beside the field.
    await section.getByRole('textbox', { name: 'Base domain' }).fill('someone-else.example');
    await section.getByRole('button', { name: 'Add a plan' }).click();
    const plan = section.getByTestId('offer-row');
    await plan.getByRole('textbox', { name: 'Plan code' }).fill('pro');
    await plan.getByRole('textbox', { name: 'Name' }).fill('Pro');
    await plan.getByRole('textbox', { name: 'List price' }).fill('10.00');
    await plan.getByRole('textbox', { name: 'Lowest price' }).fill('10.00');
    // A range upside down is refused beside the field, before anything is sent.
    await plan.getByRole('textbox', { name: 'Highest price' }).fill('9.00');
    await section.getByRole('textbox', { name: 'Rate' }).fill('30');
    await section.getByRole('button', { name: 'Save edition settings' }).click();
    await section.getByText('The highest price must not be below the lowest.').waitFor();
    await plan.getByRole('textbox', { name: 'Highest price' }).fill('13.00');
    await section.getByRole('button', { name: 'Save edition settings' }).click();
    await section.getByText("Use your app's own domain: its site's domain or one of its allowed domains.").waitFor();
    await section.getByRole('textbox', { name: 'Base domain' }).fill(BASE_DOMAIN);
    await section.getByRole('button', { name: 'Save edition settings' }).click();
    await page.getByText('Edition settings saved.').waitFor();
    const [row] = await e2e.db.select().from(s.editionSettings).where(eq(s.editionSettings.appId, e2e.tenant.app.id));
    expect(row).toMatchObject({
      enabled: true,
      programId: e2e.tenant.program.id,
      baseDomain: BASE_DOMAIN,
      rewardType: 'percent',
      rewardRateBps: 3_000,
      requiresApproval: true,
    });
    expect(row?.plans).toEqual([
      {
        code: 'pro',
        name: 'Pro',
        interval: 'month',
        currency: 'USD',
        listPriceMinor: 1_000,
        bounds: { kind: 'range', minMinor: 1_000, maxMinor: 1_300 },
      },
    ]);
    await section.scrollIntoViewIfNeeded();
    await look(page, 'edition-settings-en');
  }, 180_000);

  test('the affiliate makes an edition in the wizard: brand, subdomain checked live, a price inside the bounds', async () => {
    const page = await e2e.newPage({ locale: 'en' });
    await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/editions`, ivy);
    await page.getByText('You have no branded edition yet').waitFor({ timeout: 30_000 });
    await look(page, 'editions-empty-en');
    await page.getByRole('link', { name: 'New edition' }).first().click();
    const title = page.getByTestId('wizard-step-title');
    await title.getByText('Which app is your edition of?').waitFor();
    await look(page, 'edition-wizard-app-en');
    await page.getByTestId('wizard-next').click();

    await title.getByText('Your brand').waitFor();
    // Next with an empty name stays on the step and says why.
    await page.getByTestId('wizard-next').click();
    await page.getByText("Enter your edition's name (up to 80 characters).").waitFor();
    await page.getByRole('textbox', { name: 'Edition name' }).fill(EDITION);
    await page.getByRole('textbox', { name: 'Main colour' }).fill('#0b6e4f');
    // Leaving the field closes the colour picker (its sliders are Mantine's, without names).
    await page.keyboard.press('Escape');
    await title.click();
    await page.locator('.mantine-ColorInput-dropdown').waitFor({ state: 'hidden' });
    // The preview beside the fields follows every keystroke.
    await page.getByTestId('edition-preview-name').getByText(EDITION).waitFor();
    // The logo shows on the edition's pages, not in the advertiser's portal header and emails (Brand's hint).
    await page.getByText("Shown on your edition's pages where the app shows its own logo.", { exact: false }).waitFor();
    expect(await page.getByText('Shown in the portal header and emails', { exact: false }).count()).toBe(0);
    await look(page, 'edition-wizard-brand-en');
    await page.getByTestId('wizard-next').click();

    await title.getByText('Where your edition lives').waitFor();
    // A label the app keeps for itself is refused live; a free one is confirmed.
    await page.getByRole('textbox', { name: 'Subdomain' }).fill('admin');
    await page.getByTestId('host-refused').waitFor();
    await page.getByRole('textbox', { name: 'Subdomain' }).fill('ivy');
    await page.getByText(`${EDITION_HOST} is free.`).waitFor();
    await look(page, 'edition-wizard-domain-en');
    // The keyboard moves on too: Tab to Next, Enter.
    await page.getByTestId('wizard-next').focus();
    await page.keyboard.press('Enter');

    await title.getByText('Plans and prices').waitFor();
    const price = page.getByRole('textbox', { name: 'Your price (USD)' });
    await page.getByText('Between $10.00 and $13.00').waitFor();
    await price.fill('14');
    await page.getByTestId('wizard-next').click();
    await page.getByText("The price is above the advertiser's maximum.").waitFor();
    await price.fill('12.50');
    await look(page, 'edition-wizard-plans-en');
    await page.getByTestId('wizard-next').click();

    await title.getByText('Preview and submit').waitFor();
    const preview = page.getByTestId('edition-preview');
    await preview.getByTestId('edition-preview-name').getByText(EDITION).waitFor();
    await preview.getByTestId('edition-preview-host').getByText(`https://${EDITION_HOST}`).waitFor();
    await preview.getByTestId('edition-preview-plan').getByText('$12.50').waitFor();
    const header = preview.getByTestId('edition-preview-header');
    expect(await header.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
      'rgb(11, 110, 79)',
    );
    await look(page, 'edition-wizard-preview-en');
    await page.getByTestId('wizard-submit').click();
    await page.getByText(`${EDITION} was submitted: the advertiser will review it.`).waitFor();
    const card = page.getByRole('article', { name: EDITION });
    await card.getByText('Waiting for approval').waitFor();
    const [edition] = await e2e.db.select().from(s.editions).where(eq(s.editions.host, EDITION_HOST));
    expect(edition).toMatchObject({
      name: EDITION,
      status: 'pending',
      primaryColor: '#0b6e4f',
      domainKind: 'subdomain',
      affiliateId: ivy.userId,
    });
    const prices = await e2e.db
      .select()
      .from(s.editionPlanPrices)
      .where(eq(s.editionPlanPrices.editionId, edition!.id));
    expect(prices.map((p) => [p.planCode, p.priceMinor, p.currency])).toEqual([['pro', 1_250, 'USD']]);
    await look(page, 'editions-mine-en');
    await page.context().close();
  }, 180_000);

  test('the owner approves the edition, then suspends it with a reason the affiliate reads', async () => {
    const page = editorPage;
    await page.goto(`/orgs/${e2e.tenant.org.id}/editions?status=pending`);
    const row = page.getByTestId(`edition-${EDITION_HOST}`);
    await row.getByText('Waiting for approval').waitFor({ timeout: 30_000 });
    await look(page, 'editions-org-pending-en');
    await row.getByRole('button', { name: `Approve ${EDITION}` }).click();
    const approve = page.getByRole('dialog', { name: `Approve ${EDITION}?` });
    await approve.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`${EDITION} is live.`).waitFor();
    await page.getByText('No edition matches these filters').waitFor();

    await page.goto(`/orgs/${e2e.tenant.org.id}/editions`);
    await row.getByText('Live').waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: `Suspend ${EDITION}` }).click();
    const suspend = page.getByRole('dialog', { name: `Suspend ${EDITION}?` });
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await suspend.getByText('Write the reason the affiliate will read.').waitFor();
    await suspend
      .getByRole('textbox', { name: 'Reason' })
      .fill('The landing page promises a free month we do not offer.');
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await row.getByText('Suspended').waitFor();
    const [edition] = await e2e.db.select().from(s.editions).where(eq(s.editions.host, EDITION_HOST));
    expect(edition).toMatchObject({
      status: 'suspended',
      statusReason: 'The landing page promises a free month we do not offer.',
    });
    await look(page, 'editions-org-en');
    await switchLanguage(page, 'RU');
    await row.getByText('Приостановлена').waitFor();
    await look(page, 'editions-org-ru');
    await page.goto(`/orgs/${e2e.tenant.org.id}/apps/${e2e.tenant.app.id}`);
    await page.getByRole('switch', { name: 'Предлагать брендированные версии этого приложения' }).waitFor();
    await look(page, 'edition-settings-ru');
  }, 180_000);

  test('the affiliate reads the suspension on the editions page and home, in Russian on a phone', async () => {
    const page = await e2e.newPage({ locale: 'en', width: 375 });
    await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/editions`, ivy);
    // The signed-in page first: its switch saves the choice to the profile.
    const card = page.getByRole('article', { name: EDITION });
    await card.waitFor({ timeout: 30_000 });
    await switchLanguage(page, 'RU');
    await card.getByText('Приостановлена', { exact: true }).waitFor({ timeout: 30_000 });
    await card.getByText('The landing page promises a free month we do not offer.').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await look(page, 'editions-mine-ru');
    await page.goto(`/affiliate/${e2e.tenant.org.id}`);
    await page.getByTestId('editions-card').getByText(EDITION).waitFor({ timeout: 30_000 });
    await page.goto(`/affiliate/${e2e.tenant.org.id}/editions/new`);
    await page
      .getByTestId('wizard-step-title')
      .getByText('Версию какого приложения вы делаете?')
      .waitFor({ timeout: 30_000 });
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.getByTestId('wizard-next').click();
    await page.getByRole('textbox', { name: 'Название версии' }).fill('Вторая версия');
    await look(page, 'edition-wizard-brand-ru');
    await page.context().close();
  }, 180_000);
  test('the affiliate changes the suspended edition (a lookalike name is refused, naming the brand) and reads its stats', async () => {
    const page = await e2e.newPage({ locale: 'en' });
    await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/editions`, ivy);
    const card = page.getByRole('article', { name: EDITION });
    await card.waitFor({ timeout: 30_000 });
    // The previous test left Ivy's profile in Russian.
    await switchLanguage(page, 'EN');
    await card.getByRole('link', { name: `Edit ${EDITION}` }).click();
    const title = page.getByTestId('wizard-step-title');
    await title.getByText('Which app is your edition of?').waitFor({ timeout: 30_000 });
    await page.getByTestId('live-edit-note').getByText('This edition is suspended.', { exact: false }).waitFor();
    await page.getByTestId('wizard-next').click();
    await title.getByText('Your brand').waitFor();
    // The advertiser's own name: the live check names the brand it resembles.
    await page.getByRole('textbox', { name: 'Edition name' }).fill('Tenant Plus');
    await page.getByTestId('wizard-next').click();
    await title.getByText('Where your edition lives').waitFor();
    await page
      .getByTestId('host-refused')
      .getByText("Your edition's name looks too much like “Tenant”.", { exact: false })
      .waitFor();
    await look(page, 'edition-edit-lookalike-en');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('textbox', { name: 'Edition name' }).fill(EDITION);
    await page.getByRole('textbox', { name: 'Main colour' }).fill('#1d4ed8');
    await page.keyboard.press('Escape');
    await title.click();
    await page.locator('.mantine-ColorInput-dropdown').waitFor({ state: 'hidden' });
    await look(page, 'edition-edit-brand-en');
    for (const next of ['Where your edition lives', 'Plans and prices', 'Preview and submit']) {
      await page.getByTestId('wizard-next').click();
      await title.getByText(next).waitFor();
    }
    // A live or suspended edition has no draft to save: its changes are saved in place.
    expect(await page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await page.getByTestId('wizard-submit').getByText('Save changes').click();
    await page.getByText(`Your changes to ${EDITION} were saved. It stays suspended`, { exact: false }).waitFor();
    const [edition] = await e2e.db.select().from(s.editions).where(eq(s.editions.host, EDITION_HOST));
    expect(edition).toMatchObject({ status: 'suspended', primaryColor: '#1d4ed8', name: EDITION });
    const audit = await e2e.db.select().from(s.auditLog).where(eq(s.auditLog.targetId, edition!.id));
    expect(audit.map((a) => a.action)).toContain('edition.changed');

    // A visitor the partner app reported today: the stats page groups it under the edition.
    await e2e.db
      .insert(s.editionVisits)
      .values({ editionId: edition!.id, day: new Date().toISOString().slice(0, 10), visitorHash: 'e2e-visitor' });
    await page.goto(`/affiliate/${e2e.tenant.org.id}/stats?by=edition`);
    const table = page.getByRole('table', { name: /Branded edition/ });
    await table.getByText(EDITION).waitFor({ timeout: 30_000 });
    await table.getByRole('columnheader', { name: 'Visitors' }).waitFor();
    await look(page, 'stats-by-edition-en');
    await switchLanguage(page, 'RU');
    const ruTable = page.getByRole('table', { name: /Брендированная версия/ });
    await ruTable.getByRole('columnheader', { name: 'Посетители' }).waitFor();
    await ruTable.getByText(EDITION).waitFor();
    await look(page, 'stats-by-edition-ru');
    await page.context().close();

    // The advertiser's stats group by its apps' editions too (its owner reads Russian since the suspension).
    await editorPage.goto(`/orgs/${e2e.tenant.org.id}/stats?by=edition`);
    const orgTable = editorPage.getByRole('table', { name: /Брендированная версия/ });
    await orgTable.getByText(EDITION).waitFor({ timeout: 30_000 });
    await orgTable.getByRole('columnheader', { name: 'Посетители' }).waitFor();
    await look(editorPage, 'org-stats-by-edition-ru');
  }, 180_000);
});
