import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { uuidv7 } from '../schema/ids';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The affiliate's home and a link's analytics against the real Worker: a new affiliate's first steps, ticked
// once a click and a conversion are stored, and the link page breaking that click down.

let e2e: E2e;
let page: Page;
let linkId: string;
let affiliate: { email: string; password: string; userId: string };
let owner: { email: string; password: string; userId: string };
let desk: Page;
/** How many affiliates the campaign reached: the program's active ones when it was sent. */
let reached = 0;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(async () => {
  await page?.context().close();
  await desk?.context().close();
  await e2e?.stop();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const step = (name: string) => page.getByTestId(`step-${name}`);

test('a new affiliate sees a welcome and its first steps open', async () => {
  const { tenant } = e2e;
  affiliate = await signUpVerified(e2e, { approved: true });
  await e2e.db.insert(s.enrollments).values({
    programId: tenant.program.id,
    affiliateId: affiliate.userId,
    organizationId: tenant.org.id,
    status: 'active',
    refCode: `HOME${Date.now().toString(36)}`,
  });
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/affiliate/${tenant.org.id}`, affiliate);
  await h1('Home');
  await page.getByText("Welcome! Let's get your first commission").waitFor();
  // Approved, so its ready-made links exist: only sharing and converting are left.
  expect(await step('hasLink').getAttribute('data-done')).toBe('true');
  for (const name of ['firstClick', 'firstConversion'])
    expect(await step(name).getAttribute('data-done')).toBe('false');
  await checkAxe(page, 'affiliate home, new (en)');
  await shoot(page, 'affiliate-home-new-en');
});

test('after a click and a conversion the steps are ticked and the money shows', async () => {
  const { tenant } = e2e;
  const token = await e2e.apiLogIn(affiliate);
  const [enrollment] = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, affiliate.userId));
  const link = await e2e.api('POST', `/affiliate/orgs/${tenant.org.id}/links`, token, {
    enrollmentId: enrollment!.id,
    name: 'Spring newsletter',
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  linkId = link.body.id;
  const clickId = uuidv7(Date.now() - 60_000);
  await e2e.db.insert(s.clicks).values({
    id: clickId,
    clickedAt: new Date(Date.now() - 60_000),
    linkForm: 'short_link',
    code: link.body.slug,
    status: 'accepted',
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    affiliateId: affiliate.userId,
    linkId,
    referrer: 'https://news.example/spring?utm=1',
    country: 'DE',
    deviceType: 'mobile',
    browser: 'Chrome',
  });
  const [conversion] = await e2e.db
    .insert(s.conversions)
    .values({
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: enrollment!.id,
      affiliateId: affiliate.userId,
      clickId,
      eventId: `home-${clickId}`,
      eventType: 'sale',
      amountMinor: 10_000,
      currency: 'USD',
      attributionMethod: 'click_id',
      occurredAt: new Date(Date.now() - 30_000),
    })
    .returning();
  await e2e.db.insert(s.commissions).values({
    conversionId: conversion!.id,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    beneficiaryId: affiliate.userId,
    amountMinor: 3_000,
    currency: 'USD',
    holdUntil: new Date(Date.now() + 14 * 86_400_000),
  });

  await page.reload();
  await h1('Home');
  // Every step is done, so the checklist gives way to the figures.
  await page.getByTestId('money-USD').waitFor();
  expect(await page.getByTestId('first-steps').count()).toBe(0);
  expect(await page.getByTestId('money-USD').getByTestId('card-earned').getByTestId('value').textContent()).toBe(
    '$30.00',
  );
  expect(await page.getByTestId('money-USD').getByTestId('card-hold').getByTestId('value').textContent()).toBe(
    '$30.00',
  );
  expect(await page.getByTestId('payout-USD').getByTestId('payout-state').textContent()).toContain('$100.00');
  await page.getByTestId('latest-conversions').getByText('$30.00').waitFor();
  await page.getByTestId('best-links').getByRole('link', { name: 'Spring newsletter' }).waitFor();
  // The affiliate never sees the sale amount.
  expect(await page.locator('main').textContent()).not.toContain('$100.00 sale');
  await checkAxe(page, 'affiliate home (en)');
  await shoot(page, 'affiliate-home-en');

  await page.getByTestId('best-links').getByRole('link', { name: 'Spring newsletter' }).click();
  await h1('Spring newsletter');
  await expect.poll(() => page.getByTestId('link-clicks').getByTestId('value').textContent()).toBe('1');
  expect(await page.getByTestId('link-sales').getByTestId('value').textContent()).toBe('1');
  expect(await page.getByTestId('link-earnings').getByTestId('value').textContent()).toBe('$30.00');
  await page.getByTestId('link-referrers').getByText('news.example').waitFor();
  await page.getByTestId('link-countries').getByText('Germany').waitFor();
  await page.getByTestId('link-browsers').getByText('Chrome').waitFor();
  await page.getByTestId('link-conversion-rows').getByText('$30.00').waitFor();
  await checkAxe(page, 'link analytics (en)');
  await shoot(page, 'link-analytics-en');
});

test('ref-code clicks count as sharing and as a best link; recruits’ earnings are said apart on the home and Stats', async () => {
  const { tenant } = e2e;
  const sharer = await signUpVerified(e2e, { approved: true });
  const [enrollment] = await e2e.db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: sharer.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `REF${Date.now().toString(36)}`,
    })
    .returning();
  // Traffic only through the ready-made /aff/ link: no saved link at all.
  for (const ago of [90_000, 80_000, 70_000])
    await e2e.db.insert(s.clicks).values({
      id: uuidv7(Date.now() - ago),
      clickedAt: new Date(Date.now() - ago),
      linkForm: 'aff_path',
      code: enrollment!.refCode,
      status: 'accepted',
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: enrollment!.id,
      affiliateId: sharer.userId,
    });
  // A recruit's sale this month paid the sharer an upline share of $7.00 (level 1), as the rollup has it.
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  await e2e.db.insert(s.commissionStatsHourly).values({
    organizationId: tenant.org.id,
    hour,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    affiliateId: affiliate.userId,
    beneficiaryId: sharer.userId,
    level: 1,
    kind: 'commission',
    status: 'pending',
    currency: 'USD',
    lines: 1,
    amountMinor: 700,
  });
  const own = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(own, `/affiliate/${tenant.org.id}`, sharer);
    await own.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    const shared = own.getByTestId('step-firstClick');
    await expect.poll(() => shared.getAttribute('data-done')).toBe('true');
    expect(await shared.textContent()).toContain('Share it');
    const best = own.getByTestId('best-links');
    await best.getByRole('link', { name: `${tenant.program.name} · /aff/ link` }).waitFor();
    expect(await best.getByRole('row').nth(1).textContent()).toContain('3');
    const month = own.getByTestId('money-USD').getByTestId('card-month');
    expect(await month.getByTestId('value').textContent()).toBe('$7.00');
    expect(await month.getByTestId('month-split').textContent()).toBe('Your traffic $0.00 · recruits $7.00');
    await checkAxe(own, 'affiliate home, ref code and recruits (en)');
    await shoot(own, 'affiliate-home-ref-code-en');
    await own.goto(`/affiliate/${tenant.org.id}/stats`);
    await own.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    const recruits = own.getByTestId('card-recruits-USD');
    await recruits.waitFor();
    expect(await recruits.getByTestId('value').textContent()).toBe('$7.00');
    await own.getByTestId('card-earnings').getByText('Earnings from your traffic').waitFor();
    await checkAxe(own, 'affiliate stats with recruits (en)');
    await shoot(own, 'affiliate-stats-recruits-en');
    await switchLanguage(own, 'RU');
    await own.getByText('От ваших рефералов, USD').waitFor();
    await checkAxe(own, 'affiliate stats with recruits (ru)');
    await shoot(own, 'affiliate-stats-recruits-ru');
    await own.goto(`/affiliate/${tenant.org.id}`);
    await own
      .getByTestId('month-split')
      .getByText(/^Ваш трафик/)
      .waitFor();
    await checkAxe(own, 'affiliate home, ref code and recruits (ru)');
    await shoot(own, 'affiliate-home-ref-code-ru');
  } finally {
    await own.context().close();
  }
});

test('the owner writes a campaign in two languages, sends it, and the affiliate reads it on the home', async () => {
  const { tenant } = e2e;
  owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  desk = await e2e.newPage({ locale: 'en' });
  await signedInAt(desk, `/orgs/${tenant.org.id}/campaigns`, owner);
  await desk.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
  await desk.getByText('No campaigns yet').waitFor();
  await checkAxe(desk, 'campaigns, empty (en)');
  await desk.getByRole('button', { name: 'New campaign' }).first().click();
  const dialog = desk.getByRole('dialog', { name: 'New campaign' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Spring news');
  const english = dialog.getByRole('tabpanel', { name: 'English' });
  await english.getByRole('textbox', { name: 'Subject' }).fill('Spring bonus');
  await english
    .getByRole('textbox', { name: 'Text' })
    .fill('Hello **partner**, read [the terms](https://example.com/terms).');
  await english.locator('strong', { hasText: 'partner' }).waitFor();
  await dialog.getByRole('tab', { name: 'Russian' }).click();
  const russian = dialog.getByRole('tabpanel', { name: 'Russian' });
  await russian.getByRole('textbox', { name: 'Subject' }).fill('Весенний бонус');
  await russian.getByRole('textbox', { name: 'Text' }).fill('Привет, **партнёр**.');
  await russian.locator('strong', { hasText: 'партнёр' }).waitFor();
  await checkAxe(desk, 'campaign editor (en)');
  await shoot(desk, 'campaign-editor-en');
  await dialog.getByRole('button', { name: 'Send now' }).click();
  // Nothing is mailed before a confirmation that names how many affiliates it reaches.
  const confirm = desk.getByRole('dialog', { name: /^Send “Spring news” to \d+ affiliates now\?$/ });
  await confirm.getByText(/affiliates get it in the portal, and by email unless/).waitFor();
  // The number it names is the program's active affiliates, and nobody has been mailed yet.
  const active = await e2e.db
    .selectDistinct({ id: s.enrollments.affiliateId })
    .from(s.enrollments)
    .where(and(eq(s.enrollments.organizationId, tenant.org.id), eq(s.enrollments.status, 'active')));
  await confirm.getByText(`${active.length} affiliates get it in the portal`, { exact: false }).waitFor();
  expect(await e2e.db.$count(s.campaignRecipients)).toBe(0);
  await checkAxe(desk, 'campaign send confirmation (en)');
  await shoot(desk, 'campaign-send-confirm-en');
  await confirm.getByRole('button', { name: `Send to ${active.length} affiliates` }).click();
  await dialog.waitFor({ state: 'hidden' });
  reached = active.length;
  await desk.getByText(`${reached} sent · 0 read`, { exact: false }).waitFor();
  await desk.getByRole('button', { name: 'Report: Spring news' }).click();
  await desk.getByRole('dialog').getByText(affiliate.email).waitFor();
  await checkAxe(desk, 'campaign report (en)');
  await shoot(desk, 'campaign-report-en');
  await desk.keyboard.press('Escape');
  await shoot(desk, 'campaigns-en');

  await page.goto('/affiliate');
  const message = page.getByTestId('campaign-message');
  await message.getByText('Spring bonus').waitFor();
  await message.locator('strong', { hasText: 'partner' }).waitFor();
  expect(await message.getByRole('link', { name: 'the terms' }).getAttribute('href')).toBe('https://example.com/terms');
  await message.getByRole('button', { name: /Mark as read/ }).click();
  await expect.poll(() => message.getByRole('button', { name: /Mark as read/ }).count()).toBe(0);
  await checkAxe(page, 'affiliate home with a campaign message (en)');
  await shoot(page, 'affiliate-home-campaign-en');
  // Back to the link page, where the next test switches the language.
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Spring newsletter' }).waitFor();
}, 180_000);

test('the campaigns page reads in Russian', async () => {
  await switchLanguage(desk, 'RU');
  // A fresh load: the list read before the affiliate marked the message read.
  await desk.reload();
  await desk.getByRole('heading', { level: 1, name: 'Рассылки' }).waitFor();
  await desk.getByText(`отправлено ${reached} · прочитано 1`, { exact: false }).waitFor();
  await checkAxe(desk, 'campaigns (ru)');
  await shoot(desk, 'campaigns-ru');
});

test('the home and the link page read in Russian', async () => {
  await switchLanguage(page, 'RU');
  await h1('Spring newsletter');
  await page.getByTestId('link-referrers').getByText('Источники переходов').waitFor();
  await checkAxe(page, 'link analytics (ru)');
  await shoot(page, 'link-analytics-ru');
  await page.goto('/affiliate');
  await h1('Главная');
  await page.getByTestId('money-USD').waitFor();
  await page.getByRole('heading', { name: 'Объявления' }).waitFor();
  await checkAxe(page, 'affiliate home (ru)');
  await shoot(page, 'affiliate-home-ru');
});

test('the affiliate writes with an image, the owner sees the badge and answers in the inbox', async () => {
  const { tenant } = e2e;
  // Both pages read Russian after the tests above: the round trip runs in Russian, then the owner's in English.
  await page.goto(`/affiliate/${tenant.org.id}/messages`);
  await h1('Сообщения');
  await page.getByText('Сообщений пока нет').waitFor();
  // A real image to attach: a PNG of the page's own top left corner.
  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 240, height: 120 } });
  await page
    .getByRole('textbox', { name: 'Сообщение' })
    .fill('Здравствуйте! Где взять баннер? https://example.com/site');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'corner.png', mimeType: 'image/png', buffer: picture });
  await page.getByText('corner.png').waitFor();
  await page.getByRole('button', { name: 'Отправить' }).click();
  const mine = page.getByTestId('message');
  await mine.getByText(/Где взять баннер/).waitFor();
  expect(await mine.getByRole('link', { name: 'https://example.com/site' }).getAttribute('rel')).toContain('noopener');
  await mine.getByRole('img').waitFor();
  await checkAxe(page, 'affiliate messages (ru)');
  await shoot(page, 'affiliate-messages-ru');
  // Away from the thread: an open thread reads the answer as soon as it polls it in.
  await page.goto(`/affiliate/${tenant.org.id}/stats`);

  await desk.goto(`/orgs/${tenant.org.id}`);
  const badge = desk.getByTestId('unread-messages-badge');
  await expect.poll(() => badge.textContent()).toBe('1');
  await desk
    .getByRole('link', { name: /Входящие/ })
    .first()
    .click();
  await desk.getByRole('heading', { level: 1, name: 'Входящие' }).waitFor();
  await desk.getByTestId('thread').first().click();
  await desk
    .getByTestId('message')
    .getByText(/Где взять баннер/)
    .waitFor();
  await desk.getByTestId('message').getByRole('img').waitFor();
  // Opening the thread read it: the badge goes.
  await expect.poll(() => badge.count()).toBe(0);
  await desk.getByRole('textbox', { name: 'Сообщение' }).fill('Баннеры — в разделе «Материалы».');
  await desk.getByRole('textbox', { name: 'Сообщение' }).press('Control+Enter');
  await desk.getByTestId('message').getByText('Баннеры — в разделе «Материалы».').waitFor();
  await checkAxe(desk, 'inbox (ru)');
  await shoot(desk, 'inbox-ru');

  // The affiliate's badge counts the answer until the thread is open again.
  await page.reload();
  const mineBadge = page.getByTestId('unread-messages-badge');
  await expect.poll(() => mineBadge.textContent()).toBe('1');
  await page
    .getByRole('link', { name: /Сообщения/ })
    .first()
    .click();
  await page.getByTestId('message').getByText('Баннеры — в разделе «Материалы».').waitFor();
  await expect.poll(() => mineBadge.count()).toBe(0);

  // The affiliate edits its message by keyboard (Enter on Edit, Ctrl+Enter saves), then deletes it.
  const own = page.getByTestId('message').filter({ hasText: /Где взять баннер/ });
  await own.getByRole('button', { name: /Изменить ваше сообщение/ }).focus();
  await page.keyboard.press('Enter');
  const editBox = page.getByRole('textbox', { name: 'Измените сообщение' });
  await editBox.fill('Здравствуйте! Где взять баннер 300×250?');
  await editBox.press('Control+Enter');
  await page.getByTestId('message').getByText('Здравствуйте! Где взять баннер 300×250?').waitFor();
  await page
    .getByTestId('message')
    .getByText(/изменено/)
    .waitFor();
  await shoot(page, 'affiliate-message-edited-ru');
  await page.getByRole('button', { name: /Удалить ваше сообщение/ }).click();
  await page
    .getByRole('dialog')
    .getByText(/на его месте останется/)
    .waitFor();
  await checkAxe(page, 'delete message dialog (ru)');
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить сообщение' }).click();
  await page.getByTestId('message').getByText('Сообщение удалено').waitFor();
  await expect.poll(() => page.getByTestId('message').getByRole('img').count()).toBe(0);
  await checkAxe(page, 'affiliate messages after delete (ru)');
  await shoot(page, 'affiliate-message-deleted-ru');

  await switchLanguage(desk, 'EN');
  await desk.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
  await desk.getByRole('button', { name: 'Support access' }).click();
  await desk.getByRole('dialog').getByText('No grant yet').waitFor();
  await checkAxe(desk, 'support access (en)');
  await desk.keyboard.press('Escape');
  // The owner sees the deletion in place, and edits its own answer the same way.
  await desk.getByTestId('message').getByText('Message deleted').waitFor();
  await desk.getByRole('button', { name: /Edit your message/ }).focus();
  await desk.keyboard.press('Enter');
  const deskEdit = desk.getByRole('textbox', { name: 'Edit your message' });
  await deskEdit.fill('Banners are under Creatives.');
  await deskEdit.press('Control+Enter');
  await desk.getByTestId('message').getByText('Banners are under Creatives.').waitFor();
  await desk
    .getByTestId('message')
    .getByText(/edited/)
    .waitFor();
  await shoot(desk, 'inbox-en');
}, 180_000);

test('invitations on the home: joined with one click, declined after a confirmation, in English and Russian', async () => {
  const { tenant } = e2e;
  const invitee = await signUpVerified(e2e, { approved: true });
  const [spring] = await e2e.db
    .insert(s.programs)
    .values({
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      name: 'Spring Partners',
      slug: `spring-${uuidv7()}`,
      status: 'active',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 2000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
    })
    .returning();
  const invite = (programId: string) => ({
    email: invitee.email,
    organizationId: tenant.org.id,
    programId,
    tokenHash: `e2e-${uuidv7()}`,
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
  });
  await e2e.db.insert(s.invitations).values([invite(tenant.program.id), invite(spring!.id)]);
  const home = await e2e.newPage({ locale: 'en' });
  await signedInAt(home, '/affiliate', invitee);
  await home.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  const card = home.getByRole('region', { name: 'Invitations' });
  await expect.poll(() => card.getByTestId('invitation').count()).toBe(2);
  await checkAxe(home, 'affiliate home, invitations (en)');
  await shoot(home, 'affiliate-home-invitations-en');

  await card.getByRole('button', { name: `Join ${tenant.program.name}` }).click();
  await home.getByText(`You joined ${tenant.program.name}.`).waitFor();
  await expect.poll(() => card.getByTestId('invitation').count()).toBe(1);
  const [joined] = await e2e.db
    .select()
    .from(s.enrollments)
    .where(and(eq(s.enrollments.affiliateId, invitee.userId), eq(s.enrollments.programId, tenant.program.id)));
  expect(joined?.status).toBe('active');

  await switchLanguage(home, 'RU');
  const ru = home.getByRole('region', { name: 'Приглашения' });
  await ru.getByRole('button', { name: 'Отказаться от приглашения в Spring Partners' }).click();
  const dialog = home.getByRole('dialog', { name: 'Отказаться от приглашения в Spring Partners?' });
  await dialog.getByText('увидит ваш отказ').waitFor();
  await checkAxe(home, 'decline an invitation (ru)');
  await shoot(home, 'affiliate-home-decline-ru');
  await dialog.getByRole('button', { name: 'Отказаться' }).click();
  await home.getByText('Вы отказались от приглашения в Spring Partners.').waitFor();
  // Nothing left to answer: the card goes away.
  await expect.poll(() => home.getByRole('region', { name: 'Приглашения' }).count()).toBe(0);
  const [declined] = await e2e.db.select().from(s.invitations).where(eq(s.invitations.programId, spring!.id));
  expect(declined!.declinedAt).not.toBeNull();
  await switchLanguage(home, 'EN');
  await home.context().close();
});

test('a payable balance under a manual payout schedule has no date, said in English and Russian', async () => {
  const { tenant } = e2e;
  const payee = await signUpVerified(e2e, { approved: true });
  const [enrollment] = await e2e.db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: payee.userId,
      organizationId: tenant.org.id,
      status: 'active',
      refCode: `PAY${Date.now().toString(36)}`,
    })
    .returning();
  const [conversion] = await e2e.db
    .insert(s.conversions)
    .values({
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: enrollment!.id,
      affiliateId: payee.userId,
      eventId: `manual-${uuidv7()}`,
      eventType: 'sale',
      amountMinor: 100_000,
      currency: 'USD',
      attributionMethod: 'click_id',
      occurredAt: new Date(Date.now() - 30_000),
    })
    .returning();
  await e2e.db.insert(s.commissions).values({
    conversionId: conversion!.id,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    beneficiaryId: payee.userId,
    amountMinor: 25_000,
    currency: 'USD',
    status: 'approved',
    holdUntil: new Date(),
  });
  await e2e.db
    .update(s.users)
    .set({ paypalEmail: payee.email, paypalEmailVerifiedAt: new Date() })
    .where(eq(s.users.id, payee.userId));
  await e2e.db
    .insert(s.programPayoutSchedules)
    .values({ programId: tenant.program.id, organizationId: tenant.org.id, kind: 'manual' });
  try {
    const home = await e2e.newPage({ locale: 'en' });
    await signedInAt(home, `/affiliate/${tenant.org.id}`, payee);
    await home.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    const state = home.getByTestId('payout-USD').getByTestId('payout-state');
    await state.getByText('$250.00 is ready; the advertiser proposes it when its payout schedule allows').waitFor();
    await checkAxe(home, 'affiliate home, undated payout (en)');
    await shoot(home, 'affiliate-home-payout-manual-en');
    await switchLanguage(home, 'RU');
    await state.getByText('рекламодатель включит его в пакет по своему графику выплат').waitFor();
    await checkAxe(home, 'affiliate home, undated payout (ru)');
    await shoot(home, 'affiliate-home-payout-manual-ru');
    await home.context().close();
  } finally {
    await e2e.db.delete(s.programPayoutSchedules).where(eq(s.programPayoutSchedules.programId, tenant.program.id));
  }
});
