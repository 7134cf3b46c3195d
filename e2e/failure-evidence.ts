import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { evidenceName } from '../dev/test-failures';

// What a failed e2e test leaves behind: a screenshot of every page still open, the last things each page did
// (writes, error responses, failed requests, console errors, navigations) and the tail of the Worker's output.
// A failure by chance on a loaded CI runner is seldom reproduced locally; this says what the page saw then.

/** Lines kept per page: the test's last steps, not its whole history. */
const EVENTS_PER_PAGE = 40;
const WORKER_LOG_CHARS = 3_000;

const pages = new Map<Page, string[]>();
let workerLog: string | undefined;

/** The folder of the evidence: `$AE_TEST_LOGS/e2e-failures` under `npm test`, beside its JSON reports. */
const evidenceDir = () => join(process.env.AE_TEST_LOGS || join(tmpdir(), 'affiliate-edge-e2e'), 'e2e-failures');

/**
 * Runs in every document of a watched context: the page's own API calls (writes, answers of 400 or more,
 * calls that never got an answer) go into a ring buffer that saveEvidence reads back. Recorded in the page
 * rather than through Playwright's request and response events: listening to those made Playwright describe
 * each of a file's thousands of requests (mostly the dashboard's chunks) to Node, for the few lines kept.
 */
const RECORD_API_CALLS = `(() => {
  const kept = [];
  Object.defineProperty(window, '__aeApiCalls', { value: kept });
  const push = (line) => {
    kept.push(new Date().toISOString().slice(11, 23) + ' ' + line);
    if (kept.length > ${EVENTS_PER_PAGE}) kept.shift();
  };
  const at = (url) => { const u = new URL(url, location.href); return u.pathname + u.search; };
  const original = window.fetch;
  window.fetch = async function (input, init) {
    const method = (init && init.method) || (input instanceof Request ? input.method : 'GET');
    const url = at(input instanceof Request ? input.url : String(input));
    if (method !== 'GET') push('→ ' + method + ' ' + url);
    try {
      const response = await original.call(this, input, init);
      if (response.status >= 400 || method !== 'GET') push('← ' + response.status + ' ' + method + ' ' + url);
      return response;
    } catch (error) {
      push('✗ ' + method + ' ' + url + ': ' + (error && error.message));
      throw error;
    }
  };
})()`;

/** Records what every page of the context does from now on. */
export async function watchContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORD_API_CALLS);
  context.on('page', watchPage);
}

/** The running file's Worker output (one file at a time per vitest worker: the e2e project does not isolate). */
export function watchWorkerLog(path: string | undefined): void {
  workerLog = path;
}

function watchPage(page: Page): void {
  const events: string[] = [];
  pages.set(page, events);
  const push = (line: string) => {
    events.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (events.length > EVENTS_PER_PAGE) events.shift();
  };
  const at = (url: string) => {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  };
  page.on('close', () => pages.delete(page));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) push(`at ${at(frame.url())}`);
  });
  page.on('requestfailed', (r) => push(`✗ ${r.method()} ${at(r.url())}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('console', (m) => {
    // Chromium's own line for each error response repeats what the page's call log says.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      push(`console.${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => push(`page error: ${e.message.slice(0, 300)}`));
}

/** The page's own record of its API calls since its last load, or nothing when the page no longer answers. */
async function apiCallsOf(page: Page): Promise<string[]> {
  const calls = page.evaluate('window.__aeApiCalls ?? []') as Promise<string[]>;
  const late = new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 5_000).unref());
  return Promise.race([calls.catch(() => []), late]);
}

/**
 * Writes `<name>.txt` (and a screenshot per open page) for the failed test into evidenceDir(), and returns
 * the text: dev/test-failures.ts prints it under the test in `npm test`'s summary.
 */
export async function saveEvidence(file: string, test: string): Promise<string> {
  const dir = evidenceDir();
  mkdirSync(dir, { recursive: true });
  const base = join(dir, evidenceName(file, test));
  const parts: string[] = [];
  let n = 0;
  for (const [page, events] of pages) {
    n += 1;
    const shot = `${base}-page${n}.png`;
    const saved = await page.screenshot({ path: shot, timeout: 10_000 }).then(
      () => shot,
      (error: Error) => `none (${error.message.split('\n')[0]})`,
    );
    // Both kinds of line start with their time of day, so sorting interleaves them in order.
    const steps = [...events, ...(await apiCallsOf(page))].sort().slice(-EVENTS_PER_PAGE);
    parts.push(`page ${n} at ${page.url()}\nscreenshot: ${saved}\n${steps.join('\n')}`);
  }
  if (n === 0) parts.push('no page was open');
  const output = workerLog && existsSync(workerLog) ? readFileSync(workerLog, 'utf8').trim() : '';
  if (output) parts.push(`Worker output, its end:\n${output.slice(-WORKER_LOG_CHARS)}`);
  const text = parts.join('\n\n');
  writeFileSync(`${base}.txt`, text);
  return text;
}
