// The watchdog of dev/process-guard.ts: a plain Node script (no tsx, ~40 ms to start) in a session of its own.
// Its stdin is a pipe from the guarded process, which writes `+<pid> <group 0|1> <signal> <start time>` and
// `-<pid>` lines; the start time (empty for a group) tells a pid the kernel has given to someone else since.
// The kernel closes that pipe however the guarded process ends, SIGKILL included, so end of input means it is
// gone: then each registered process (or group) gets its signal, and SIGKILL if still there after a grace period.
import { readFileSync } from 'node:fs';

const GRACE_MS = Number(process.env.PROCESS_GUARD_GRACE_MS ?? 5_000);

/** @type {Map<number, { group: boolean, signal: string, started: string }>} */
const targets = new Map();
// Signals meant for the guarded process's group or terminal are not for us: our work starts when it is gone.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});

let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const [op, pid, group, signal, started] = parse(line);
    if (op === '+') targets.set(pid, { group: group === '1', signal, started });
    else if (op === '-') targets.delete(pid);
  }
});
process.stdin.once('end', reap);
process.stdin.once('error', reap);

function parse(line) {
  const op = line[0];
  const [pid, group, signal, started] = line.slice(1).trim().split(' ');
  return [op, Number(pid), group, signal ?? 'SIGKILL', started ?? ''];
}

function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function send(pid, { group, started }, signal) {
  if (started && startTime(pid) !== started) return false;
  try {
    process.kill(group ? -pid : pid, signal);
    return true;
  } catch {
    return false; // gone already
  }
}

const alive = (pid, target) => send(pid, target, 0);

let reaping = false;
async function reap() {
  if (reaping) return;
  reaping = true;
  for (const [pid, target] of targets) send(pid, target, target.signal);
  const deadline = Date.now() + GRACE_MS;
  while (Date.now() < deadline && [...targets].some(([pid, target]) => alive(pid, target))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const [pid, target] of targets) send(pid, target, 'SIGKILL');
  process.exit(0);
}
