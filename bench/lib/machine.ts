import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

/** One line about the machine and how busy it is right now (other jobs may share it). */
export function machineLine(): string {
  const [l1, l5, l15] = os.loadavg().map((l) => l.toFixed(2));
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, node ${process.version}, load average ${l1} ${l5} ${l15} (1/5/15 min)`;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far, from /proc; null when it is gone. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is 3rd, utime 14th, stime 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds of a process and all its descendants, live or already exited and reaped (a
 * Postgres server: the postmaster reaps its backends, so their time lands in its cutime/cstime).
 */
export function treeCpuSeconds(pid: number): number {
  const f = statFields(pid);
  if (!f) return 0;
  let total = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICKS_PER_SECOND;
  for (const child of allChildren(pid)) total += treeCpuSeconds(child);
  return total;
}

function allChildren(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(Number(entry));
    if (f && Number(f[1]) === pid) found.push(Number(entry));
  }
  return found;
}

/** Direct children of `pid` whose command name is `comm` (e.g. the workerd a Miniflare spawned). */
export { childPids } from '../../dev/process-guard';

/**
 * The busiest processes right now (`top -b`), for the CPU split of a run. Asynchronous: a
 * blocking call would stall the very writers it is meant to watch.
 */
export function topSnapshot(lines = 12): Promise<string> {
  return new Promise((resolve) => {
    // The first frame's percentages cover no interval; the second covers one second.
    execFile('top', ['-b', '-n2', '-d1', '-w', '160'], { encoding: 'utf8' }, (err, out) => {
      if (err) return resolve(`(top failed: ${String(err)})`);
      const frames = out.split(/^(?=top - )/m);
      resolve(
        (frames[frames.length - 1] ?? '')
          .split('\n')
          .slice(0, 7 + lines)
          .join('\n'),
      );
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A plain fixed-width text table. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
