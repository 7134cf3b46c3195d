import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkAxe, type E2e, signedInAt, screenshot, settle, signUpVerified, startE2e } from './harness';

// The notification settings page: the events × channels matrix saved and kept across a reload, and
// linking Telegram through the bot (the local Bot API plays the user pressing Start).

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ notify: true });
});

afterAll(async () => {
  await e2e?.stop();
});

/** axe, then screenshots at 1440 and 375 px; the page must not scroll sideways on a phone. */
async function look(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
    await settle(page);
    const overflow = await page.evaluate(() => {
      const doc = (globalThis as any).document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const cell = (page: Page, event: string, channel: string) => page.getByTestId(`pref-${event}-${channel}`);

/** How a switch's track is drawn: the input is hidden, the track beside it is what people see. */
const trackStyle = (page: Page, event: string, channel: string) =>
  cell(page, event, channel).evaluate((input) => {
    const style = (globalThis as any).getComputedStyle((input as any).nextElementSibling);
    return {
      opacity: style.opacity as string,
      cursor: style.cursor as string,
      shadow: style.boxShadow as string,
      outlineStyle: style.outlineStyle as string,
      background: style.backgroundColor as string,
    };
  });

test('toggles preferences with the keyboard, saves, and keeps them after a reload', async () => {
  const user = await signUpVerified(e2e);
  const page = await e2e.newPage();
  await signedInAt(page, '/account/notification-settings', user);
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();

  // Defaults: conversion emails off, payout emails on.
  await expect.poll(() => cell(page, 'conversion', 'email').isChecked()).toBe(false);
  expect(await cell(page, 'payout', 'email').isChecked()).toBe(true);
  await look(page, 'notification-settings-en');

  // An affiliate sees the events that reach affiliates, each by name, never an advertiser's.
  expect(await page.getByTestId('preferences-matrix').textContent()).toContain('Webhooks turned off');
  expect(await cell(page, 'custom_domain', 'email').count()).toBe(0);
  expect(await cell(page, 'billing_payment_failed', 'email').count()).toBe(0);
  // Telegram is not linked: its switches are off and disabled, and the column says why, with the way to fix it.
  expect(await cell(page, 'payout', 'telegram').isChecked()).toBe(false);
  expect(await cell(page, 'payout', 'telegram').isDisabled()).toBe(true);
  expect(await page.getByTestId('blocked-telegram').textContent()).toBe('Link Telegram first');
  expect(await page.getByTestId('link-telegram-first').getAttribute('href')).toBe('#telegram');
  // No other switch is disabled.
  expect(await page.locator('[data-testid^="pref-"][data-testid$="-email"]:disabled').count()).toBe(0);
  // Off and disabled never look alike: off keeps full opacity and a dark outline; disabled is faded, dashed and
  // shows the not-allowed cursor (a phone's narrow column made them indistinguishable).
  const off = await trackStyle(page, 'conversion', 'email');
  const disabled = await trackStyle(page, 'payout', 'telegram');
  expect(off).toMatchObject({ opacity: '1', outlineStyle: 'none', shadow: expect.stringContaining('inset') });
  expect(off.cursor).not.toBe('not-allowed');
  expect(disabled).toMatchObject({ opacity: '0.55', cursor: 'not-allowed', outlineStyle: 'dashed', shadow: 'none' });
  expect(off.background).not.toBe(disabled.background);

  // Keyboard: focus a switch and press Space.
  await page.getByRole('switch', { name: 'New conversion by Email' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('switch', { name: 'Payouts by In-app' }).focus();
  await page.keyboard.press('Space');
  await page.getByText('2 unsaved changes').waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Notification settings saved').waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
  await expect.poll(() => cell(page, 'conversion', 'email').isChecked()).toBe(true);
  expect(await cell(page, 'payout', 'in_app').isChecked()).toBe(false);
  expect(await cell(page, 'payout', 'email').isChecked()).toBe(true);

  const token = await e2e.apiLogIn(user);
  const stored = await e2e.api('GET', '/me/notification-preferences', token);
  const payout = stored.body.events.find((e: { event: string }) => e.event === 'payout');
  expect(payout.channels.find((c: { channel: string }) => c.channel === 'in_app')).toEqual({
    channel: 'in_app',
    enabled: false,
    isDefault: false,
    blockedBy: null,
  });
  expect(payout.channels.find((c: { channel: string }) => c.channel === 'telegram')).toEqual({
    channel: 'telegram',
    enabled: false,
    isDefault: true,
    blockedBy: 'telegram_not_linked',
  });
});

test('links Telegram through the bot, shows it linked, and unlinks; in Russian too', async () => {
  const user = await signUpVerified(e2e, { locale: 'ru' });
  // The browser is English; once signed in, the profile's Russian applies.
  const page = await e2e.newPage();
  await signedInAt(page, '/account/notification-settings', user);
  await page.getByRole('heading', { level: 1, name: 'Настройки уведомлений' }).waitFor();
  await expect.poll(() => page.getByTestId('telegram-state').textContent()).toBe('Не привязан');
  await look(page, 'notification-settings-ru');

  // Connect opens t.me in a new tab; the link is shown on the page as well.
  const popup = page
    .context()
    .waitForEvent('page')
    .catch(() => null);
  await page.getByTestId('telegram-connect-button').click();
  const href = await page.getByTestId('telegram-link').getAttribute('href');
  await (await popup)?.close();
  expect(href).toMatch(/^https:\/\/t\.me\/affiliate_edge_e2e_bot\?start=[A-Za-z0-9_-]+$/);
  const token = new URL(href!).searchParams.get('start');

  // The user presses Start in Telegram: the bot server posts /start <token> to our webhook.
  const chatId = 555_000_111;
  const started = await fetch(`${e2e.telegramUrl}/__control/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chatId, token }),
  });
  const { delivered } = (await started.json()) as { delivered: { status: number; body: string } };
  expect(delivered).toEqual({ status: 200, body: JSON.stringify({ outcome: 'linked' }) });

  await page.getByRole('button', { name: 'Проверить снова' }).click();
  await expect.poll(() => page.getByTestId('telegram-state').textContent()).toBe('Привязан');
  // Linked: the Telegram switches come alive with the defaults (on), and no column reason remains.
  await expect.poll(() => cell(page, 'payout', 'telegram').isDisabled()).toBe(false);
  expect(await cell(page, 'payout', 'telegram').isChecked()).toBe(true);
  expect(await page.getByTestId('blocked-telegram').count()).toBe(0);
  const messages = (await (await fetch(`${e2e.telegramUrl}/__control/messages?chat_id=${chatId}`)).json()) as {
    messages: { text: string }[];
  };
  expect(messages.messages[0]!.text).toContain('Аккаунт привязан');
  await look(page, 'notification-settings-ru-linked');

  await page.getByRole('button', { name: 'Отвязать' }).click();
  await expect.poll(() => page.getByTestId('telegram-state').textContent()).toBe('Не привязан');
  await expect.poll(() => page.getByTestId('blocked-telegram').textContent()).toBe('Сначала привяжите Telegram');
  expect(await cell(page, 'payout', 'telegram').isDisabled()).toBe(true);
});
