import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import { fingerprint } from '../workers/domain/fingerprint';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { rebuildStats } from '../workers/services/stats';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The advertiser's statistics and affiliates list as its owner: 20 clicks this month against one in the month
// before, a sale no affiliate was credited with, and an application waiting beside the enrolled affiliate.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;
let page: Page;
const DAY = 86_400_000;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

beforeAll(async () => {
  e2e = await startE2e();
  const { db, tenant } = e2e;
  owner = await signUpVerified(e2e);
  await db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  const now = Date.now();
  const clicks = [];
  for (const days of [35, ...Array.from({ length: 20 }, (_, i) => 2 + (i % 5))]) {
    const at: number = now - days * DAY - clicks.length * 60_000;
    clicks.push({
      id: uuidv7(at),
      clickedAt: new Date(at),
      linkForm: 'aff_path' as const,
      code: tenant.enrollment.refCode,
      status: 'accepted' as const,
      isUnique: true,
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: tenant.enrollment.id,
      affiliateId: tenant.enrollment.affiliateId,
      ip: '198.51.100.7',
      userAgent: UA,
      fingerprint: await fingerprint(UA, 'en-US'),
      asn: 3320,
      isBot: false,
      country: 'DE',
      deviceType: 'desktop',
      landingUrl: 'https://app.example/',
    });
  }
  await db.insert(s.clicks).values(clicks);
  // A sale that reached the program with nobody to credit: the rollups key it by the all-zero id.
  const saleAt = now - 3 * DAY;
  await db.insert(s.conversions).values({
    id: uuidv7(saleAt),
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    eventId: `evt-unattributed-${saleAt}`,
    eventType: 'sale',
    amountMinor: 4_900,
    currency: 'USD',
    status: 'approved',
    occurredAt: new Date(saleAt),
  });
  await rebuildStats({
    ctx: { db, config: {} as Config, now: new Date(), log: createLogger() },
    input: { from: new Date(now - 40 * DAY), to: new Date(now + 3_600_000) },
  });
  page = await e2e.newPage();
  await signedInAt(page, `/orgs/${tenant.org.id}`, owner);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

const h1 = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

test('statistics: an unattributed sale is named, a near-empty previous period reads as an absolute change, the breakdown fits at 1440 px', async () => {
  const org = e2e.tenant.org.id;
  await page.goto(`/orgs/${org}/stats?by=affiliate`);
  await h1('Statistics');
  // 20 clicks against 1: "Up 1,900 %" said nothing; the change and the month before's figure do.
  const clicks = page.getByTestId('card-clicks');
  await expect.poll(() => clicks.getByTestId('value').textContent()).toBe('20');
  expect(await clicks.getByTestId('delta').textContent()).toContain('Up 19 from 1 in the previous period');
  const breakdown = page.getByRole('table');
  await breakdown.getByText('Not attributed').waitFor();
  expect(await breakdown.textContent()).not.toContain('00000000-0000-0000-0000-000000000000');
  // Every column, Profit, ROI and EPC included, is in view without scrolling inside the card.
  const scroll = await page.evaluate(`(() => {
    const table = document.querySelector('table');
    let box = table.parentElement;
    while (box && box.scrollWidth <= box.clientWidth && box !== document.body) box = box.parentElement;
    return box === document.body ? 0 : box.scrollWidth - box.clientWidth;
  })()`);
  expect(scroll).toBe(0);
  await checkAxe(page, 'stats by affiliate');
  await shoot(page, 'advertiser-stats-en');
  await switchLanguage(page, 'RU');
  await breakdown.getByText('Без атрибуции').waitFor();
  await shoot(page, 'advertiser-stats-ru');
  await switchLanguage(page, 'EN');
});

test('affiliates: opens the tab that has people, counts on every tab, ?tab=enrolled, no Terminate for an application', async () => {
  const { db, tenant } = e2e;
  const org = tenant.org.id;
  await page.goto(`/orgs/${org}/affiliates`);
  await h1('Affiliates');
  // Nobody waiting: the enrolled affiliate's tab opens, not an empty "Applications".
  await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Enrolled\s*1$/);
  expect(await page.getByTestId('affiliates-tab-pending').textContent()).toMatch(/^Applications\s*0$/);

  // An application waiting: it opens first, offering Approve and Reject only.
  const applicant = await signUpVerified(e2e, { approved: true });
  await db.insert(s.enrollments).values({
    programId: tenant.program.id,
    affiliateId: applicant.userId,
    organizationId: org,
    status: 'pending',
    refCode: `apply-${Date.now().toString(36)}`,
  });
  await page.reload();
  await h1('Affiliates');
  await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Applications\s*1$/);
  const row = page.getByRole('row').filter({ hasText: applicant.email });
  await row.getByRole('button', { name: /Approve/ }).waitFor();
  expect(await row.getByRole('button', { name: /Reject/ }).count()).toBe(1);
  expect(await row.getByRole('button', { name: /Terminate/ }).count()).toBe(0);

  // A link to the enrolled tab by its name opens it.
  await page.goto(`/orgs/${org}/affiliates?tab=enrolled`);
  await h1('Affiliates');
  await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Enrolled\s*1$/);
  await checkAxe(page, 'affiliates');
  await shoot(page, 'advertiser-affiliates-en');
  // On a phone, in Russian (the longest names), every tab shows whole: none is cut at the screen's edge.
  await switchLanguage(page, 'RU');
  await page.setViewportSize({ width: 375, height: 812 });
  await expect.poll(() => page.getByTestId('affiliates-tab-suspended').textContent()).toContain('Приостановленные');
  // A tab outside the screen, or a name wider than its label box (cut or ellipsed), is cut.
  // Polled: the tabs wrap once the page has laid itself out for the narrower window.
  const cut = () =>
    page.evaluate(`[...document.querySelectorAll('[role="tab"]')].filter((tab) => {
    const box = tab.getBoundingClientRect();
    const label = tab.querySelector('.mantine-Tabs-tabLabel') ?? tab;
    return box.left < 0 || box.right > document.documentElement.clientWidth + 0.5 || label.scrollWidth > label.clientWidth + 1;
  }).map((tab) => tab.textContent)`);
  await expect.poll(cut).toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, 'advertiser-affiliates-ru');
  await switchLanguage(page, 'EN');
  const [enrollment] = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, applicant.userId));
  expect(enrollment?.status).toBe('pending');
});
