import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { XSS as ALL_XSS } from '../../workers/domain/fixtures/xss-corpus';
import { randomIp } from '../accounts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

// The advertiser's block editor of program pages, with two advertisers side by side: drafts are previewed only
// by their advertiser, publishing (audited) is what visitors see, and nothing typed ever becomes markup.

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

let counter = 0;
const unique = (p: string) => `${p}-${Date.now().toString(36)}-${counter++}`;
let programId: string;
let groupId: string;

const editor = (a: Advertiser, id = programId, group?: string) =>
  `/orgs/${a.org.id}/programs/${id}/landing-page${group ? `?groupId=${group}` : ''}`;
const publishPath = (a: Advertiser, group?: string) =>
  `/orgs/${a.org.id}/programs/${programId}/landing-page/publish${group ? `?groupId=${group}` : ''}`;

async function publicPage(path: string) {
  const res = await workerFetch(`http://app.test${path}`, { headers: { 'cf-connecting-ip': randomIp() } });
  return { status: res.status, csp: res.headers.get('content-security-policy') ?? '', text: await res.text() };
}

const doc = (blocks: unknown[]) => ({ document: { version: 1, blocks } });
/** The section headings of a page, in order (hono/html escapes them; the test's words have nothing to escape). */
const headingsOf = (html: string) => [...html.matchAll(/<h2 id="[^"]*">([^<]*)<\/h2>/g)].map((m) => m[1]);
const faq = (id: string, title: string, ruTitle: string | null = null) => ({
  id,
  kind: 'faq',
  en: { title, items: [{ question: `Question of ${id}?`, answer: 'An answer.' }] },
  ru: ruTitle === null ? null : { title: ruTitle, items: [{ question: `Вопрос ${id}?`, answer: 'Ответ.' }] },
});
const text = (id: string, en: string, ru: string | null = null) => ({
  id,
  kind: 'text',
  en: { markdown: en },
  ru: ru === null ? null : { markdown: ru },
});

const FULL = doc([
  text('intro', '## Why partner with us\n**Teams** love [our CRM](https://kangrow.example)', '## Почему мы\nКоманды'),
  {
    id: 'hero-img',
    kind: 'image',
    image: { type: 'url', url: 'https://cdn.example/team.png' },
    en: { alt: 'Our team', caption: 'The KanGrow team' },
    ru: null,
  },
  {
    id: 'faq',
    kind: 'faq',
    en: { title: 'Partner questions', items: [{ question: 'Do you pay in EUR?', answer: 'Yes, monthly.' }] },
    ru: { title: '', items: [{ question: 'Платите в евро?', answer: 'Да, раз в месяц.' }] },
  },
  { id: 'calc', kind: 'calculator', customers: 7, priceMinor: 9_900, en: { title: 'Your earnings' }, ru: null },
  {
    id: 'quotes',
    kind: 'testimonials',
    en: { title: '', items: [{ quote: 'Paid on time, every time.', name: 'Dana', role: 'Blogger', photo: null }] },
    ru: null,
  },
]);

beforeAll(async () => {
  const [row] = await db
    .insert(s.programs)
    .values({
      organizationId: acme.org.id,
      appId: acme.app.id,
      name: 'Editor program',
      slug: unique('editor'),
      status: 'active',
      visibility: 'public',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 3000,
      recurringMode: 'lifetime',
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
    })
    .returning();
  programId = row!.id;
  const [group] = await db
    .insert(s.programGroups)
    .values({ organizationId: acme.org.id, programId, name: 'Gold', commissionRateBps: 4000 })
    .returning();
  groupId = group!.id;
});

describe('the landing page editor', () => {
  it('starts empty, refuses to publish nothing, and keeps a saved draft off the public page', async () => {
    const empty = await call(acme.owner, 'GET', editor(acme));
    expectStatus(empty, 200);
    expect(empty.body).toMatchObject({ draft: { version: 1, blocks: [] }, published: null, publishedVersion: 0 });
    expectStatus(await call(acme.owner, 'POST', publishPath(acme)), 409, 'landing_page_no_draft');

    const saved = await call(acme.admin, 'PUT', editor(acme), FULL);
    expectStatus(saved, 200);
    expect(saved.body).toMatchObject({ unpublishedChanges: true, published: null });
    expect(saved.body.draft.blocks).toHaveLength(5);
    const page = await publicPage(`/programs/${programId}`);
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('Why partner with us');
  });

  it('previews the draft with the public renderer, marked and unindexed, only for its advertiser', async () => {
    const res = await workerFetch(
      `https://api.test/api${editor(acme).replace('landing-page', 'landing-page/preview')}`,
      {
        method: 'POST',
        headers: { ...acme.owner.headers, 'content-type': 'application/json' },
        body: JSON.stringify(FULL),
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('Preview: visitors do not see this version yet');
    expect(html).toContain('<h2>Why partner with us</h2>');
    const other_ = await call(
      other.owner,
      'POST',
      `/orgs/${other.org.id}/programs/${programId}/landing-page/preview`,
      FULL,
    );
    expectStatus(other_, 404, 'not_found');
  });

  it('publishes the draft (audited): the page shows the blocks in order, the calculator with their defaults', async () => {
    const res = await call(acme.owner, 'POST', publishPath(acme));
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ publishedVersion: 1, unpublishedChanges: false });
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, programId), eq(s.auditLog.action, 'program.landing_page_published')));
    expect(audit).toMatchObject({ organizationId: acme.org.id, actorId: acme.owner.userId });
    // Publishing what is live again changes nothing.
    expect((await call(acme.owner, 'POST', publishPath(acme))).body.publishedVersion).toBe(1);

    const page = await publicPage(`/programs/${programId}`);
    expect(page.csp).toContain("default-src 'none'");
    expect(page.csp).toContain("frame-ancestors 'none'");
    const order = ['Why partner with us', 'The KanGrow team', 'Partner questions', 'Your earnings', 'Paid on time'];
    const at = order.map((t) => page.text.indexOf(t));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(page.text).toContain('7 customers at $99.00/month');
    expect(page.text).toContain('src="https://cdn.example/team.png" alt="Our team"');
    // The terms stay generated: the generated calculator is replaced by the block, never repeated.
    expect(page.text.match(/<form class="calc"/g)).toHaveLength(1);
    expect(page.text).toContain('What you earn');
  });

  it('shows Russian readers the Russian variant, else the English one', async () => {
    const page = await publicPage(`/programs/${programId}?lang=ru`);
    expect(page.text).toContain('<h2>Почему мы</h2>');
    expect(page.text).toContain('Платите в евро?');
    // No Russian variant: the English text.
    expect(page.text).toContain('The KanGrow team');
    expect(page.text).toContain('Paid on time, every time.');
  });

  it('names the advertiser’s FAQ and the terms’ FAQ apart, in both languages, and never repeats a heading', async () => {
    // FULL's FAQ block has an English heading of its own and an empty Russian one: the Russian page uses the default.
    const en = headingsOf((await publicPage(`/programs/${programId}`)).text);
    expect(en).toEqual([
      'What you earn',
      'Partner questions',
      'Your earnings',
      'What partners say',
      'Questions about the terms',
    ]);
    const ru = headingsOf((await publicPage(`/programs/${programId}?lang=ru`)).text);
    expect(ru).toContain('Частые вопросы');
    expect(ru.at(-1)).toBe('Вопросы об условиях');
    expect(new Set(ru).size).toBe(ru.length);

    // Two untitled FAQ blocks and one that borrows a generated heading: each is numbered, the generated keep theirs.
    const colliding = doc([
      faq('one', '', ''),
      faq('two', '', ''),
      faq('three', 'Questions about the terms', 'Вопросы об условиях'),
      faq('four', 'What you earn'),
    ]);
    expectStatus(await call(acme.owner, 'PUT', editor(acme), colliding), 200);
    expectStatus(await call(acme.owner, 'POST', publishPath(acme)), 200);
    const enPage = (await publicPage(`/programs/${programId}`)).text;
    expect(headingsOf(enPage)).toEqual([
      'What you earn',
      'Earnings calculator',
      'Frequently asked questions',
      'Frequently asked questions (2)',
      'Questions about the terms (2)',
      'What you earn (2)',
      'Questions about the terms',
    ]);
    // The generated FAQ is the terms' one, after every block.
    expect(enPage.indexOf('<h2 id="faq">Questions about the terms</h2>')).toBeGreaterThan(
      enPage.indexOf('Question of four?'),
    );
    expect(enPage).toContain('Who can join?');
    expect(headingsOf((await publicPage(`/programs/${programId}?lang=ru`)).text)).toEqual([
      'Сколько вы заработаете',
      'Калькулятор дохода',
      'Частые вопросы',
      'Частые вопросы (2)',
      'Вопросы об условиях (2)',
      'What you earn',
      'Вопросы об условиях',
    ]);
  });

  it('gives a group its own page', async () => {
    expectStatus(
      await call(acme.owner, 'PUT', editor(acme, programId, groupId), doc([text('g', 'Gold partners only')])),
      200,
    );
    expectStatus(await call(acme.owner, 'POST', publishPath(acme, groupId)), 200);
    expect((await publicPage(`/programs/${programId}/groups/${groupId}`)).text).toContain('Gold partners only');
    expect((await publicPage(`/programs/${programId}`)).text).not.toContain('Gold partners only');
    // Another program's group is not this program's.
    expectStatus(await call(other.owner, 'GET', editor(other, other.program.id, groupId)), 404, 'not_found');
  });

  it('lets only the program’s owners and admins edit it', async () => {
    expectStatus(await call(acme.finance, 'PUT', editor(acme), FULL), 403);
    expectStatus(await call(other.owner, 'GET', editor(other)), 404, 'not_found');
    expectStatus(await call(other.owner, 'PUT', editor(other), FULL), 404, 'not_found');
    expectStatus(
      await call(other.owner, 'POST', `/orgs/${other.org.id}/programs/${programId}/landing-page/publish`),
      404,
    );
    // An affiliate is no member of the advertiser: its organization is not found for them.
    expectStatus(await call(acme.affiliateSession, 'GET', editor(acme)), 404, 'not_found');
  });
});

describe('what the editor accepts', () => {
  const image = (url: string) =>
    doc([{ id: 'i', kind: 'image', image: { type: 'url', url }, en: { alt: '', caption: '' }, ru: null }]);

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'http://cdn.example/x.png',
    '//cdn.example/x.png',
    'https://user:pass@cdn.example/x.png',
    ' javascript:alert(1)',
  ])('refuses the image URL %s', async (url) => {
    expectStatus(await call(acme.owner, 'PUT', editor(acme), image(url)), 400, 'validation_failed');
  });

  it('refuses another advertiser’s upload, a missing one, raw fields and a second calculator', async () => {
    const key = (org: string) => `creative-${org}-image-0190a000-0000-7000-8000-000000000000.png`;
    const upload = (k: string) =>
      doc([{ id: 'i', kind: 'image', image: { type: 'upload', key: k }, en: { alt: '', caption: '' }, ru: null }]);
    expectStatus(await call(acme.owner, 'PUT', editor(acme), upload(key(other.org.id))), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'PUT', editor(acme), upload(key(acme.org.id))), 400, 'validation_failed');
    const withHtml = doc([{ ...text('t', 'x'), en: { markdown: 'x', html: '<script>' } }]);
    expectStatus(await call(acme.owner, 'PUT', editor(acme), withHtml), 400, 'validation_failed');
    const calc = { kind: 'calculator', customers: 1, priceMinor: 100, en: { title: '' }, ru: null };
    const two = doc([
      { id: 'a', ...calc },
      { id: 'b', ...calc },
    ]);
    expectStatus(await call(acme.owner, 'PUT', editor(acme), two), 400, 'validation_failed');
  });

  const quotes = (photo: unknown) =>
    doc([
      {
        id: 'quotes',
        kind: 'testimonials',
        en: { title: '', items: [{ quote: 'Paid on time.', name: 'Dana', role: 'Blogger', photo }] },
        ru: null,
      },
    ]);

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    'http://cdn.example/dana.png',
    'ftp://cdn.example/dana.png',
    '//cdn.example/dana.png',
  ])('refuses the testimonial photo URL %s', async (url) => {
    expectStatus(await call(acme.owner, 'PUT', editor(acme), quotes({ type: 'url', url })), 400, 'validation_failed');
  });

  it('takes a testimonial photo uploaded with the creatives’ checks and serves it from our host', async () => {
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const uploadAs = async (a: Advertiser, body: Uint8Array) => {
      const res = await workerFetch(`https://api.test/api/orgs/${a.org.id}/creative-images`, {
        method: 'POST',
        headers: { ...a.owner.headers, 'content-type': 'image/png' },
        body,
      });
      return { status: res.status, body: (await res.json()) as { key: string; url: string } };
    };
    // The upload's own checks: the bytes decide the type, an SVG or a script is refused.
    expect((await uploadAs(acme, new TextEncoder().encode('<svg onload="alert(1)"/>'))).status).toBe(415);
    const mine = await uploadAs(acme, PNG);
    expect(mine.status).toBe(201);
    const theirs = await uploadAs(other, PNG);
    expect(theirs.status).toBe(201);
    // Another advertiser's upload is not a photo this one may use.
    expectStatus(
      await call(acme.owner, 'PUT', editor(acme), quotes({ type: 'upload', key: theirs.body.key })),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.owner, 'PUT', editor(acme), quotes({ type: 'upload', key: mine.body.key })), 200);
    expectStatus(await call(acme.owner, 'POST', publishPath(acme)), 200);
    const page = await publicPage(`/programs/${programId}`);
    const src = page.text.match(/<figure class="quote">.*?<img src="([^"]+)"/s)?.[1];
    expect(src).toBe(mine.body.url);
    expect(new URL(src!).pathname).toBe(`/api/uploads/${mine.body.key}`);
    // The page's policy lets the picture in from our host; the file itself is served as the image it is.
    const imgSrc = page.csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('img-src '));
    expect(imgSrc?.split(' ')).toContain(new URL(src!).origin);
    const file = await workerFetch(`https://api.test${new URL(src!).pathname}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    // A URL stays possible for a photo hosted elsewhere.
    expectStatus(
      await call(acme.owner, 'PUT', editor(acme), quotes({ type: 'url', url: 'https://cdn.example/dana.png' })),
      200,
    );
  });

  it('refuses the NUL character, which Postgres cannot store', async () => {
    expectStatus(await call(acme.owner, 'PUT', editor(acme), doc([text('t', 'a\u0000b')])), 400, 'validation_failed');
  });

  it('publishes the XSS corpus as inert text', async () => {
    const XSS = ALL_XSS.filter((x) => !x.includes('\u0000'));
    const blocks = [
      text('corpus', XSS.join('\n\n'), XSS.join('\n')),
      {
        id: 'faq',
        kind: 'faq',
        en: { title: XSS[0], items: XSS.slice(0, 20).map((x) => ({ question: x, answer: x })) },
        ru: null,
      },
      {
        id: 'quotes',
        kind: 'testimonials',
        en: {
          title: '',
          items: XSS.slice(0, 12).map((x) => ({ quote: x, name: x.slice(0, 100), role: x.slice(0, 100), photo: null })),
        },
        ru: null,
      },
      {
        id: 'img',
        kind: 'image',
        image: { type: 'url', url: 'https://cdn.example/a.png' },
        en: { alt: '"><script>alert(1)</script>', caption: XSS[1] },
        ru: null,
      },
    ];
    const saved = await call(acme.owner, 'PUT', editor(acme), doc(blocks));
    expectStatus(saved, 200);
    expectStatus(await call(acme.owner, 'POST', publishPath(acme)), 200);
    for (const lang of ['', '?lang=ru']) {
      const page = await publicPage(`/programs/${programId}${lang}`);
      expect(page.status).toBe(200);
      expect(page.text).not.toMatch(
        /<(script|svg|iframe|object|embed|base|meta http-equiv|form action|math|style[^>]*>[^<]*expression)/i,
      );
      expect(page.text).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      // Inside a tag: the escaped source may show such text, never carry it as an attribute.
      expect(page.text).not.toMatch(/<[^>]+\s(href|src|action)\s*=\s*"?\s*(javascript|data|vbscript):/i);
      expect(page.text).not.toMatch(/<[^>]+\sstyle\s*=/i);
    }
  });
});
