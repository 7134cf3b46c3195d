import { randomBytes } from 'node:crypto';
import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, notifications, users } from '../schema';
import {
  checkAxe,
  type E2e,
  mailedLink,
  settle,
  shoot,
  openProfileAfterLogIn,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';

// The account area end to end: signed-out email flows, every user's own pages, 2FA, language and session.
// Each test logs in at most a few times: the Worker sees every request from 127.0.0.1 (20 logins a minute).

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ oidc: true });
});

afterAll(async () => {
  await e2e?.stop();
});

const PASSWORD = 'correct horse battery';

/** axe in the current language, then full-page screenshots at 1440 and 375 px. */
async function look(page: Page, name: string): Promise<void> {
  // The pointer rests off the page's controls: a hovered, just-clicked nav link is not what we measure.
  await page.mouse.move(1, 1);
  await settle(page);
  await checkAxe(page, name);
  await shoot(page, name);
}

/** The page in English and in Russian (waiting for `ruHeading`), back in English afterwards. */
async function lookInBoth(page: Page, name: string, ruHeading: string): Promise<void> {
  await look(page, `${name}-en`);
  await switchLanguage(page, 'RU', { waitForSave: false });
  await page.getByRole('heading', { level: 1, name: ruHeading }).waitFor();
  await look(page, `${name}-ru`);
  await switchLanguage(page, 'EN', { waitForSave: false });
}

/** The path and query of the newest emailed link of a template, as the user would click it. */
const linkFromMail = (to: string, template: string) => mailedLink(e2e, to, template);

async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
}

async function typeCode(page: Page, code: string): Promise<void> {
  const cells = page.getByRole('textbox', { name: 'Authentication code' });
  await cells.first().click();
  await page.keyboard.type(code);
  // Every digit in its cell before the form is sent (the setup's cells still hold the wrong code typed before).
  await expect
    .poll(() =>
      cells.evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value).join('')),
    )
    .toBe(code);
}

const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.com`;

test('sign up as an advertiser, resend the link, confirm it from the mailbox (signed in); a second click says it was used', async () => {
  const page = await e2e.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Sign up' }).click();
  await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
  await page.getByTestId('account-type-advertiser').click();
  await page.getByLabel('Company or brand name').waitFor();
  await lookInBoth(page, 'sign-up', 'Регистрация');

  // The API's password rule is checked before any request.
  const email = uniqueEmail('adv');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Use at least 10 characters').waitFor();
  await page.getByText('Enter the name of your company or brand').waitFor();
  await page.getByLabel('Company or brand name').fill('Acme Shop');
  await page.getByLabel('First name').fill('Ada');
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
  expect(await page.getByRole('main').textContent()).toContain(email);
  await page.getByRole('button', { name: 'Send the link again' }).click();
  await page.getByText('A new link is on its way').waitFor();
  await lookInBoth(page, 'check-inbox', 'Проверьте почту');
  const verifyMails = (await e2e.readMailbox(email)).filter((m) => m.template === 'verify_email');
  expect(verifyMails).toHaveLength(2);

  const link = await linkFromMail(email, 'verify_email');
  await page.goto(link);
  await page.getByTestId('outcome').waitFor();
  expect(await page.getByTestId('outcome').getAttribute('data-tone')).toBe('success');
  await page.getByRole('heading', { level: 1, name: 'Email confirmed' }).waitFor();
  expect(await page.getByTestId('outcome').textContent()).toContain(`${email} is confirmed, and you are signed in`);
  await look(page, 'verify-email-success-en');
  // Signed in as every sign-in is: the refresh token only in the HttpOnly cookie, nothing in web storage.
  const refresh = (await page.context().cookies()).find((c) => c.name === 'ae_refresh');
  expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  const stored = await page.evaluate(() => {
    const g = globalThis as any;
    return JSON.stringify([{ ...g.localStorage }, { ...g.sessionStorage }]);
  });
  expect(stored).not.toContain(refresh!.value);
  expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/);
  await page.getByRole('link', { name: 'Continue' }).click();
  await page.getByTestId('user-menu').waitFor();
  expect(new URL(page.url()).pathname).not.toBe('/login');

  // The same link again, in another browser: used, nobody signed in.
  const other = await e2e.newPage();
  await other.goto(link);
  await other.getByRole('heading', { level: 1, name: 'Link already used' }).waitFor();
  expect(await other.getByTestId('outcome').textContent()).toContain('already used');
  await lookInBoth(other, 'verify-email-used', 'Ссылка уже использована');
  await other.getByRole('link', { name: 'Go to log in' }).click();
  await other.getByRole('heading', { name: 'Log in' }).waitFor();
  await other.context().close();

  await page.goto(`/verify-email?token=${'x'.repeat(43)}`);
  await page.getByText('This link is not valid').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Get a new link' }).waitFor();
  await lookInBoth(page, 'verify-email-invalid', 'Подтверждение почты');
  await page.context().close();
});

test('2FA: set up with the QR page, log out, log in with a TOTP code and then with a recovery code', async () => {
  const user = await signUpVerified(e2e, { approved: true });
  const page = await e2e.newPage();
  await logIn(page, user.email);
  await openProfileAfterLogIn(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  await lookInBoth(page, 'security-off', 'Безопасность');

  await page.getByRole('button', { name: 'Turn on' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  // The QR code is drawn in the page from the otpauth URI, not fetched from anywhere.
  expect(await page.getByTestId('two-factor-setup').locator('svg title').textContent()).toBe(
    'QR code for your authenticator app',
  );
  await lookInBoth(page, 'security-setup', 'Безопасность');
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });

  await typeCode(page, '000000');
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await page.getByText('The code is wrong').waitFor();
  await typeCode(page, totp.generate());
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await page.getByTestId('recovery-codes').waitFor();
  const codes = await page.getByTestId('recovery-code').allTextContents();
  expect(codes.length).toBeGreaterThanOrEqual(8);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .txt' }).click();
  expect((await download).suggestedFilename()).toBe('recovery-codes.txt');
  await lookInBoth(page, 'security-recovery-codes', 'Безопасность');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  expect(await page.getByTestId('two-factor-state').textContent()).toBe('On');
  await look(page, 'security-on-en');

  await logOut(page);
  await logIn(page, user.email);
  await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
  // The enabling code's time step is spent; the next one is accepted (the server allows ±1 step).
  await typeCode(page, totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await openProfileAfterLogIn(page);

  await logOut(page);
  await logIn(page, user.email);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await openProfileAfterLogIn(page);
  await page.context().close();
});

test('password reset from the emailed link, then login with the new password', async () => {
  const user = await signUpVerified(e2e, { approved: true });
  const page = await e2e.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
  await lookInBoth(page, 'forgot-password', 'Восстановление пароля');
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByText('a reset link is on its way').waitFor();
  await look(page, 'forgot-password-sent-en');

  await page.goto(await linkFromMail(user.email, 'password_reset'));
  await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  await lookInBoth(page, 'reset-password', 'Новый пароль');
  const newPassword = 'a brand new passphrase';
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('something else entirely');
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('The passwords do not match').waitFor();
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByText('Your password is changed').waitFor();
  await look(page, 'reset-password-done-en');

  await page.getByRole('link', { name: 'Go to log in' }).click();
  await page.getByRole('textbox', { name: 'Password' }).waitFor();
  await logIn(page, user.email, newPassword);
  await openProfileAfterLogIn(page);
  await page.context().close();
});

test('profile, language, PayPal email, sessions, notifications; reload keeps the session and logout ends it', async () => {
  const user = await signUpVerified(e2e, { approved: true });
  const { userId } = user;
  await e2e.db.insert(notifications).values([
    {
      userId,
      channel: 'in_app',
      event: 'conversion',
      title: 'New sale from Acme',
      body: 'A sale of $120.00 was attributed to your link.',
      status: 'sent',
      dedupeKey: `e2e-${userId}-1`,
    },
    {
      userId,
      channel: 'in_app',
      event: 'payout',
      title: 'Payout sent',
      body: 'Your payout is on its way to PayPal.',
      status: 'sent',
      dedupeKey: `e2e-${userId}-2`,
    },
  ]);
  const page = await e2e.newPage();
  await logIn(page, user.email);
  await openProfileAfterLogIn(page);

  // (c) Russian and back: texts and <html lang> follow, the choice is saved and survives a reload.
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await switchLanguage(page, 'RU', { waitForSave: false });
  expect((await (await saved).json()).locale).toBe('ru');
  await page.getByRole('heading', { level: 1, name: 'Профиль' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Профиль' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await look(page, 'profile-ru');
  await switchLanguage(page, 'EN', { waitForSave: false });
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();

  // Names through the form.
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Hopper');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Your profile is saved.').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
  expect(await page.getByLabel('First name').inputValue()).toBe('Grace');
  expect(await page.getByLabel('Last name').inputValue()).toBe('Hopper');

  // PayPal: set, see it waiting, confirm from its own mailbox.
  const paypal = uniqueEmail('paypal');
  await page.getByLabel('New PayPal email').fill(paypal);
  await page.getByRole('button', { name: 'Save and send link' }).click();
  await expect.poll(() => page.getByTestId('paypal-state').textContent()).toBe('Waiting for confirmation');
  await look(page, 'profile-en');
  const paypalLink = await linkFromMail(paypal, 'verify_paypal_email');
  const other = await e2e.newPage();
  await other.goto(paypalLink);
  await other.getByTestId('outcome').waitFor();
  expect(await other.getByTestId('outcome').textContent()).toContain(paypal);
  await look(other, 'verify-paypal-en');
  await other.reload();
  await other.getByText('already used').waitFor();
  await switchLanguage(other, 'RU', { waitForSave: false });
  await other.getByRole('heading', { level: 1, name: 'Подтверждение адреса PayPal' }).waitFor();
  await look(other, 'verify-paypal-used-ru');
  await other.context().close();
  await page.reload();
  await expect.poll(() => page.getByTestId('paypal-state').textContent()).toMatch(/^Confirmed/);

  // Someone with the session changes it: the notice to the account's own mailbox undoes it in one click.
  await page.getByLabel('New PayPal email').fill(uniqueEmail('intruder'));
  await page.getByRole('button', { name: 'Save and send link' }).click();
  await expect.poll(() => page.getByTestId('paypal-state').textContent()).toBe('Waiting for confirmation');
  const undo = await e2e.newPage();
  await undo.goto(await linkFromMail(user.email, 'paypal_email_changed'));
  await undo.getByRole('button', { name: 'Undo the change' }).waitFor();
  await look(undo, 'undo-paypal-en');
  await undo.getByRole('button', { name: 'Undo the change' }).click();
  await undo.getByTestId('outcome').waitFor();
  expect(await undo.getByTestId('outcome').textContent()).toContain(paypal);
  await look(undo, 'undo-paypal-done-en');
  await undo.reload();
  await switchLanguage(undo, 'RU', { waitForSave: false });
  await undo.getByRole('heading', { level: 1, name: 'Отмена смены адреса PayPal' }).waitFor();
  await undo.getByRole('button', { name: 'Отменить изменение' }).click();
  await undo.getByText('уже использована').waitFor();
  await look(undo, 'undo-paypal-used-ru');
  await undo.context().close();
  await page.reload();
  await expect.poll(() => page.getByTestId('paypal-state').textContent()).toMatch(/^Confirmed/);
  expect(await page.getByText(paypal).count()).toBeGreaterThan(0);

  // Sessions and login history: a second login elsewhere, ended from here.
  const api = await fetch(`${e2e.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent':
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    },
    body: JSON.stringify({ email: user.email, password: PASSWORD }),
  });
  expect(api.status).toBe(200);
  await page.getByRole('navigation').getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
  const active = page.getByRole('table', { name: 'Active sessions' });
  await expect.poll(() => active.getByRole('row').count()).toBe(3);
  expect(await active.textContent()).toContain('This device');
  await lookInBoth(page, 'sessions', 'Сеансы');
  await active.getByRole('button', { name: /^Log out the session on Mobile Safari/ }).click();
  await expect.poll(() => active.getByRole('row').count()).toBe(2);
  const history = page.getByRole('table', { name: 'Recent logins' });
  expect(await history.getByRole('row').count()).toBe(3);
  await expect.poll(() => history.textContent()).toContain('Ended');

  // Notifications: the badge counts unread, the inbox marks them read.
  const badge = page.getByTestId('unread-badge');
  await expect.poll(() => badge.getAttribute('data-count')).toBe('2');
  await page.getByRole('link', { name: 'Notifications, 2 unread' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  await lookInBoth(page, 'notifications', 'Уведомления');
  await page.getByRole('button', { name: 'Mark as read: “Payout sent”' }).click();
  await expect.poll(() => badge.getAttribute('data-count')).toBe('1');
  await page.locator('label[for$="-unread"]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('show')).toBe('unread');
  await expect.poll(() => page.getByTestId('notification').count()).toBe(1);
  await page.getByRole('button', { name: 'Mark as read: “New sale from Acme”' }).click();
  await page.getByText('You are all caught up').waitFor();
  await look(page, 'notifications-empty-en');

  // (d) A reload keeps the session; logout ends it: the old refresh cookie no longer works.
  await page.goto('/account/security');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  const cookie = (await page.context().cookies()).find((c) => c.name === 'ae_refresh');
  expect(cookie).toBeDefined();
  await logOut(page);
  await page.context().addCookies([cookie!]);
  const refresh = await page.evaluate(async () => {
    const res = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'X-Refresh-Transport': 'cookie' } });
    return res.status;
  });
  expect(refresh).toBe(401);
  await page.goto('/account/profile');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/account/profile');
  await page.context().close();
});

test('an invitation: the invited address has no account, so the page creates one and joins', async () => {
  const owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  const login = await fetch(`${e2e.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: owner.email, password: owner.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const me = (await (await fetch(`${e2e.baseUrl}/api/me`, { headers: auth })).json()) as {
    memberships: { organizationId: string }[];
  };
  const invited = uniqueEmail('invited');
  const invite = await fetch(`${e2e.baseUrl}/api/orgs/${me.memberships[0]!.organizationId}/invitations`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ email: invited, role: 'finance' }),
  });
  expect(invite.status, await invite.text()).toBe(201);

  const page = await e2e.newPage();
  await page.goto(await linkFromMail(invited, 'invitation'));
  await page.getByRole('heading', { level: 1, name: 'Join a team' }).waitFor();
  await lookInBoth(page, 'invitation', 'Приглашение в команду');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.getByRole('heading', { level: 2, name: 'Create your account' }).waitFor();
  await lookInBoth(page, 'invitation-create', 'Приглашение в команду');
  await page.getByLabel('First name').fill('Fin');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account and join' }).click();
  await page.getByText('as finance manager').waitFor();
  await look(page, 'invitation-joined-en');
  await page.getByRole('link', { name: 'Go to log in' }).click();
  await logIn(page, invited);
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.context().close();
});

test('language at login: Russian picked on the login page wins at once, without a blank page, and is saved', async () => {
  const user = await signUpVerified(e2e); // the profile says English
  const page = await e2e.newPage();
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await switchLanguage(page, 'RU', { waitForSave: false });
  await page.getByRole('heading', { name: 'Вход' }).waitFor();
  await look(page, 'login-ru');
  // From the click on, record every language the document takes and whether the app's root is ever empty.
  await page.evaluate(() => {
    const g = globalThis as any;
    const doc = g.document;
    g.__langs = [];
    g.__blank = 0;
    new g.MutationObserver(() => g.__langs.push(doc.documentElement.lang)).observe(doc.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    const root = doc.getElementById('root');
    // The shell's outline (skeleton bars, no text) counts as shown; nothing at all is a blank page.
    const watch = () => {
      if (!root.innerText.trim() && !root.querySelector('[data-testid="shell-skeleton"]')) g.__blank++;
      g.requestAnimationFrame(watch);
    };
    watch();
  });
  await page.locator('input[type="email"]').fill(user.email);
  await page.locator('input[type="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('user-menu').waitFor();
  await settle(page);
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  expect(await page.evaluate(() => (globalThis as any).__langs)).not.toContain('en');
  expect(await page.evaluate(() => (globalThis as any).__blank)).toBe(0);
  const token = await e2e.apiLogIn(user);
  expect((await e2e.api('GET', '/me', token)).body.locale).toBe('ru');
  await look(page, 'after-login-ru');
  await page.context().close();
});

test('platform staff: a 2FA banner with the deadline, then overdue pages lead to the setup; the audit log by name', async () => {
  const user = await signUpVerified(e2e);
  await e2e.db
    .update(users)
    .set({ platformRole: 'platform_admin', firstName: 'Stella', lastName: 'Staff' })
    .where(eq(users.id, user.userId));
  const page = await e2e.newPage();
  await logIn(page, user.email);
  const banner = page.getByTestId('two-factor-banner');
  await banner.waitFor();
  expect(await banner.getAttribute('data-state')).toBe('grace');
  expect(await banner.textContent()).toContain('Platform staff must use two-step verification.');
  const [row] = await e2e.db.select().from(users).where(eq(users.id, user.userId));
  expect(row!.twoFactorGraceStartedAt).not.toBeNull();
  await page.goto('/platform/users');
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await banner.waitFor();
  await lookInBoth(page, 'two-factor-grace', 'Пользователи');

  // The grace period ends: the console and "/" lead straight to the setup, with the banner in red.
  await e2e.db
    .update(users)
    .set({ twoFactorGraceStartedAt: new Date(Date.now() - 8 * 86_400_000) })
    .where(eq(users.id, user.userId));
  await page.goto('/platform/audit-log');
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account/security');
  expect(await banner.getAttribute('data-state')).toBe('overdue');
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  await lookInBoth(page, 'two-factor-overdue', 'Безопасность');

  await page.getByRole('button', { name: 'Turn on' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
  await typeCode(page, totp.generate());
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await page.getByTestId('recovery-codes').waitFor();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect.poll(() => banner.count()).toBe(0);
  // Required, so it cannot be turned off: the page says why instead of offering it.
  expect(await page.getByRole('button', { name: 'Turn off' }).count()).toBe(0);
  await page.getByTestId('two-factor-required-hint').waitFor();

  // The audit log names the actor and translates the action.
  await page.goto('/platform/audit-log');
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  const entry = page.getByRole('row').filter({ hasText: 'Two-step verification turned on' });
  await entry.first().waitFor();
  expect(await entry.first().textContent()).toContain('Stella Staff');
  expect(await entry.first().textContent()).toContain(user.email);
  expect(await entry.first().getByRole('link', { name: 'Stella Staff' }).getAttribute('href')).toContain(
    `/platform/users?q=${encodeURIComponent(user.email)}`,
  );
  await look(page, 'audit-log-en');
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: 'Журнал аудита' }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Включение двухэтапной проверки' }).first().waitFor();
  await look(page, 'audit-log-ru');
  await switchLanguage(page, 'EN');
  // A language change is no privileged action: the trail has no entry for it.
  const trail = await e2e.db.select().from(auditLog).where(eq(auditLog.actorId, user.userId));
  expect(trail.map((a) => a.action)).toContain('user.2fa_enabled');
  expect(trail.map((a) => a.action)).not.toContain('user.profile_updated');
  await page.context().close();
});

test('signs up with the local Google, links GitHub, unlinks Google', async () => {
  const page = await e2e.newPage();
  await page.goto('/sign-up');
  const google = page.getByRole('button', { name: 'Continue with Google' });
  await google.waitFor();
  await look(page, 'sign-up-providers');
  await google.click();
  // The local provider's consent page: continue as Ada.
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/auth/callback'));
  await page.goto('/account/security');
  const section = page.getByTestId('connected-accounts');
  await section.getByTestId('identity-google').waitFor();
  await section.getByRole('button', { name: 'Link GitHub' }).click();
  await page.getByRole('link', { name: 'Grace Hopper' }).click();
  await page.waitForURL('**/account/security');
  await section.getByTestId('identity-github').waitFor();
  await look(page, 'security-connected-accounts');
  await section.getByRole('button', { name: 'Unlink Google' }).click();
  await expect.poll(() => section.getByTestId('identity-google').count()).toBe(0);
  // GitHub is now the only way in of a password-less account: unlinking it is refused in words.
  await section.getByRole('button', { name: 'Unlink GitHub' }).click();
  // The sentence, not the server's own message folded under "Details" (present once its chunk has loaded).
  await section.getByTestId('error-sentence').getByText('This is the only way to sign in').waitFor();
  // With no password yet, the password form sets a first one: no current password to ask for.
  await page.getByRole('heading', { level: 2, name: 'Set a password' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Current password' }).count()).toBe(0);
  await look(page, 'security-first-password');
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('a first passphrase');
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('a first passphrase');
  await page.getByRole('button', { name: 'Set a password' }).click();
  // Once set, it is the usual change, which asks for it.
  await page.getByRole('textbox', { name: 'Current password' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Password', exact: true }).waitFor();
  await page.context().close();
});
