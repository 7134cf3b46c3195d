import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import type { PlanCode } from '../schema/enums';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The advertiser's Brand page: the plan gate, then a brand edited with the keyboard, a logo and a favicon
// uploaded with a live preview, saved, and worn by the portal host; and a banner uploaded from the creatives tab.

const PORTAL_HOST = `partners-${randomBytes(3).toString('hex')}.globex-e2e.test`;
const BRAND_NAME = 'Globex Partner Hub';

let e2e: E2e;
let owner: { email: string; password: string; userId: string };

beforeAll(async () => {
  e2e = await startE2e({ hosts: [PORTAL_HOST] });
  owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
  await e2e.db.insert(s.customDomains).values({
    organizationId: e2e.tenant.org.id,
    hostname: PORTAL_HOST,
    purpose: 'portal',
    status: 'active',
  });
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

async function setPlan(code: PlanCode) {
  const [plan] = await e2e.db.select().from(s.plans).where(eq(s.plans.code, code));
  await e2e.db.update(s.organizations).set({ planId: plan!.id }).where(eq(s.organizations.id, e2e.tenant.org.id));
}

// A real image: a PNG of one solid colour (signature, IHDR, IDAT, IEND with their CRCs).
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
/** An ICO holding one PNG image (the form every browser reads). */
function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.from([0, 0, 1, 0, 1, 0]);
  const entry = Buffer.alloc(16);
  entry.set([size, size, 0, 0], 0);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(image.length, 8);
  entry.writeUInt32LE(22, 12);
  return Buffer.concat([header, entry, image]);
}

const LOGO = png(120, 40, [11, 110, 79]);
const FAVICON = ico(png(16, 16, [200, 30, 30]), 16);
const BANNER = png(300, 50, [30, 60, 200]);

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

const background = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);

test('without white-label the Brand page explains it, links to the plan and disables its inputs', async () => {
  await setPlan('starter');
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/brand`, owner);
  await h1(page, 'Brand');
  const gate = page.getByTestId('brand-plan-gate');
  await gate.getByText('White-label is not in your plan').waitFor();
  expect(await gate.getByRole('link', { name: 'Compare plans' }).getAttribute('href')).toBe(
    `/orgs/${e2e.tenant.org.id}/plan`,
  );
  expect(await page.getByLabel('Brand name').isDisabled()).toBe(true);
  expect(await page.getByLabel('Support email').isDisabled()).toBe(true);
  expect(await page.getByRole('button', { name: 'Save brand' }).count()).toBe(0);
  await page.getByTestId('portal-domain').getByText(PORTAL_HOST).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'brand plan gate');
  await shoot(page, 'brand-gated-en');
}, 180_000);

test('an owner edits the brand with the keyboard, uploads a logo and favicon, and the portal wears them', async () => {
  await setPlan('pro');
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/brand`, owner);
  await h1(page, 'Brand');
  await page.getByTestId('portal-domain').getByText('Active').waitFor();

  // Keyboard only: focus the first field, type, Tab to the colour.
  await page.getByLabel('Brand name').focus();
  await page.keyboard.type(BRAND_NAME);
  await page.keyboard.press('Tab');
  await page.keyboard.type('#0b6e4f');
  await page.keyboard.press('Escape');
  const preview = page.getByTestId('brand-live-preview');
  await preview.getByTestId('preview-name').getByText(BRAND_NAME).waitFor();
  await preview.getByText(`Welcome back. Log in to your ${BRAND_NAME} account.`).waitFor();
  await expect.poll(() => background(page, 'preview-button')).toBe('rgb(11, 110, 79)');
  expect(await preview.innerText()).not.toMatch(/affiliate\s*edge/i);

  // A file that is no image is refused in the browser, before any upload.
  await page.getByTestId('logo-file').setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await page.getByTestId('logo-error').getByText('This file is not a PNG, JPEG, WebP or ICO image').waitFor();

  await page.getByTestId('logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await page
    .getByTestId('favicon-file')
    .setInputFiles({ name: 'favicon.ico', mimeType: 'image/x-icon', buffer: FAVICON });
  await page.getByTestId('logo-error').waitFor({ state: 'detached' });
  // The preview shows the chosen files at once, before they are uploaded.
  expect(await preview.getByTestId('preview-header').locator('img').getAttribute('src')).toMatch(/^blob:/);
  expect(await preview.getByTestId('preview-favicon').getAttribute('src')).toMatch(/^blob:/);
  await page.getByText('New file, uploaded when you save: logo.png').waitFor();

  await page.getByLabel('Support email').focus();
  await page.keyboard.type('help@globex-e2e.test');
  await preview.getByText('help@globex-e2e.test').waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Brand saved.').waitFor();

  const [org] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, e2e.tenant.org.id));
  const { branding } = org!;
  expect(branding).toMatchObject({
    portalName: BRAND_NAME,
    primaryColor: '#0b6e4f',
    supportEmail: 'help@globex-e2e.test',
  });
  expect(branding.logoUrl).toMatch(new RegExp(`/api/uploads/brand-${e2e.tenant.org.id}-logo-[0-9a-f-]{36}\\.png$`));
  expect(branding.faviconUrl).toMatch(
    new RegExp(`/api/uploads/brand-${e2e.tenant.org.id}-favicon-[0-9a-f-]{36}\\.ico$`),
  );
  // After the save the preview shows the stored files.
  await expect
    .poll(() => preview.getByTestId('preview-header').locator('img').getAttribute('src'))
    .toBe(branding.logoUrl);
  await page.mouse.move(600, 30);
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'brand (en)');
  await shoot(page, 'brand-en');
  await switchLanguage(page, 'RU');
  await h1(page, 'Бренд');
  await page.getByText('Предпросмотр').first().waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'brand (ru)');
  await shoot(page, 'brand-ru');
  await switchLanguage(page, 'EN');

  // The portal host: the new name, logo, favicon and colour, and not the platform's name.
  const portal = await e2e.newPage({ locale: 'en', host: PORTAL_HOST });
  await portal.goto('/login');
  await h1(portal, 'Log in');
  // The tab names the page, then the portal.
  await expect.poll(() => portal.title()).toBe(`Log in · ${BRAND_NAME}`);
  expect(await portal.getByRole('banner').locator('img').getAttribute('src')).toBe(branding.logoUrl);
  expect(await portal.locator('link[rel="icon"]').last().getAttribute('href')).toBe(branding.faviconUrl);
  const loaded = await portal
    .getByRole('banner')
    .locator('img')
    .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
  expect(loaded).toBe(120);
  const button = portal.getByRole('button', { name: 'Log in' });
  expect(await button.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
    'rgb(11, 110, 79)',
  );
  expect(await portal.locator('html').innerText()).not.toMatch(/affiliate\s*edge/i);
  await shoot(portal, 'brand-portal-login-en');

  // Removing the logo: gone from the preview now, from the branding once saved.
  await page.getByRole('button', { name: 'Remove: Logo' }).click();
  expect(await preview.getByTestId('preview-header').locator('img').count()).toBe(0);
  await page.getByRole('button', { name: 'Save brand' }).click();
  await expect
    .poll(async () => {
      const [row] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, e2e.tenant.org.id));
      return row!.branding.logoUrl ?? null;
    })
    .toBeNull();

  // A logo hosted elsewhere is linked by its https address (what Settings used to offer): checked, then saved.
  // The save above ends (and resets the pickers) once the refreshed brand is back: wait for its toast.
  await page.getByRole('button', { name: 'Save brand' }).and(page.locator(':not([data-loading])')).waitFor();
  await page.getByText('Brand saved.').last().waitFor();
  await page.getByRole('button', { name: 'Link an image' }).click();
  const link = page.getByLabel('Logo address');
  await link.fill('http://cdn.example/logo.png');
  await page.getByText('Enter an absolute https address.').waitFor();
  await link.fill('https://cdn.example/logo.png');
  expect(await page.getByText('Enter an absolute https address.').count()).toBe(0);
  await page.getByRole('button', { name: 'Save brand' }).click();
  await expect
    .poll(async () => {
      const [row] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, e2e.tenant.org.id));
      return row!.branding.logoUrl ?? null;
    })
    .toBe('https://cdn.example/logo.png');
}, 240_000);

test('a banner uploaded from the creatives tab appears with its image', async () => {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}?tab=creatives`, owner);
  await page.getByRole('button', { name: 'Add creative' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a creative' });
  await dialog.getByLabel(/^Name/).fill('Spring banner');
  await dialog
    .getByTestId('creative-image-file')
    .setInputFiles({ name: 'banner.png', mimeType: 'image/png', buffer: BANNER });
  const uploaded = dialog.getByTestId('creative-upload-preview');
  await uploaded.waitFor();
  // The picture's own size fills in the banner's.
  await expect.poll(() => dialog.getByLabel(/^Width/).inputValue()).toBe('300');
  expect(await dialog.getByLabel(/^Height/).inputValue()).toBe('50');
  await dialog.getByRole('button', { name: 'Add creative' }).click();
  const card = page.getByRole('article', { name: 'Spring banner' });
  await card.waitFor();
  const src = await card.getByTestId('creative-image').getAttribute('src');
  expect(src).toMatch(new RegExp(`/api/uploads/creative-${e2e.tenant.org.id}-image-[0-9a-f-]{36}\\.png$`));
  await expect
    .poll(() =>
      card.getByTestId('creative-image').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(300);
  await page.mouse.move(600, 30);
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'creatives with an uploaded banner');
  await shoot(page, 'creative-upload-en');

  // Deleting the creative deletes the file.
  await card.getByRole('button', { name: 'Delete Spring banner' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await card.waitFor({ state: 'detached' });
  await expect.poll(async () => (await fetch(src!)).status).toBe(404);
}, 180_000);
