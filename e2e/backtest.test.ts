import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_USERS } from './every-page/demo';
import { checkAxe, type E2e, signedInAt, screenshot, settle, shoot, startE2e, switchLanguage } from './harness';
import { chooseOption } from './choose-option';

// The backtest beside a group's terms, on the demo data: the owner raises the Default group's rate of the
// program with the most paid conversions, runs the backtest over 365 days and reads actual against
// proposed, the month chart and the biggest changes; then once in Russian.

let e2e: E2e;
let page: Page;
let program: { id: string; organization_id: string; rate: number };

beforeAll(async () => {
  e2e = await startE2e({ demo: true });
  const { rows } = await e2e.db.execute(sql`
    SELECT p.id, p.organization_id, p.commission_rate_bps AS rate FROM affiliate.programs p
    JOIN affiliate.commissions l ON l.program_id = p.id
    WHERE p.commission_type = 'percent' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`);
  program = rows[0] as typeof program;
}, 240_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

async function look(name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

test('the owner sees what a higher rate would have paid over the last year, per currency, month and affiliate', async () => {
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${program.organization_id}/programs/${program.id}?tab=groups`, DEMO_USERS.owner);
  await page.getByRole('button', { name: 'Edit partner group Default' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit partner group Default' });
  const panel = dialog.getByTestId('backtest-panel');
  await panel.getByText('Change the terms above').waitFor();

  const rate = dialog.getByRole('group', { name: 'Commission rate' });
  await rate.getByRole('switch', { name: "Use the program's" }).click();
  // Ten points above the program's rate: every paid conversion's direct line grows.
  const raised = program.rate / 100 + 10;
  await rate.getByRole('textbox', { name: 'Commission rate' }).fill(String(raised));
  await chooseOption(
    panel.getByRole('combobox', { name: 'Period' }),
    page.getByRole('option', { name: 'Last 365 days' }),
  );
  await panel.getByRole('button', { name: 'Run backtest' }).click();
  const result = panel.getByTestId('backtest-result');
  await result.waitFor({ timeout: 60_000 });

  const totals = result.getByRole('table', { name: 'Totals by currency' });
  const usd = totals.getByRole('row', { name: /^USD/ });
  await usd.waitFor();
  const cells = await usd.getByRole('cell').allTextContents();
  const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));
  // The change is positive and is exactly proposed − actual.
  expect(amount(cells[2]!)).toBeGreaterThan(amount(cells[1]!));
  expect(cells[3]).toMatch(/^\+/);
  expect(amount(cells[3]!)).toBeCloseTo(amount(cells[2]!) - amount(cells[1]!), 2);
  // What the replay compares is what affiliates earned (most of it is still on hold), and it leaves bonuses out.
  expect(await totals.getByRole('columnheader').allTextContents()).toEqual([
    'Currency',
    'Earned',
    'With these terms',
    'Change',
  ]);
  expect(await result.getByTestId('backtest-bonuses-note').textContent()).toContain('bonuses that workflows pay');
  await result.getByRole('img', { name: /per month, in USD/ }).waitFor();
  const biggest = result.getByRole('table', { name: 'The ten biggest changes by affiliate' });
  expect(await biggest.getByRole('row').count()).toBeGreaterThan(1);
  await totals.scrollIntoViewIfNeeded();
  await look('backtest-en');
  await biggest.scrollIntoViewIfNeeded();
  await shoot(page, 'backtest-affiliates-en');
  // Who the saved workflows would have moved: a card per move, or the sentence that nobody moves.
  const changes = result.getByTestId('backtest-group-changes');
  await changes.getByRole('heading', { name: 'Who would have changed partner group' }).waitFor();
  await changes.scrollIntoViewIfNeeded();
  await shoot(page, 'backtest-group-changes-en');
  // At 375 px the tables become one card per row, every amount in view.
  await page.setViewportSize({ width: 375, height: 800 });
  const cards = page.getByRole('list', { name: 'Totals by currency' });
  await cards.getByRole('listitem').first().waitFor();
  await cards.scrollIntoViewIfNeeded();
  await checkAxe(page, 'backtest-en-375');
  await screenshot(page, 'backtest-cards-en-375');
  await page.setViewportSize({ width: 1440, height: 900 });

  // Nothing was saved: the group still pays the program's rate.
  const { rows } = await e2e.db.execute(
    sql`SELECT commission_rate_bps FROM affiliate.program_groups WHERE program_id = ${program.id} AND is_default`,
  );
  expect((rows[0] as { commission_rate_bps: number | null }).commission_rate_bps).toBeNull();
});

test('in Russian', async () => {
  await page.keyboard.press('Escape');
  await switchLanguage(page, 'RU');
  await page.getByRole('button', { name: 'Изменить группу партнёров Default' }).click();
  const panel = page.getByTestId('backtest-panel');
  await panel.getByRole('button', { name: 'Проверить' }).click();
  await panel.getByTestId('backtest-result').waitFor({ timeout: 60_000 });
  const totals = panel.getByRole('table', { name: 'Итого по валютам' });
  await totals.waitFor();
  await totals.scrollIntoViewIfNeeded();
  await look('backtest-ru');
  const changes = panel.getByTestId('backtest-group-changes');
  await changes.getByRole('heading', { name: 'Кто сменил бы группу партнёров' }).waitFor();
  await changes.scrollIntoViewIfNeeded();
  await shoot(page, 'backtest-group-changes-ru');
});
