// `npm run bench:dashboard`: the built dashboard on the production-like Workers (the e2e stack: workerd through
// Miniflare over its own Postgres, `npm start`'s demo data), driven by Debian's Chromium. For the login page,
// sign-in → first page, a reload of each role's home, the stats pages (opened in the app, then reloaded) and the
// embedded referral dashboard's first paint, it prints the requests, bytes and time to the page's content,
// beside an empty static page served by the same Worker in the same run. Figures, never a pass or fail.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { buildDashboardOnce, testRunId } from '../dev/dashboard-build-once';
import { dashboardDist } from '../dev/dashboard-bundle-size';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { preparePodrugaDemo } from '../dev/podruga-demo/prepare-podruga-demo';
import { startPostgres } from '../dev/postgres';
import { startRelay } from '../dev/relay';
import { DEMO_USERS } from '../e2e/every-page/demo';
import { type E2e, startE2e } from '../e2e/harness';
import * as s from '../schema';
import { createClient } from '../sdk/typescript/src/index';
import { machineLine, median, table } from './lib/machine';
import { markNextClick, measureStep, type RequestTiming, type StepFigures, watchNetwork } from './lib/page-metrics';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Passes run first and thrown away: workerd compiles the Worker and Postgres warms its caches on the first. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
/** Served from the Worker's assets beside the dashboard, as its index.html is: the baseline. */
const EMPTY_PAGE = 'bench-empty.html';

/** The signed-in frame with the page's own heading: the navbar and the h1 in <main>. */
const SIGNED_IN = ['#app-navbar', '#main h1:not([data-bench-old])'];

type Bar = { ms?: number; requests?: number };
const BARS = {
  signIn: { ms: 1_500 },
  reload: { ms: 1_000, requests: 30 },
  navigation: { ms: 1_000 },
  embed: { ms: 1_000 },
} satisfies Record<string, Bar>;

const figures = new Map<string, { bar?: Bar; runs: StepFigures[] }>();
let measuring = false;
function record(name: string, bar: Bar | undefined, step: StepFigures) {
  if (!measuring) return;
  const entry = figures.get(name) ?? { bar, runs: [] };
  entry.runs.push(step);
  figures.set(name, entry);
  console.log(
    `  ${name}: ${step.ms.toFixed(0)} ms, ${step.requests} requests (${step.cached} from cache), ${(step.bytes / 1024).toFixed(1)} KiB`,
  );
  // BENCH_LIST=api prints each step's API calls, BENCH_LIST=all every request: where a page's requests go.
  const list = process.env.BENCH_LIST;
  if (list)
    for (const url of step.urls.filter((u) => list === 'all' || new URL(u).pathname.startsWith('/api/')))
      console.log(`    ${url.replace(/^https?:\/\/[^/]+/, '')}`);
  if (process.env.BENCH_TRACE) printTrace(step);
}

/**
 * BENCH_TRACE=1: each request of the step, from the step's start: start, time to its answer's headers and to
 * its last byte, size, and what asked for it. `◀` marks the last one to end before the content showed, the
 * request the content waited on; `·` those after the content (a badge's count, a prefetch).
 */
function printTrace(step: StepFigures) {
  const path = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/[0-9a-f-]{36}/g, '…');
  const shownAt = step.startedAt + step.ms;
  const before = step.trace.filter((r) => r.end !== undefined && r.end <= shownAt);
  const waitedOn = before.reduce<RequestTiming | undefined>(
    (a, r) => (!a || (r.end ?? 0) > (a.end ?? 0) ? r : a),
    undefined,
  );
  const at = (ms: number | undefined) => (ms === undefined ? '   ?' : (ms - step.startedAt).toFixed(0).padStart(5));
  for (const r of step.trace) {
    const mark = r === waitedOn ? '◀' : r.end === undefined || r.end > shownAt ? '·' : ' ';
    const size = r.cached ? 'cache' : `${(r.bytes / 1024).toFixed(1)}K`;
    console.log(
      `    ${mark} ${at(r.start)} →${at(r.headers)} →${at(r.end)} ms ${size.padStart(7)}  ${path(r.url)}  (${path(r.initiator)})`,
    );
  }
  console.log(`      content shown at ${step.ms.toFixed(0)} ms`);
}

/** Opens `path` as a click on a link does (the router's history reads popstate), timed from that moment. */
async function navigateInApp(page: Page, path: string): Promise<() => Promise<number>> {
  const startedAt = await page.evaluate<number>(`(() => {
    for (const h of document.querySelectorAll('h1')) h.setAttribute('data-bench-old', '');
    const at = performance.timeOrigin + performance.now();
    const index = (history.state?.__TSR_index ?? 0) + 1;
    history.pushState({ __TSR_index: index, key: 'bench-' + index, __TSR_key: 'bench-' + index }, '', ${JSON.stringify(path)});
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    return at;
  })()`);
  return async () => startedAt;
}

async function baseline(e2e: E2e) {
  const page = await e2e.newPage();
  const net = await watchNetwork(page);
  try {
    const content = { content: ['h1'] };
    record(
      'empty page, first load',
      undefined,
      await measureStep(page, net, () => page.goto(`/${EMPTY_PAGE}`), content),
    );
    record('empty page, reload', undefined, await measureStep(page, net, () => page.reload(), content));
  } finally {
    await net.close();
    await page.context().close();
  }
}

async function role(e2e: E2e, name: keyof typeof DEMO_USERS, statsPath: string) {
  const page = await e2e.newPage();
  const net = await watchNetwork(page);
  try {
    const login = await measureStep(page, net, () => page.goto('/login'), {
      content: ['#main h1', 'form button[type="submit"]'],
    });
    if (name === 'owner') record('login page, first load', undefined, login);
    await page.getByLabel('Email').fill(DEMO_USERS[name].email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_USERS[name].password);
    const clickedAt = await markNextClick(page);
    record(
      `${name}: sign-in → first page`,
      BARS.signIn,
      await measureStep(page, net, () => page.getByRole('button', { name: 'Log in' }).click(), {
        content: SIGNED_IN,
        startedAt: clickedAt,
      }),
    );
    const home = new URL(page.url()).pathname.replace(/[0-9a-f-]{36}/, '$orgId');
    record(
      `${name}: reload home (${home})`,
      BARS.reload,
      await measureStep(page, net, () => page.reload(), { content: SIGNED_IN }),
    );
    let startedAt: () => Promise<number> = async () => 0;
    record(
      `${name}: home → stats in the app`,
      BARS.navigation,
      await measureStep(
        page,
        net,
        async () => {
          startedAt = await navigateInApp(page, statsPath);
        },
        { content: SIGNED_IN, startedAt: () => startedAt() },
      ),
    );
    record(
      `${name}: reload stats`,
      BARS.reload,
      await measureStep(page, net, () => page.reload(), { content: SIGNED_IN }),
    );
  } finally {
    await net.close();
    await page.context().close();
  }
}

/** The embedded referral dashboard of Podruga AI's demo app, opened with a fresh token as its backend would. */
async function embedPass(e2e: E2e, sdk: ReturnType<typeof createClient>, programId: string, userId: string) {
  const { url } = await sdk.createEmbedToken({
    program_id: programId,
    user: { id: userId, email: `${userId}@podruga.example`, name: 'Bench User' },
  });
  const page = await e2e.newPage({ width: 375 });
  const net = await watchNetwork(page);
  try {
    if (!measuring) {
      // The first open of a new user asks to join; the figures are of a member's dashboard.
      await page.goto(url);
      const join = page.getByRole('button', { name: 'Join the program' });
      const link = page.locator('#ae-link');
      await Promise.race([join.waitFor({ timeout: 60_000 }), link.waitFor({ timeout: 60_000 })]);
      if (await join.isVisible()) await join.click();
      await link.waitFor({ timeout: 60_000 });
      return;
    }
    record(
      'embed: first paint',
      BARS.embed,
      await measureStep(page, net, () => page.goto(url), { content: ['#ae-link'] }),
    );
  } finally {
    await net.close();
    await page.context().close();
  }
}

function report() {
  const kib = (b: number) => (b / 1024).toFixed(1);
  const rows = [...figures.entries()].map(([name, { bar, runs }]) => {
    const ms = runs.map((r) => r.ms);
    const requests = median(runs.map((r) => r.requests));
    const overMs = bar?.ms !== undefined && median(ms) > bar.ms;
    const overRequests = bar?.requests !== undefined && requests > bar.requests;
    const barText = bar
      ? [bar.ms ? `≤ ${bar.ms} ms` : '', bar.requests ? `≤ ${bar.requests} req` : ''].filter(Boolean).join(', ')
      : 'baseline';
    return [
      name,
      requests,
      median(runs.map((r) => r.cached)),
      kib(median(runs.map((r) => r.bytes))),
      `${median(ms).toFixed(0)} ms`,
      `${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}`,
      barText,
      bar ? (overMs || overRequests ? 'over' : 'within') : '',
    ];
  });
  console.log();
  console.log(`medians of ${RUNS} runs (time: from the navigation's start or the click to the content showing)`);
  console.log(table(['step', 'requests', 'from cache', 'KiB', 'time', 'min–max ms', 'bar', ''], rows));
}

async function main() {
  // A build of its own unless AE_TEST_RUN names one already made (the stamp of an e2e run's build is that run's).
  process.env.AE_TEST_RUN ??= `bench-dashboard-${randomUUID()}`;
  console.log(`dashboard bench: ${RUNS} runs after ${WARMUP} warm-up`);
  console.log(machineLine());
  await buildDashboardOnce(testRunId());
  writeFileSync(
    join(dashboardDist, EMPTY_PAGE),
    '<!doctype html><html lang="en"><title>Empty</title><h1>Empty</h1></html>\n',
  );
  const dir = mkdtempSync(join(tmpdir(), 'affiliate-edge-bench-dashboard-'));
  const pg = await startPostgres({ dir, port: await freePort(), persistent: false });
  const relay = await startRelay({ port: await freePort(), pgPort: pg.port, pooled: (db) => db === 'bench' });
  try {
    await pg.admin('CREATE DATABASE bench');
    await migrateDatabase(pg.url('bench'), relay.proxy);
    const e2e = await startE2e({ demo: true, database: { url: pg.url('bench'), proxy: relay.proxy } });
    try {
      const [org] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.slug, 'acme'));
      if (!org) throw new Error('the demo data has no acme organization');
      const podruga = await preparePodrugaDemo({
        apiBaseUrl: e2e.baseUrl,
        owner: DEMO_USERS.owner,
        origin: 'http://localhost:1',
        keyFile: join(dir, 'podruga-key.json'),
      });
      const sdk = createClient({ apiKey: podruga.apiKey, signingSecret: podruga.signingSecret, baseUrl: e2e.baseUrl });
      const embedUser = `bench-${Date.now().toString(36)}`;
      for (let run = 1 - WARMUP; run <= RUNS; run++) {
        measuring = run >= 1;
        console.log(measuring ? `run ${run}` : 'warm-up');
        await baseline(e2e);
        await role(e2e, 'owner', `/orgs/${org.id}/stats`);
        await role(e2e, 'finance', `/orgs/${org.id}/stats`);
        await role(e2e, 'affiliate', `/affiliate/${org.id}/stats`);
        await embedPass(e2e, sdk, podruga.programId, embedUser);
      }
      report();
      console.log(machineLine());
    } finally {
      await e2e.stop();
    }
  } finally {
    await relay.stop();
    await pg.stop();
    rmSync(join(dashboardDist, EMPTY_PAGE), { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
