import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import ts from 'typescript';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { conversions, enrollments } from '../schema';
import { startPodrugaDemo } from '../dev/podruga-demo/start-podruga-demo';
import { createClient } from '../sdk/typescript/src/index';
import { checkAxe, type E2e, signedInAt, shoot, signUpVerified, startE2e } from './harness';

// The SDK clients against the real Worker in workerd, over real HTTP: the Python client (sdk/python), which
// the workers-project tests cannot run, and the TypeScript SDK with the runtime's own fetch; and the SDK's browser
// module in Chromium on a stand-in shop (page.route), for real cookies and history; and the Podruga demo page of
// `npm start`, whose backend frames the referral dashboard with a token from createEmbedToken, and serves an
// affiliate's branded edition on its host through resolveEdition.

const root = fileURLToPath(new URL('../', import.meta.url));

let e2e: E2e;
let appId: string;
let orgId: string;
let ownerToken: string;
let owner: { email: string; password: string };
let programId: string;
let apiKey: { key: string; signingSecret: string };

beforeAll(async () => {
  e2e = await startE2e();
  const advertiser = await signUpVerified(e2e, { accountType: 'advertiser' });
  owner = advertiser;
  const token = await e2e.apiLogIn(advertiser);
  ownerToken = token;
  orgId = (await e2e.api('GET', '/orgs', token)).body.items[0].id;
  const app = await e2e.api('POST', `/orgs/${orgId}/apps`, token, {
    name: 'Podruga',
    siteUrl: 'https://podruga.example',
  });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  appId = app.body.id;
  const key = await e2e.api('POST', `/orgs/${orgId}/apps/${appId}/api-keys`, token, { name: 'sdk' });
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  apiKey = { key: key.body.key, signingSecret: key.body.signingSecret };
  const program = await e2e.api('POST', `/orgs/${orgId}/programs`, token, {
    appId,
    name: 'Podruga AI Partners',
    status: 'active',
    payoutModel: 'cps',
    commissionType: 'percent',
    commissionRateBps: 3000,
    currency: 'USD',
    landingUrl: 'https://podruga.example/',
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  programId = program.body.id;
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

const rowsOf = (eventId: string) => e2e.db.select().from(conversions).where(eq(conversions.eventId, eventId));

/** What the Python client does against the Worker, printed as one JSON line. */
const PYTHON = `
import json, os, sys
import affiliate_edge as ae

client = ae.Client(os.environ["AE_API_KEY"], os.environ["AE_SIGNING_SECRET"], os.environ["AE_BASE_URL"])
run = os.environ["RUN"]
out = {}
out["lead"] = client.track_lead(event_id="py-lead-" + run, customer_id="py-cus-" + run)
out["sale"] = client.track_sale(event_id="py-sale-" + run, customer_id="py-cus-" + run, amount=4900, currency="USD",
                                metadata={"plan": "Подруга Про ✓"})
out["again"] = client.track_sale(event_id="py-sale-" + run, customer_id="py-cus-" + run, amount=4900, currency="USD",
                                 metadata={"plan": "Подруга Про ✓"})
errors = {}
for name, call in [
    ("invalid", lambda: client.track_refund(event_id="py-bad-" + run, currency="USD")),
    ("wrong_secret", lambda: ae.Client(os.environ["AE_API_KEY"], "ae_sig_wrong", os.environ["AE_BASE_URL"]).track_lead()),
]:
    try:
        call()
        errors[name] = None
    except ae.AffiliateEdgeError as e:
        errors[name] = {"code": e.code, "status": e.status, "attempts": e.attempts, "retryable": e.retryable}
out["errors"] = errors
user = {"id": "py-user-" + run, "email": "py-" + run + "@users.test", "name": "Анна"}
out["embed"] = client.create_embed_token(os.environ["AE_PROGRAM_ID"], user, {"locale": "ru", "mode": "dark"})
print(json.dumps(out))
`;

test('the Python client records events, gets the duplicate back, fails 4xx at once, and gets an embed token', async () => {
  const run = Date.now().toString(36);
  const python = spawnSync('python3', ['-c', PYTHON], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      PYTHONPATH: `${root}sdk/python`,
      AE_API_KEY: apiKey.key,
      AE_SIGNING_SECRET: apiKey.signingSecret,
      AE_BASE_URL: e2e.baseUrl,
      AE_PROGRAM_ID: programId,
      RUN: run,
    },
  });
  if (python.error) expect.fail(`python3 could not run (${python.error.message}); install Debian's python3`);
  expect(python.status, python.stderr).toBe(0);
  const out = JSON.parse(python.stdout);
  expect(out.lead).toMatchObject({ duplicate: false, conversion: { type: 'lead', source: 'api' } });
  expect(out.sale).toMatchObject({
    duplicate: false,
    conversion: { type: 'sale', amountMinor: 4900, currency: 'USD' },
  });
  expect(out.again).toMatchObject({ duplicate: true, conversion: { id: out.sale.conversion.id } });
  expect(out.errors).toEqual({
    invalid: { code: 'validation_failed', status: 400, attempts: 1, retryable: false },
    wrong_secret: { code: 'invalid_signature', status: 401, attempts: 1, retryable: false },
  });
  const [sale, ...more] = await rowsOf(`py-sale-${run}`);
  expect(more).toEqual([]);
  expect(sale).toMatchObject({ appId, amountMinor: 4900, currency: 'USD', metadata: { plan: 'Подруга Про ✓' } });
  expect(await rowsOf(`py-lead-${run}`)).toHaveLength(1);
  // The Python client's embed token opens this app's dashboard with the theme it asked for.
  expect(out.embed.url).toBe(`${new URL(out.embed.url).origin}/embed/${appId}#token=${out.embed.token}`);
  const opened = await fetch(`${e2e.baseUrl}/api/embed/${appId}/dashboard`, {
    headers: { authorization: `Bearer ${out.embed.token}` },
  });
  expect(opened.status).toBe(200);
  expect(await opened.json()).toMatchObject({ program: { id: programId }, theme: { locale: 'ru', mode: 'dark' } });
});

test('the TypeScript SDK over real HTTP, with the runtime’s fetch', async () => {
  const sdk = createClient({ apiKey: apiKey.key, signingSecret: apiKey.signingSecret, baseUrl: e2e.baseUrl });
  const eventId = `ts-rebill-${Date.now().toString(36)}`;
  const first = await sdk.trackRebill({ event_id: eventId, customer_id: 'ts-cus', amount: 1900, currency: 'EUR' });
  expect(first).toMatchObject({ duplicate: false, conversion: { type: 'rebill', amountMinor: 1900, currency: 'EUR' } });
  expect(
    await sdk.trackRebill({ event_id: eventId, customer_id: 'ts-cus', amount: 1900, currency: 'EUR' }),
  ).toMatchObject({
    duplicate: true,
  });
  expect(await rowsOf(eventId)).toHaveLength(1);
});

test('the browser module in Chromium: first-party cookies on the shop, the URL cleaned, the values read back', async () => {
  // The module as a bundler would ship it: browser.ts imports nothing, so transpiling the one file is the build.
  const source = readFileSync(`${root}sdk/typescript/src/browser.ts`, 'utf8');
  const module = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const landing = `<!doctype html><html lang="en"><title>Shop</title><body><output></output>
<script type="module">
  import { captureClickId, getClickId, getDiscountCode } from '/sdk/browser.js';
  const stored = captureClickId({ days: 60 });
  document.querySelector('output').textContent = JSON.stringify({ stored, clickId: getClickId(), code: getDiscountCode() });
</script></body></html>`;
  const page = await e2e.newPage();
  await page.route('https://shop.example/**', (route) => {
    const { pathname } = new URL(route.request().url());
    return pathname === '/sdk/browser.js'
      ? route.fulfill({ contentType: 'text/javascript', body: module })
      : route.fulfill({ contentType: 'text/html', body: landing });
  });
  const clickId = '019a8f3c-1d2e-7abc-8def-0123456789ab';
  await page.goto(`https://shop.example/pricing?utm_source=blog&aff_click=${clickId}&aff_discount=ALICE10#plans`);
  await expect.poll(() => page.locator('output').textContent()).not.toBe('');
  expect(JSON.parse((await page.locator('output').textContent())!)).toEqual({
    stored: { clickId, discountCode: 'ALICE10' },
    clickId,
    code: 'ALICE10',
  });
  expect(page.url()).toBe('https://shop.example/pricing?utm_source=blog#plans');
  const cookies = await page.context().cookies('https://shop.example');
  const byName = Object.fromEntries(cookies.map((c) => [c.name, c]));
  expect(byName.aff_click).toMatchObject({
    value: clickId,
    domain: 'shop.example',
    path: '/',
    secure: true,
    sameSite: 'Lax',
  });
  expect(byName.aff_discount).toMatchObject({ value: 'ALICE10', secure: true });
  // Max-Age of 60 days, give or take the test's own seconds.
  expect(byName.aff_click!.expires - Date.now() / 1000).toBeGreaterThan(60 * 86_400 - 120);

  // A later page of the same site, without parameters: the values come from the cookies.
  await page.goto('https://shop.example/checkout');
  await expect.poll(() => page.locator('output').textContent()).not.toBe('');
  expect(JSON.parse((await page.locator('output').textContent())!)).toEqual({
    stored: { clickId: null, discountCode: null },
    clickId,
    code: 'ALICE10',
  });
  await page.context().close();
});

/** The Podruga demo server of `npm start` on a free port, with this run's app key and signed-in user. */
const startDemo = (run: string) =>
  startPodrugaDemo({
    port: 0,
    apiBaseUrl: e2e.baseUrl,
    apiKey: apiKey.key,
    signingSecret: apiKey.signingSecret,
    programId,
    user: { id: `anna-${run}`, email: `anna-${run}@podruga.example`, name: 'Anna Petrova' },
    mainSiteUrl: 'https://podruga.example/',
  });

test('the Podruga demo page: its backend gets a token with createEmbedToken and frames the dashboard, EN and RU', async () => {
  const run = Date.now().toString(36);
  const demo = await startDemo(run);
  try {
    // The advertiser lets the demo page frame the dashboard: the app's embed origins, on the app's page.
    const origin = new URL(demo.url).origin;
    const admin = await e2e.newPage();
    await signedInAt(admin, `/orgs/${orgId}/apps/${appId}`, owner);
    await admin.getByRole('heading', { level: 1, name: 'Podruga' }).waitFor({ timeout: 30_000 });
    const origins = admin.getByRole('combobox', { name: 'Embed origins' });
    const pill = (value: string) => admin.getByText(value, { exact: true });
    // Enter turns the typed origin into a pill. Once (in CI, under load) the field was empty again by the time
    // Enter arrived, so Enter submitted the form instead; the pill is waited for, and the typing repeated if
    // it never came, so the steps below judge the form and not that race.
    const addOrigin = (value: string) =>
      vi.waitFor(
        async () => {
          if ((await pill(value).count()) > 0) return;
          await origins.fill(value);
          await origins.press('Enter');
          await pill(value).waitFor({ timeout: 3_000 });
        },
        { timeout: 30_000, interval: 100 },
      );
    await addOrigin('https://podruga.example/settings');
    await admin.getByRole('button', { name: 'Save changes' }).click();
    await admin.getByText('Enter up to 10 origins such as https://app.example, without a path.').waitFor();
    // Backspace in the empty field takes the last origin off, as a keyboard user would.
    await origins.press('Backspace');
    await pill('https://podruga.example/settings').waitFor({ state: 'detached' });
    await addOrigin(origin);
    // Wait for the write itself, so a refusal shows as its status rather than as a toast that never appears.
    const [patched] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/apps/${appId}`)),
      admin.getByRole('button', { name: 'Save changes' }).click(),
    ]);
    expect(patched.status(), await patched.text()).toBe(200);
    await admin.getByText('App saved.').waitFor();
    // The toast container names every toast's close button (ui/notifications-container.tsx).
    await admin.getByRole('button', { name: 'Close notification' }).first().waitFor();
    await shoot(admin, 'app-embed-origins-en');
    await admin.context().close();
    const saved = await e2e.api('GET', `/orgs/${orgId}/apps/${appId}`, ownerToken);
    expect(saved.body.embedOrigins).toEqual([origin]);
    for (const lang of ['en', 'ru'] as const) {
      const page = await e2e.newPage({ locale: lang });
      await page.goto(`${demo.url}?lang=${lang}`);
      const frame = page.frameLocator('#referrals');
      // The first open asks the user to accept the program's terms; the second finds the account.
      if (lang === 'en') {
        // A program without terms is only asked to join: no "Terms version N" (the settings version).
        await frame.getByRole('button', { name: 'Join the program' }).waitFor();
        expect(await frame.getByText(/Terms version/).count()).toBe(0);
        await shoot(page, 'podruga-join-en');
        await frame.getByRole('button', { name: 'Join the program' }).click();
      }
      const linkName = lang === 'en' ? 'Your referral link' : 'Ваша реферальная ссылка';
      await expect
        .poll(() => frame.getByRole('textbox', { name: linkName }).inputValue(), { timeout: 20_000 })
        .toMatch(/\/aff\//);
      await frame
        .getByRole('img', { name: lang === 'en' ? 'QR code of your referral link' : 'QR-код вашей реферальной ссылки' })
        .waitFor();
      await frame.getByText(lang === 'en' ? 'Sign-ups' : 'Регистрации').waitFor();
      // The frame grows to its content (the dashboard posts its height), so the page scrolls, not the frame.
      await expect
        .poll(() =>
          page
            .locator('#referrals')
            .boundingBox()
            .then((box) => box?.height),
        )
        .not.toBe(720);
      await checkAxe(page, `podruga demo ${lang}`);
      await shoot(page, `podruga-demo-${lang}`);
      // The dashboard's own page, checked on its own (axe in legacy mode looks at the top document).
      const embed = await e2e.newPage({ locale: lang, width: 320 });
      await embed.goto((await page.locator('#referrals').getAttribute('src'))!);
      await embed.getByRole('textbox', { name: linkName }).waitFor();
      expect(await embed.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
      await checkAxe(embed, `embedded dashboard ${lang}`);
      await embed.context().close();
      await page.context().close();
    }
  } finally {
    await demo.close();
  }
});

test('the Podruga demo page plays the partner app for a branded edition: resolved through the SDK, or sent home', async () => {
  const run = Date.now().toString(36);
  // The app offers editions on subdomains of its own domain; an enrolled affiliate builds one and it is approved.
  const offer = await e2e.api('PUT', `/orgs/${orgId}/apps/${appId}/edition-settings`, ownerToken, {
    enabled: true,
    programId,
    brandFields: ['name', 'colors'],
    domainKinds: ['subdomain'],
    baseDomain: 'podruga.example',
    plans: [
      {
        code: 'plus-monthly',
        name: 'Plus',
        listPriceMinor: 900,
        currency: 'USD',
        interval: 'month',
        bounds: { kind: 'range', minMinor: 900, maxMinor: 1170 },
      },
    ],
    reward: { type: 'percent', rateBps: 4000, fixedMinor: null, recurringMode: 'lifetime', recurringMonths: null },
    requiresApproval: true,
  });
  expect(offer.status, JSON.stringify(offer.body)).toBe(200);
  const affiliate = await signUpVerified(e2e, { approved: true });
  await e2e.db.insert(enrollments).values({
    programId,
    affiliateId: affiliate.userId,
    organizationId: orgId,
    status: 'active',
    refCode: `alice-${run}`,
  });
  const affiliateToken = await e2e.apiLogIn(affiliate);
  const created = await e2e.api('POST', `/affiliate/orgs/${orgId}/editions`, affiliateToken, {
    appId,
    name: 'Alice’s AI Friend',
    domainKind: 'subdomain',
    host: `alice-${run}`,
    primaryColor: '#7c3aed',
    accentColor: '#fde68a',
    plans: [{ code: 'plus-monthly', priceMinor: 1100 }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const host = created.body.host as string;
  expect(host).toBe(`alice-${run}.podruga.example`);
  expect(
    (await e2e.api('POST', `/affiliate/orgs/${orgId}/editions/${created.body.id}/submit`, affiliateToken)).status,
  ).toBe(200);
  expect((await e2e.api('POST', `/orgs/${orgId}/editions/${created.body.id}/approve`, ownerToken)).status).toBe(200);

  const demo = await startDemo(run);
  try {
    for (const width of [375, 1440]) {
      const page = await e2e.newPage({ width });
      await page.goto(`${demo.url}?host=${host}`);
      await page.getByRole('heading', { level: 1, name: 'Alice’s AI Friend' }).waitFor();
      await page.getByText('11.00 USD').waitFor();
      // The edition's own colour, as the partner app got it from resolveEdition.
      expect(await page.evaluate<string>('getComputedStyle(document.querySelector("header")).backgroundColor')).toBe(
        'rgb(124, 58, 237)',
      );
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      await checkAxe(page, `edition page ${width}`);
      await shoot(page, `podruga-edition-${width}`);
      await page.context().close();
    }
    // A host that is no edition (unknown, or suspended) sends the visitor to the app's main site.
    const unknown = await fetch(`${demo.url}?host=nobody-${run}.podruga.example`, { redirect: 'manual' });
    expect([unknown.status, unknown.headers.get('location')]).toEqual([302, 'https://podruga.example/']);
  } finally {
    await demo.close();
  }
});
