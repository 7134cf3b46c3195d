import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../dev/free-port';
import { portIsFree } from '../../dev/port-owner';

// `npm start` (dev/start.ts) itself is booted three times, on free ports and a data folder of its own, and ended a
// different way each time; the ways that need no real stack run on a light stand-in (stack-lifetime/fake-stack.ts).

const root = fileURLToPath(new URL('../..', import.meta.url));
const FAKE_STACK = fileURLToPath(new URL('./stack-lifetime/fake-stack.ts', import.meta.url));
/** Every port dev/start.ts listens on, by the variable that moves it. */
const START_PORTS = [
  'PORT',
  'PG_PORT',
  'RELAY_PORT',
  'PAYPAL_PORT',
  'CLOUDFLARE_PORT',
  'STRIPE_PORT',
  'EMAIL_PORT',
  'PADDLE_PORT',
  'LEMON_SQUEEZY_PORT',
  'IMPORT_SOURCES_PORT',
  'TELEGRAM_PORT',
  'OIDC_PORT',
  'VIES_PORT',
  'TREMENDOUS_PORT',
  'WISE_PORT',
  'PODRUGA_DEMO_PORT',
];

/** Every process whose environment carries `mark`: what a stack started, however deep, the watchdog included. */
function markedPids(mark: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue; // exited, not yet reaped
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`STACK_LIFETIME_MARK=${mark}`)) {
        found.push(Number(entry));
      }
    } catch {
      // gone while we looked
    }
  }
  return found;
}

/** The command names of the marked processes, for a message. */
function described(pids: number[]): string {
  return pids
    .map((pid) => {
      try {
        return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').slice(0, 100)}`;
      } catch {
        return String(pid);
      }
    })
    .join('\n');
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

interface Run {
  child: ChildProcess;
  mark: string;
  ports: number[];
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output holds `text`; rejects when the run exits first or after `timeoutMs`. */
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
}

const runs: Run[] = [];

function run(command: string[], env: Record<string, string>, ports: number[]): Run {
  const mark = randomUUID();
  // Not as an npm script, whatever runs this test: the runs below play npm themselves where they need it.
  const { npm_lifecycle_event: _, ...outside } = process.env;
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...outside, ...env, STACK_LIFETIME_MARK: mark },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (text: string, timeoutMs = 150_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (output.includes(text)) resolve();
      };
      listeners.add(check);
      check();
      void exit.then(() => setTimeout(() => reject(new Error(`exited before "${text}":\n${output}`)), 50));
      setTimeout(() => reject(new Error(`no "${text}" within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs).unref();
    });
  const started = { child, mark, ports, output: () => output, exit, waitFor };
  runs.push(started);
  return started;
}

/** `node -e` standing in for npm: it runs the fake stack as npm runs a script, with npm_lifecycle_event set. */
const AS_NPM_SCRIPT = `require('node:child_process').spawn(process.execPath, process.argv.slice(1), {
  stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'start' } })`;

async function fakeStack(env: Record<string, string> = {}, { underNpm = false } = {}): Promise<Run> {
  const ports = { worker: await freePort(), pg: await freePort(), http: await freePort() };
  const stack = run(
    [process.execPath, ...(underNpm ? ['-e', AS_NPM_SCRIPT, '--'] : []), '--import', 'tsx', FAKE_STACK],
    { ...env, FAKE_STACK_PORTS: JSON.stringify(ports) },
    Object.values(ports),
  );
  await stack.waitFor('ready');
  expect(markedPids(stack.mark).length).toBeGreaterThanOrEqual(4); // itself, its watchdog, the worker, pg
  return stack;
}

/** A free port for each of START_PORTS, all different. */
async function startPorts(): Promise<Record<string, string>> {
  const taken = new Set<number>();
  while (taken.size < START_PORTS.length) taken.add(await freePort());
  const ports = [...taken];
  return Object.fromEntries(START_PORTS.map((name, i) => [name, String(ports[i])]));
}

/** Postgres's data, KV and the demo data, shared by the real runs: the first loads the demo data, the others reuse it. */
const dataDir = mkdtempSync(join(tmpdir(), 'affiliate-edge-start-'));
// As root, Postgres runs as a user of its own (dev/postgres.ts), which must reach its folder inside this one.
chmodSync(dataDir, 0o755);
// Postgres's files are many: their removal can outlast the default hook time on a busy machine.
afterAll(() => rm(dataDir, { recursive: true, force: true }), 120_000);

/**
 * dev/start.ts as `npm start` runs it (`node --import tsx`), on free ports and this file's data folder, once it
 * says it is running. Under a test run it serves the run's one dashboard and Worker build (AE_TEST_RUN); alone,
 * the first run builds them, hence the long wait.
 */
async function npmStart(env: Record<string, string>): Promise<Run> {
  const ports = await startPorts();
  const stack = run(
    [process.execPath, '--import', 'tsx', 'dev/start.ts'],
    { ...ports, AE_DATA_DIR: dataDir, LOCAL_CRONS: 'off', ...env },
    Object.values(ports).map(Number),
  );
  await stack.waitFor('Affiliate Edge is running.', 540_000);
  const started = described(markedPids(stack.mark));
  // Itself, its watchdog, workerd and Postgres (with its own processes): what must not outlive it.
  expect(started).toMatch(/process-guard-watchdog/);
  expect(started).toMatch(/workerd/);
  expect(started).toMatch(/postgres -D/);
  return stack;
}

/** Nothing the run started is left, and its ports are free again. */
async function expectNothingLeft(stack: Run): Promise<void> {
  const gone = await until(() => markedPids(stack.mark).length === 0, 15_000);
  expect(gone, `left running:\n${described(markedPids(stack.mark))}\n${stack.output().slice(-3_000)}`).toBe(true);
  for (const port of stack.ports) expect(await portIsFree(port), `port ${port}`).toBe(true);
}

afterEach(() => {
  // A failed test must not leave its stack behind either.
  for (const { mark } of runs.splice(0)) {
    for (const pid of markedPids(mark)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  }
});

describe('npm start ends everything it started, however it is stopped', () => {
  // One boot for the graceful path and its faults, one for SIGKILL: a boot is the costly part (tens of CPU-seconds;
  // the first also loads the demo data), and runShutdown's time limits have their own test (dev/shutdown.test.ts).
  it('SIGTERM with a close that throws and one that hangs, then a second signal: all of it ends, at once', async () => {
    const stack = await npmStart({
      AE_TEST_FAULTY_CLOSE: 'the Podruga demo=throws;the PayPal server=hangs',
      CLOSE_TIMEOUT_MS: '120000',
    });
    stack.child.kill('SIGTERM');
    // The Workers stopped first; the next phase names the failed close and waits for the hanging one.
    await stack.waitFor('the Podruga demo failed to stop: the Podruga demo could not close (AE_TEST_FAULTY_CLOSE)');
    expect(described(markedPids(stack.mark))).not.toMatch(/workerd/);
    const sent = Date.now();
    stack.child.kill('SIGINT');
    expect(await stack.exit).toEqual({ code: 130, signal: null });
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect(stack.output()).toContain('SIGINT again: stopping at once');
    expect(stack.output()).not.toMatch(/^\s+at /m); // no stack trace
    // Postgres and the relay, whose turn had not come, end with it too.
    await expectNothingLeft(stack);
  }, 600_000);

  it('SIGKILL of npm start itself, which runs no exit hook: its watchdog ends workerd and Postgres', async () => {
    const stack = await npmStart({});
    stack.child.kill('SIGKILL');
    expect(await stack.exit).toEqual({ code: null, signal: 'SIGKILL' });
    await expectNothingLeft(stack);
  }, 600_000);
});

describe('a stand-in stack stops whatever else happens to it', () => {
  it('SIGKILL of npm, which ends npm alone: the script notices its launcher is gone and stops', async () => {
    const stack = await fakeStack({}, { underNpm: true });
    stack.child.kill('SIGKILL');
    await expectNothingLeft(stack);
  });

  it('an unexpected crash stops everything, exit 1', async () => {
    const stack = await fakeStack({ FAKE_STACK_CRASH: '1' });
    expect(await stack.exit, stack.output()).toEqual({ code: 1, signal: null });
    expect(stack.output()).toContain('unexpected error: TypeError: something nobody expected');
    await expectNothingLeft(stack);
  });

  it('a lost database connection is said once, in words, and does not end the stack', async () => {
    const stack = await fakeStack({ FAKE_STACK_DB_LOSS: '1' });
    await stack.waitFor('still running');
    const lines = stack
      .output()
      .split('\n')
      .filter((line) => line.includes('Postgres stopped answering'));
    expect(lines).toEqual(['Postgres stopped answering: Connection terminated unexpectedly']);
    expect(stack.output()).not.toMatch(/^\s+at /m);
    stack.child.kill('SIGTERM');
    expect(await stack.exit).toEqual({ code: 0, signal: null });
    await expectNothingLeft(stack);
  });
});

describe('npm start with a port taken', () => {
  it('says which port, which process holds it and how to stop it, before starting anything; exit 1', async () => {
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      // Every other port of the stack on a free one, so only the taken one can be reported.
      const env = { ...(await startPorts()), PORT: String(port), AE_DATA_DIR: dataDir };
      const start = run([process.execPath, '--import', 'tsx', 'dev/start.ts'], env, []);
      const { code } = await start.exit;
      expect(code).toBe(1);
      const output = start.output();
      expect(output).toContain(
        `Port ${port} (the Workers (API, tracker and renderer)) is already in use by pid ${process.pid}: `,
      );
      expect(output).toContain(`kill ${process.pid}`);
      expect(output).toContain('Or start this one on other ports: PORT=<port> npm start');
      expect(output).not.toMatch(/^\s+at /m); // no stack trace
      expect(output).not.toContain('stopping');
      // Nothing was started: no Postgres, no workerd, no watchdog.
      expect(markedPids(start.mark)).toEqual([]);
    } finally {
      taken.close();
    }
  });
});
