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

/** Records what every page of the context does from now on. */
export function watchContext(context: BrowserContext): void {
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
  page.on('request', (r) => {
    if (r.method() !== 'GET') push(`→ ${r.method()} ${at(r.url())}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 || r.request().method() !== 'GET')
      push(`← ${r.status()} ${r.request().method()} ${at(r.url())}`);
  });
  page.on('requestfailed', (r) => push(`✗ ${r.method()} ${at(r.url())}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('console', (m) => {
    // Chromium's own line for each error response repeats what the response line says.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      push(`console.${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => push(`page error: ${e.message.slice(0, 300)}`));
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
    parts.push(`page ${n} at ${page.url()}\nscreenshot: ${saved}\n${events.join('\n')}`);
  }
  if (n === 0) parts.push('no page was open');
  const output = workerLog && existsSync(workerLog) ? readFileSync(workerLog, 'utf8').trim() : '';
  if (output) parts.push(`Worker output, its end:\n${output.slice(-WORKER_LOG_CHARS)}`);
  const text = parts.join('\n\n');
  writeFileSync(`${base}.txt`, text);
  return text;
}
