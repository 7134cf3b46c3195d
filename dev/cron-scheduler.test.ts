import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startCronScheduler, type SchedulerClock, wranglerCrons } from './cron-scheduler';

/** A clock that only moves when the test advances it, running due timers in order. */
function fakeClock(start: string) {
  let now = new Date(start).getTime();
  let nextId = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: SchedulerClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(++nextId, { at: now + ms, fn });
      return nextId;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  /** Moves time to `until`, firing each timer at its own time. */
  const advance = async (until: string) => {
    const end = new Date(until).getTime();
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await new Promise((r) => setImmediate(r));
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

const CRONS = ['* * * * *', '*/10 * * * *', '5 * * * *', '17 3 * * *', '30 4 * * *'];

describe('startCronScheduler', () => {
  it('fires every cron at the minutes it matches, as production would', async () => {
    const { clock, advance } = fakeClock('2026-11-24T02:59:30Z');
    const fired: string[] = [];
    const scheduler = startCronScheduler({
      crons: CRONS,
      clock,
      log: () => undefined,
      fire: async (cron, time) => void fired.push(`${new Date(time).toISOString().slice(11, 16)} ${cron}`),
    });
    await advance('2026-11-24T04:31:10Z');
    scheduler.stop();
    const at = (cron: string) => fired.filter((f) => f.endsWith(` ${cron}`)).map((f) => f.slice(0, 5));
    expect(at('* * * * *')).toHaveLength(92); // 03:00 … 04:31
    expect(at('*/10 * * * *')).toEqual([
      '03:00',
      '03:10',
      '03:20',
      '03:30',
      '03:40',
      '03:50',
      '04:00',
      '04:10',
      '04:20',
      '04:30',
    ]);
    expect(at('5 * * * *')).toEqual(['03:05', '04:05']);
    expect(at('17 3 * * *')).toEqual(['03:17']);
    expect(at('30 4 * * *')).toEqual(['04:30']);
    // Within a minute, in the order wrangler.toml lists them.
    expect(fired.filter((f) => f.startsWith('03:00 '))).toEqual(['03:00 * * * * *', '03:00 */10 * * * *']);
  });

  it('skips a minute while the same cron is still running, and keeps going after a failure', async () => {
    const { clock, advance } = fakeClock('2026-11-24T10:00:30Z');
    const logs: string[] = [];
    let release: () => void = () => undefined;
    let calls = 0;
    const scheduler = startCronScheduler({
      crons: ['* * * * *'],
      clock,
      log: (l) => logs.push(l),
      fire: () => {
        calls++;
        if (calls === 1) return new Promise<void>((r) => (release = r));
        if (calls === 2) return Promise.reject(new Error('answered 500'));
        return Promise.resolve();
      },
    });
    await advance('2026-11-24T10:02:10Z'); // 10:01 starts and hangs; 10:02 is skipped
    expect(calls).toBe(1);
    expect(logs).toEqual([expect.stringMatching(/previous run still going, skipped 2026-11-24T10:02/)]);
    release();
    await new Promise((r) => setImmediate(r));
    await advance('2026-11-24T10:04:10Z'); // 10:03 fails, 10:04 runs
    expect(calls).toBe(3);
    expect(logs[1]).toMatch(/failed: answered 500/);
    scheduler.stop();
  });

  it('stop() cancels the pending timer: nothing fires afterwards', async () => {
    const { clock, advance, pending } = fakeClock('2026-11-24T10:00:30Z');
    let calls = 0;
    const scheduler = startCronScheduler({ crons: ['* * * * *'], clock, fire: async () => void calls++ });
    expect(pending()).toBe(1);
    scheduler.stop();
    expect(pending()).toBe(0);
    await advance('2026-11-24T10:10:00Z');
    expect(calls).toBe(0);
  });

  it('refuses a bad cron before scheduling anything', () =>
    expect(() => startCronScheduler({ crons: ['61 * * * *'], fire: async () => undefined })).toThrow(/outside/));
});

describe('wranglerCrons', () => {
  it("reads the repository's [triggers] crons, each of which the parser accepts", () => {
    const crons = wranglerCrons(fileURLToPath(new URL('../wrangler.toml', import.meta.url)));
    expect(crons).toEqual(CRONS);
  });
});
