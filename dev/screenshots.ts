// `npm run screenshots`: every page of every role at 375 and 1440 px in English (light) and Russian (dark),
// on the demo data, into screenshots/ with an index.html grid, so anyone can review the whole product in a
// minute. The stack is the e2e one (e2e/harness.ts): the Worker in workerd over its own Postgres, Debian's Chromium.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeDemo } from '../e2e/every-page/demo';
import { pagesOf, type Role } from '../e2e/every-page/routes';
import { walkRole } from '../e2e/every-page/walk';
import { startE2e } from '../e2e/harness';
import { freePort } from './free-port';
import { migrateDatabase } from './migrate';
import { startPostgres } from './postgres';
import { startRelay } from './relay';

const OUT = join(process.cwd(), 'screenshots');
const ROLES: Role[] = ['affiliate', 'owner', 'finance', 'platformOwner', 'support'];
const WIDTHS = [375, 1440];

type Shot = { role: Role; route: string; lang: 'en' | 'ru'; width: number; file: string };

async function main() {
  // A build of its own: the stamp of an e2e run's build belongs to that run.
  process.env.AE_TEST_RUN ??= `screenshots-${randomUUID()}`;
  mkdirSync('dist/dashboard', { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'affiliate-edge-shots-'));
  const pg = await startPostgres({ dir, port: await freePort(), persistent: false });
  const relay = await startRelay({ port: await freePort(), pgPort: pg.port });
  try {
    await pg.admin('CREATE DATABASE screenshots');
    await migrateDatabase(pg.url('screenshots'), relay.proxy);
    const e2e = await startE2e({ demo: true, database: { url: pg.url('screenshots'), proxy: relay.proxy } });
    try {
      const params = await completeDemo(e2e);
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const shots: Shot[] = [];
      for (const role of ROLES) {
        for (const lang of ['en', 'ru'] as const) {
          const pages = pagesOf(role, params[role]);
          await walkRole(e2e, { role, pages, lang, widths: WIDTHS }, async ({ page, target, width }) => {
            const slug = target.route.replace(/^\//, '').replace(/[$/]+/g, '-') || 'home';
            const file = `${role}-${slug}-${lang}-${width}.png`;
            // A full-page shot of a scrolled page draws the fixed header mid-page.
            await page.evaluate('window.scrollTo(0, 0)');
            await page.screenshot({ path: join(OUT, file), fullPage: true });
            shots.push({ role, route: target.route, lang, width, file });
          });
          console.log(`${role} ${lang}: ${pages.length} pages`);
        }
      }
      writeFileSync(join(OUT, 'index.html'), indexPage(shots));
      console.log(`${shots.length} screenshots in ${OUT}; open ${join(OUT, 'index.html')}`);
    } finally {
      await e2e.stop();
    }
  } finally {
    await relay.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One row per page of a role, its four shots side by side (phone shots narrower), each linking to itself. */
function indexPage(shots: Shot[]): string {
  const rows = new Map<string, Shot[]>();
  for (const shot of shots) {
    const key = `${shot.role} ${shot.route}`;
    rows.set(key, [...(rows.get(key) ?? []), shot]);
  }
  const cell = (s: Shot) =>
    `<figure><a href="${s.file}"><img loading="lazy" src="${s.file}" alt="${s.role} ${s.route} ${s.lang} ${s.width}px" style="width:${s.width < 768 ? 120 : 320}px"></a><figcaption>${s.lang.toUpperCase()} ${s.width}px${s.lang === 'ru' ? ' · dark' : ''}</figcaption></figure>`;
  const body = [...rows.entries()]
    .map(([key, list]) => `<section><h2>${key}</h2><div class="row">${list.map(cell).join('')}</div></section>`)
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Affiliate Edge: every page</title>
<style>body{font:14px system-ui,sans-serif;margin:16px;background:#f4f2ff}h2{font-size:14px;margin:16px 0 6px}
.row{display:flex;gap:12px;align-items:flex-start;overflow-x:auto}figure{margin:0}img{border:1px solid #ccc;background:#fff;max-height:480px;object-fit:cover;object-position:top}
figcaption{color:#444;font-size:12px}</style><h1>Every page of every role (${shots.length} shots)</h1>${body}</html>\n`;
}

await main();
