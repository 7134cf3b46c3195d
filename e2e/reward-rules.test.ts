import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, settle, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The reward rule editor against the real Worker: the owner gives the group Gold a rule "DE or AT → 35 %" in the
// group form (refused beside the field while incomplete; duplicated, moved and deleted on the way), saves, reloads
// and reads it as a sentence; Gold's affiliate reads it addressed to them; finance reads it only, on a phone;
// the owner once in Russian.

let e2e: E2e;
let owner: Awaited<ReturnType<typeof signUpVerified>>;
let finance: Awaited<ReturnType<typeof signUpVerified>>;
let affiliate: Awaited<ReturnType<typeof signUpVerified>>;
let goldId: string;
let ownerPage: Page;

const SENTENCE_EN = 'Pay 35% on sales when the customer is in Germany or Austria';

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
  const [gold] = await db
    .insert(s.programGroups)
    .values({ organizationId: tenant.org.id, programId: tenant.program.id, name: 'Gold', color: 'yellow' })
    .returning();
  goldId = gold!.id;
  await db.insert(s.enrollments).values({
    programId: tenant.program.id,
    affiliateId: affiliate.userId,
    organizationId: tenant.org.id,
    groupId: goldId,
    status: 'active',
    refCode: `rul-${affiliate.userId.slice(-10)}`,
  });
}, 240_000);

afterAll(async () => {
  await ownerPage?.context().close();
  await e2e?.stop();
});

const groupsPath = () => `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}?tab=groups`;
const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

/** Opens a menu, picks an item and waits for the menu to be gone, so the next menu is the only one. */
async function pick(page: Page, opener: ReturnType<Page['getByRole']>, item: string): Promise<void> {
  await opener.click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
}

async function look(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

test('the owner adds the rule "DE or AT → 35 %", saves, reloads and reads it as a sentence', async () => {
  ownerPage = await e2e.newPage({ locale: 'en' });
  const page = ownerPage;
  await signedInAt(page, groupsPath(), owner);
  await card(page, 'Gold').waitFor({ timeout: 30_000 });
  await card(page, 'Gold').getByRole('button', { name: 'Edit partner group Gold' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit partner group Gold' });
  const editor = dialog.getByTestId('rule-editor');
  await editor.getByText('No rules: members earn').waitFor();
  await editor.getByRole('button', { name: 'Add rule' }).click();
  const rule = editor.getByTestId('rule-item').first();
  await rule.getByRole('textbox', { name: 'Rule name' }).fill('German-speaking customers');

  // Incomplete: no rate and a country condition without countries. Refused beside the fields, nothing is sent.
  await pick(page, rule.getByRole('button', { name: 'Add condition' }), "Customer's country");
  // Closed while wrong: saving opens it again to show why.
  await rule.getByRole('button', { name: /^German-speaking customers/ }).click();
  await rule.getByRole('textbox', { name: 'Rule name' }).waitFor({ state: 'hidden' });
  await dialog.getByRole('button', { name: 'Save partner group' }).click();
  await rule.getByText('Enter a rate from 0 to 100 %.').waitFor();
  await rule.getByText('Pick at least one.').waitFor();
  await rule.getByText('Needs attention').waitFor();

  await rule.getByRole('textbox', { name: 'Rate', exact: true }).fill('35');
  const countries = rule.getByRole('combobox', { name: 'Countries' });
  await countries.fill('Germ');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await countries.fill('Austr');
  await page.getByRole('option', { name: 'Austria (AT)' }).click();
  // A click beside the list closes it (Escape would close the dialog too).
  await rule.getByRole('textbox', { name: 'Rule name' }).click();
  await rule.getByTestId('rule-summary').getByText(SENTENCE_EN, { exact: true }).waitFor();
  expect(await rule.getByText('Needs attention').count()).toBe(0);

  // Duplicate, move the copy first, then delete it: one rule is left, the first.
  await pick(page, editor.getByRole('button', { name: 'Actions for rule German-speaking customers' }), 'Duplicate');
  await editor.getByText('German-speaking customers (copy)').waitFor();
  await pick(
    page,
    editor.getByRole('button', { name: 'Actions for rule German-speaking customers (copy)' }),
    'Move up',
  );
  await expect
    .poll(() => editor.getByTestId('rule-item').first().getByText('German-speaking customers (copy)').count())
    .toBe(1);
  // A group inside the copy's conditions: the copy's sentence grows, the original's stays.
  const copy = editor.getByTestId('rule-item').first();
  await copy.getByRole('button', { name: /^German-speaking customers \(copy\)/ }).click();
  await copy.getByRole('button', { name: 'Add group' }).click();
  const inner = copy.getByRole('group', { name: 'Group of conditions' });
  await pick(page, inner.getByRole('button', { name: 'Add condition' }), 'New customer');
  await copy.getByTestId('rule-summary').getByText(`${SENTENCE_EN} and the customer is new`, { exact: true }).waitFor();
  await look(page, 'rule-editor-en');
  await pick(page, editor.getByRole('button', { name: 'Actions for rule German-speaking customers (copy)' }), 'Delete');
  await expect.poll(() => editor.getByTestId('rule-item').count()).toBe(1);

  await dialog.getByRole('button', { name: 'Save partner group' }).click();
  await dialog.waitFor({ state: 'detached' });
  const [row] = await e2e.db.select().from(s.programGroups).where(eq(s.programGroups.id, goldId));
  expect(row!.rewardRules).toMatchObject([
    {
      name: 'German-speaking customers',
      events: ['sale'],
      when: { all: [{ kind: 'country', in: ['DE', 'AT'] }] },
      reward: { commissionType: 'percent', rateBps: 3_500, fixedMinor: null },
    },
  ]);

  await page.reload();
  const sentences = card(page, 'Gold').getByTestId('rule-sentences');
  await sentences.getByText(SENTENCE_EN, { exact: true }).waitFor({ timeout: 30_000 });
  await look(page, 'rule-sentences-card-en');
}, 180_000);

test("Gold's affiliate reads the rule addressed to them on its program page", async () => {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/affiliate/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, affiliate);
  const rules = page.getByTestId('rule-sentences');
  await rules.getByText(SENTENCE_EN, { exact: true }).waitFor({ timeout: 30_000 });
  await rules.getByText('Rewards by condition').waitFor();
  await look(page, 'affiliate-rules-en');
  await page.context().close();
}, 180_000);

test('a finance member reads the rules as sentences only, on a phone', async () => {
  const page = await e2e.newPage({ locale: 'en', width: 375 });
  await signedInAt(page, groupsPath(), finance);
  await card(page, 'Gold').getByText(SENTENCE_EN, { exact: true }).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: /^Edit partner group/ }).count()).toBe(0);
  expect(await page.getByTestId('rule-editor').count()).toBe(0);
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  await page.context().close();
}, 180_000);

test('the rules in Russian', async () => {
  const page = ownerPage;
  await page.goto(groupsPath());
  await card(page, 'Gold').waitFor({ timeout: 30_000 });
  await switchLanguage(page, 'RU');
  await card(page, 'Gold')
    .getByText(/^Платить 35\s%\sс продаж, если страна клиента: Германия или Австрия$/)
    .waitFor();
  await card(page, 'Gold').getByRole('button', { name: 'Изменить группу партнёров Gold' }).click();
  const dialog = page.getByRole('dialog', { name: /Gold/ });
  const editor = dialog.getByTestId('rule-editor');
  await editor.getByRole('button', { name: /^German-speaking customers/ }).click();
  await editor.getByText('Страны').first().waitFor();
  await look(page, 'rule-editor-ru');
}, 180_000);
