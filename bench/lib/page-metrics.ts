import type { CDPSession, Page } from 'playwright-core';

/** What one measured step of a page cost: requests the browser made, bytes over the wire, time to content. */
export interface StepFigures {
  /** Every request the page made, those answered from the browser's cache included (as DevTools counts). */
  requests: number;
  /** Of those, answered from the memory or disk cache (no round trip). */
  cached: number;
  /** Encoded bytes received over the network (headers and bodies; 0 for a cache hit). */
  bytes: number;
  /** From the step's start (navigation start, or the click) to its content showing. */
  ms: number;
  /** The requests' URLs, in the order they were made. */
  urls: string[];
  /** Each request's timing (BENCH_TRACE=1 prints them): what the page's content waited on. */
  trace: RequestTiming[];
  /** The step's start, in the page's clock (epoch ms): the trace's offsets count from it. */
  startedAt: number;
}

/** One request of a step: when it started and ended (epoch ms, the page's clock), its bytes, what asked for it. */
export interface RequestTiming {
  url: string;
  start: number;
  /** When its last byte arrived; undefined while in flight. */
  end?: number;
  /** When its response headers arrived (the server's answer time, without the body's transfer). */
  headers?: number;
  bytes: number;
  cached: boolean;
  /** The initiator's type (parser, script, preload…) and, for a script, the URL of the script that asked. */
  initiator: string;
}

/**
 * The page's content, judged in the page itself on every animation frame: an element of each selector is visible
 * and nothing shows as loading any more (Mantine's loaders and skeletons, busy regions), as
 * e2e/every-page/visit.ts judges a page ready. Resolves to the page's clock (epoch ms) at that frame.
 *
 * A function Playwright calls (never a string, nor waitForFunction, which both eval in the page: the embedded
 * dashboard's CSP forbids that), built from its source so it is sent as written (tsx's keepNames would wrap a
 * literal's inner functions in a `__name` helper the page lacks).
 */
const CONTENT_SHOWN = new Function(
  'input',
  `const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const ready = () => {
    if (!input.selectors.every((s) => [...document.querySelectorAll(s)].some(shown))) return false;
    return ![...document.querySelectorAll('.mantine-Loader-root, .mantine-Skeleton-root, [aria-busy="true"]')]
      .some((el) => shown(el) && !el.closest('[data-testid="test-event-waiting"]'));
  };
  const deadline = performance.now() + input.timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) return resolve(performance.timeOrigin + performance.now());
      if (performance.now() > deadline) return reject(new Error('no content: ' + input.selectors.join(', ')));
      requestAnimationFrame(check);
    };
    check();
  });`,
) as (input: { selectors: string[]; timeoutMs: number }) => Promise<number>;

async function contentShown(page: Page, selectors: string[], timeoutMs: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(CONTENT_SHOWN, { selectors, timeoutMs });
    } catch (err) {
      // The step loaded another document meanwhile (a redirect): judge that one.
      if (attempt > 3 || !/context was destroyed|navigat/i.test(String(err))) throw err;
      await page.waitForLoadState('domcontentloaded');
    }
  }
}

/** Counts the page's requests and received bytes through the DevTools protocol, from `reset()` on. */
export async function watchNetwork(page: Page): Promise<{
  reset(): void;
  take(): { requests: number; cached: number; bytes: number; inFlight: number; urls: string[]; trace: RequestTiming[] };
  lastActivity(): number;
  close(): Promise<void>;
}> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = 0;
  let cached = 0;
  let bytes = 0;
  let last = Date.now();
  let urls: string[] = [];
  let trace: RequestTiming[] = [];
  // By request id: CDP's timestamps are monotonic seconds; a request's wallTime anchors them to the epoch.
  const timings = new Map<string, { timing: RequestTiming; wallMs: number; monotonic: number }>();
  const wall = (id: string, monotonic: number) => {
    const t = timings.get(id);
    return t && t.wallMs + (monotonic - t.monotonic) * 1000;
  };
  const open = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    // A redirect reuses the request id: the same request followed, still one in flight.
    if (!e.redirectResponse) {
      requests++;
      urls.push(e.request.url);
      const initiator = e.initiator.stack?.callFrames[0]?.url || e.initiator.url || '';
      const timing: RequestTiming = {
        url: e.request.url,
        start: e.wallTime * 1000,
        bytes: 0,
        cached: false,
        initiator: `${e.initiator.type}${initiator ? ` ${initiator}` : ''}`,
      };
      trace.push(timing);
      timings.set(e.requestId, { timing, wallMs: e.wallTime * 1000, monotonic: e.timestamp });
    }
    open.add(e.requestId);
    last = Date.now();
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    cached++;
    const t = timings.get(e.requestId);
    if (t) t.timing.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const t = timings.get(e.requestId);
    if (t) t.timing.headers = wall(e.requestId, e.timestamp);
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    const t = timings.get(e.requestId);
    if (t) {
      t.timing.end = wall(e.requestId, e.timestamp);
      t.timing.bytes = e.encodedDataLength;
    }
    open.delete(e.requestId);
    last = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    open.delete(e.requestId);
    last = Date.now();
  });
  return {
    reset() {
      requests = 0;
      cached = 0;
      bytes = 0;
      urls = [];
      trace = [];
      timings.clear();
      open.clear();
      last = Date.now();
    },
    take: () => ({ requests, cached, bytes, inFlight: open.size, urls, trace }),
    lastActivity: () => last,
    close: () => cdp.detach().catch(() => {}),
  };
}

export interface StepOptions {
  /** The elements that are the page's content (CSS selectors, each one shown). */
  content: string[];
  /** The step's start in the page's clock; null: the new document's navigation start. */
  startedAt?: () => Promise<number>;
  timeoutMs?: number;
}

/**
 * Runs `act` (a navigation, a reload, a click) and measures it: time to `content` in the page's clock, and the
 * requests and bytes from the act until the network has been quiet for `quietMs` after the content showed
 * (requests a page starts right after its content, such as a badge's count, belong to its load).
 */
export async function measureStep(
  page: Page,
  net: Awaited<ReturnType<typeof watchNetwork>>,
  act: () => Promise<unknown>,
  opts: StepOptions,
  quietMs = 500,
): Promise<StepFigures> {
  net.reset();
  await act();
  const shownAt = await contentShown(page, opts.content, opts.timeoutMs ?? 60_000);
  const start = opts.startedAt ? await opts.startedAt() : await page.evaluate<number>('performance.timeOrigin');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { inFlight } = net.take();
    if ((inFlight === 0 && Date.now() - net.lastActivity() >= quietMs) || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { requests, cached, bytes, urls, trace } = net.take();
  return { requests, cached, bytes, urls, trace, startedAt: start, ms: shownAt - start };
}

/** Before a click that starts a step: the page notes the time of the next click (capture phase, before React). */
export async function markNextClick(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    window.__benchClickAt = undefined;
    document.addEventListener('click', () => { window.__benchClickAt = performance.timeOrigin + performance.now(); },
      { capture: true, once: true });
  })()`);
  return () => page.evaluate<number>('window.__benchClickAt');
}
