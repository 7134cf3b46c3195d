import { type SpawnOptions, spawn } from 'node:child_process';
import { guardProcess } from './process-guard';

/** A child started as the leader of a process group of its own, with whatever it starts (wrangler's workerd). */
export interface ProcessGroup {
  pid: number | undefined;
  /** Resolves with the leader's exit code (null when killed or never started). */
  exited: Promise<number | null>;
  /** Undefined while the leader runs. */
  exitCode(): number | null | undefined;
  /** SIGINT to the group, SIGKILL after `graceMs`, then SIGKILL for what is left of it; safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns `command` detached, in a group of its own, so stop() reaches its children too even when the leader
 * itself must be SIGKILLed. A detached group does not die with us by itself: guardProcess ends it when this
 * process exits, or through its watchdog when this process is killed.
 */
export function spawnGroup(
  command: string,
  args: readonly string[],
  opts: Omit<SpawnOptions, 'detached'>,
): ProcessGroup {
  const child = spawn(command, args, { ...opts, detached: true });
  const unguard = child.pid === undefined ? () => {} : guardProcess({ pid: child.pid, group: true });
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    const done = (value: number | null) => resolve((code = value));
    child.once('exit', done);
    child.once('error', () => done(null));
  });
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // the group is already gone
    }
  };
  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 5_000) => {
    stopping ??= (async () => {
      if (child.pid === undefined) return;
      if (child.exitCode === null && child.signalCode === null) {
        signal('SIGINT');
        // unref: a pending grace timer must not keep the caller's process alive once the group is gone.
        const grace = new Promise<false>((r) => setTimeout(r, graceMs, false).unref());
        if (!(await Promise.race([exited.then(() => true), grace]))) signal('SIGKILL');
      }
      // The leader may exit before its children do; whatever is left of the group goes now.
      signal('SIGKILL');
      await exited;
      unguard();
    })();
    return stopping;
  };
  return { pid: child.pid, exited, exitCode: () => code, stop };
}
