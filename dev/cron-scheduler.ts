import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { type CronExpression, cronMatches, parseCron } from './cron-expression';

/** What the scheduler needs of time, so tests drive it with a fake clock. */
export interface SchedulerClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface CronSchedulerOptions {
  crons: string[];
  /** Runs one cron's jobs for the minute `scheduledTime` (locally: GET /__scheduled?cron=…). */
  fire: (cron: string, scheduledTime: number) => Promise<void>;
  clock?: SchedulerClock;
  log?: (line: string) => void;
}

export interface CronScheduler {
  stop(): void;
}

const MINUTE = 60_000;

/** The `[triggers] crons` of a wrangler.toml. */
export function wranglerCrons(tomlPath: string): string[] {
  const config = parse(readFileSync(tomlPath, 'utf8')) as { triggers?: { crons?: unknown } };
  const crons = config.triggers?.crons;
  if (!Array.isArray(crons) || !crons.every((c) => typeof c === 'string'))
    throw new Error(`${tomlPath}: [triggers] crons is not a list of strings`);
  return crons;
}

/**
 * Fires each cron at the start of every UTC minute it matches, as Cloudflare's Cron Triggers do.
 * A cron whose previous run has not finished is skipped for that minute (logged), so a slow local
 * database does not pile runs up; a failed run is logged and the next minute runs as usual.
 */
export function startCronScheduler(opts: CronSchedulerOptions): CronScheduler {
  const clock = opts.clock ?? realClock;
  const log = opts.log ?? ((line: string) => console.log(line));
  const crons: CronExpression[] = opts.crons.map(parseCron);
  const running = new Set<string>();
  let timer: unknown;
  let stopped = false;

  const tick = (minute: number) => {
    if (stopped) return;
    for (const cron of crons) {
      if (!cronMatches(cron, new Date(minute))) continue;
      if (running.has(cron.source)) {
        log(`cron ${cron.source}: previous run still going, skipped ${new Date(minute).toISOString()}`);
        continue;
      }
      running.add(cron.source);
      opts
        .fire(cron.source, minute)
        .catch((err: unknown) => log(`cron ${cron.source} failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => running.delete(cron.source));
    }
    schedule();
  };

  const schedule = () => {
    if (stopped) return;
    const now = clock.now();
    const next = Math.floor(now / MINUTE) * MINUTE + MINUTE;
    timer = clock.setTimeout(() => tick(next), next - now);
  };

  schedule();
  return {
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}

/** Fires a cron through wrangler dev's `--test-scheduled` endpoint; a non-2xx answer is a failed run. */
export function fireThroughWrangler(workerUrl: string) {
  return async (cron: string) => {
    const url = `${workerUrl}/__scheduled?cron=${encodeURIComponent(cron)}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(10 * MINUTE) });
    await res.body?.cancel();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  };
}
