import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../dev/free-port';
import { portIsFree } from '../../dev/port-owner';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FAKE_STACK = fileURLToPath(new URL('./stack-lifetime/fake-stack.ts', import.meta.url));

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
  waitFor: (text: string) => Promise<void>;
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
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (output.includes(text)) resolve();
      };
      listeners.add(check);
      check();
      void exit.then(() => setTimeout(() => reject(new Error(`exited before "${text}":\n${output}`)), 50));
      setTimeout(() => reject(new Error(`no "${text}" within 150 s:\n${output}`)), 150_000).unref();
    });
  const started = { child, mark, ports, output: () => output, exit, waitFor };
  runs.push(started);
  return started;
}

/** `node -e` standing in for npm: it runs the fake stack as npm runs a script, with npm_lifecycle_event set. */
const AS_NPM_SCRIPT = `require('node:child_process').spawn(process.execPath, process.argv.slice(1), {
  stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'start' } })`;

async function fakeStack(env: Record<string, string> = {}, { underNpm = false } = {}): Promise<Run> {
  const ports = { worker: await freePort(), workerd: await freePort(), pg: await freePort(), http: await freePort() };
  const stack = run(
    [process.execPath, ...(underNpm ? ['-e', AS_NPM_SCRIPT, '--'] : []), '--import', 'tsx', FAKE_STACK],
    { ...env, FAKE_STACK_PORTS: JSON.stringify(ports) },
    Object.values(ports),
  );
  await stack.waitFor('ready');
  expect(markedPids(stack.mark).length).toBeGreaterThanOrEqual(5); // itself, watchdog, worker, its child, pg
  return stack;
}

/** Nothing the run started is left, and its ports are free again. */
async function expectNothingLeft(stack: Run): Promise<void> {
  const gone = await until(() => markedPids(stack.mark).length === 0, 15_000);
  expect(gone, `left running: ${markedPids(stack.mark).join(', ')}\n${stack.output()}`).toBe(true);
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

describe('a stack of servers stops whatever happens to it', () => {
  it('SIGTERM with a close that throws: the failure is said, everything else stops, exit 1', async () => {
    const stack = await fakeStack({ FAKE_STACK_CLOSE: 'throws' });
    stack.child.kill('SIGTERM');
    expect(await stack.exit).toEqual({ code: 1, signal: null });
    expect(stack.output()).toContain('the demo failed to stop: the demo could not close');
    await expectNothingLeft(stack);
  });

  it('SIGTERM with a close that hangs: the shutdown moves on after its time limit', async () => {
    const stack = await fakeStack({ FAKE_STACK_CLOSE: 'hangs', FAKE_STACK_TIMEOUT_MS: '500' });
    stack.child.kill('SIGTERM');
    expect(await stack.exit).toEqual({ code: 1, signal: null });
    expect(stack.output()).toContain('the demo did not stop within 0.5s');
    await expectNothingLeft(stack);
  });

  it('a second SIGINT while a stuck Worker is being stopped exits at once and still ends its group', async () => {
    const stack = await fakeStack({ FAKE_STACK_STUBBORN: '1', FAKE_STACK_GRACE_MS: '60000' });
    stack.child.kill('SIGINT');
    await stack.waitFor('stopping…');
    const sent = Date.now();
    stack.child.kill('SIGINT');
    expect(await stack.exit).toEqual({ code: 130, signal: null });
    expect(Date.now() - sent).toBeLessThan(10_000);
    await expectNothingLeft(stack);
  });

  it('SIGKILL of the stack itself: its watchdog ends the Worker group and Postgres', async () => {
    const stack = await fakeStack();
    stack.child.kill('SIGKILL');
    expect(await stack.exit).toEqual({ code: null, signal: 'SIGKILL' });
    await expectNothingLeft(stack);
  });

  it('SIGKILL of npm start, which ends npm alone: the stack notices its launcher is gone and stops', async () => {
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
      const names = ['PG_PORT', 'RELAY_PORT', 'PAYPAL_PORT', 'CLOUDFLARE_PORT', 'STRIPE_PORT', 'EMAIL_PORT'];
      const more = ['PADDLE_PORT', 'LEMON_SQUEEZY_PORT', 'IMPORT_SOURCES_PORT', 'TELEGRAM_PORT', 'OIDC_PORT'];
      const env: Record<string, string> = { PORT: String(port) };
      for (const name of [...names, ...more, 'VIES_PORT', 'PODRUGA_DEMO_PORT']) env[name] = String(await freePort());
      const start = run([process.execPath, '--import', 'tsx', 'dev/start.ts'], env, []);
      const { code } = await start.exit;
      expect(code).toBe(1);
      const output = start.output();
      expect(output).toContain(
        `Port ${port} (the Workers (API and tracker)) is already in use by pid ${process.pid}: `,
      );
      expect(output).toContain(`kill ${process.pid}`);
      expect(output).toContain('Or start this one on other ports: PORT=<port> npm start');
      expect(output).not.toMatch(/^\s+at /m); // no stack trace
      expect(output).not.toContain('stopping');
      // Nothing was started: no Postgres, no wrangler, no watchdog.
      expect(markedPids(start.mark)).toEqual([]);
    } finally {
      taken.close();
    }
  });
});
