import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Child processes that must not outlive this process, however it ends. `npm start`, the test setups and the
 * benches start servers that live outside Node's own lifetime: Postgres, Miniflare's workerd, `wrangler` builds in a
 * process group of their own (dev/run-wrangler.ts). Two things end them when we end:
 *
 * - an `exit` hook (a crash, process.exit, a second Ctrl-C) sends each one its signal at once;
 * - a watchdog (dev/process-guard-watchdog.mjs) for what no hook sees, SIGKILL of this process or an OOM kill.
 *   It runs in a session of its own, so a signal to our group or terminal does not end it first, and reads a
 *   pipe from us; the kernel closes the pipe's end whenever we die, and end of input is its cue to signal
 *   what is still registered, then SIGKILL it after a grace period. (Linux's PR_SET_PDEATHSIG would do it
 *   without a process, but Node cannot set it, and it fires when the spawning *thread* ends, not the process.)
 */
export interface GuardedProcess {
  pid: number;
  /** Signal the whole process group (`kill(-pid)`): the child was spawned `detached`, as its group's leader. */
  group?: boolean;
  /** What ends it cleanly (Postgres: SIGINT, a fast shutdown); SIGKILL follows after the grace period. */
  signal?: NodeJS.Signals;
}

interface Guarded extends Required<GuardedProcess> {
  /** The process's start time (/proc stat), so a pid the kernel has since given to another process is left alone. */
  started: string;
}

const WATCHDOG = fileURLToPath(new URL('./process-guard-watchdog.mjs', import.meta.url));
const guarded = new Map<number, Guarded>();
let watchdog: ChildProcess | undefined;

function send(target: Required<GuardedProcess> & { started?: string }, signal: NodeJS.Signals | 0): boolean {
  if (target.started && statOf(target.pid)?.started !== target.started) return false;
  try {
    process.kill(target.group ? -target.pid : target.pid, signal);
    return true;
  } catch {
    return false;
  }
}

function onExit(): void {
  for (const target of guarded.values()) send(target, target.group ? 'SIGKILL' : target.signal);
}

function tellWatchdog(line: string): void {
  if (!watchdog) {
    watchdog = spawn(process.execPath, [WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    watchdog.on('error', () => {});
    watchdog.stdin!.on('error', () => {});
    // Neither the watchdog nor its pipe may keep this process alive: it is there for when we are gone.
    watchdog.unref();
    (watchdog.stdin as unknown as { unref(): void }).unref();
    process.on('exit', onExit);
  }
  watchdog.stdin!.write(`${line}\n`);
}

/** Ends `target` with this process from now on; the returned function stops that (once it ended normally). */
export function guardProcess(target: GuardedProcess): () => void {
  const rest = { group: false, signal: 'SIGKILL' as NodeJS.Signals, ...target };
  // A group outlives its leader (wrangler's workerd), so it is signalled whoever leads it now.
  const full: Guarded = { ...rest, started: rest.group ? '' : (statOf(rest.pid)?.started ?? '') };
  guarded.set(full.pid, full);
  tellWatchdog(`+${full.pid} ${full.group ? 1 : 0} ${full.signal} ${full.started}`);
  return () => {
    if (guarded.get(full.pid) !== full) return;
    guarded.delete(full.pid);
    tellWatchdog(`-${full.pid}`);
  };
}

/**
 * Guards the children named `comm` this process started since `before` (their pids, childPids taken before
 * starting them): Miniflare's workerd, which Miniflare ends on a normal exit only. Returns their release.
 */
export function guardNewChildren(comm: string, before: ReadonlySet<number>): () => void {
  const releases = childPids(process.pid, comm)
    .filter((pid) => !before.has(pid))
    .map((pid) => guardProcess({ pid }));
  return () => {
    for (const release of releases) release();
  };
}

/** Direct children of `pid` whose command name is `comm` (e.g. the workerd a Miniflare spawned). Linux only. */
export function childPids(pid: number, comm: string): number[] {
  const found: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && name === comm) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function statOf(pid: number): { ppid: number; state: string; started: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, ppid: Number(fields[1]), started: fields[19]! };
  } catch {
    return undefined;
  }
}

function ranByNpmScript(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8')
      .split('\0')
      .some((v) => v.startsWith('npm_lifecycle_event='));
  } catch {
    return false;
  }
}

/**
 * Calls `onGone` once when the npm that ran this script (`npm start`) is gone. SIGKILL of `npm start` ends npm
 * alone: the shell and tsx between it and us carry on, and so would we, holding every port. The launcher is the
 * nearest ancestor without npm's `npm_lifecycle_event` in its environment (npm sets it for the script only).
 * Not under npm (Linux /proc missing, or run directly), nothing is watched: a shell that backgrounded us may end.
 */
export function whenNpmGone(onGone: () => void, everyMs = 1_000): void {
  if (!process.env.npm_lifecycle_event) return;
  let pid = statOf(process.pid)?.ppid ?? process.ppid;
  for (let depth = 0; depth < 8 && ranByNpmScript(pid); depth++) pid = statOf(pid)?.ppid ?? 0;
  const launcher = statOf(pid);
  if (pid <= 1 || !launcher) return;
  const timer = setInterval(() => {
    const now = statOf(pid);
    // Gone, a zombie its parent has not reaped yet, or its pid already taken by another process.
    if (!now || now.state === 'Z' || now.started !== launcher.started) {
      clearInterval(timer);
      onGone();
    }
  }, everyMs);
  timer.unref();
}
