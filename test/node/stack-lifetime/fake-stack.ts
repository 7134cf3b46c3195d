// A light stand-in for `npm start` (dev/start.ts) for the ways of ending it that need no real stack: a guarded
// "Worker" child (as Miniflare's workerd), a "Postgres" child guarded to get SIGINT (as dev/postgres.ts), an
// in-process server, runShutdown and handleStopSignals. Its faults come from the environment (FAKE_STACK_*), so
// test/node/stack-lifetime.test.ts can check them in a few seconds; the real script is killed there too.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { guardProcess, whenNpmGone } from '../../../dev/process-guard';
import { handleStopSignals, runShutdown } from '../../../dev/shutdown';

const STAND_IN = fileURLToPath(new URL('./stand-in-server.mjs', import.meta.url));
const ports = JSON.parse(process.env.FAKE_STACK_PORTS!) as { worker: number; pg: number; http: number };

/** A guarded child listening on `port`, stopped by `signal` (what its exit hook and watchdog send it too). */
function guardedChild(port: number, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [STAND_IN, String(port)], { stdio: 'ignore' });
  const unguard = guardProcess({ pid: child.pid!, signal });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return async () => {
    child.kill(signal);
    await exited;
    unguard();
  };
}

const stopWorker = guardedChild(ports.worker, 'SIGKILL');
const stopPg = guardedChild(ports.pg, 'SIGINT');
const http = createServer((_, res) => res.end('ok')).listen(ports.http, '127.0.0.1');

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('stopping…');
  const failed = await runShutdown(
    [
      [{ name: 'the Worker', stop: stopWorker }],
      [{ name: 'the http server', stop: () => new Promise((resolve) => http.close(resolve)) }],
      [{ name: 'Postgres', stop: stopPg }],
    ],
    { timeoutMs: 5_000, warn: (line) => console.warn(line) },
  );
  process.exit(failed.length > 0 ? 1 : code);
}
handleStopSignals(stop);
whenNpmGone(() => void stop(0), 200);

/**
 * Whether something accepts connections on `port`. A connect, not a trial bind (portIsFree): a bind every 50 ms
 * can hold the port at the moment a slow stand-in calls listen, which then fails with EADDRINUSE and never listens.
 */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// Generous: on a 2-core CI machine running three test lanes, starting node processes can take a while.
const readyBy = Date.now() + 120_000;
for (;;) {
  const waiting = Object.entries(ports);
  const up = await Promise.all(waiting.map(([, port]) => listening(port)));
  const down = waiting.filter((_, i) => !up[i]).map(([name]) => name);
  if (down.length === 0) break;
  if (Date.now() > readyBy)
    throw new Error(`not listening within 120 s: ${down.join(', ')} of ${JSON.stringify(ports)}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
console.log('ready');
if (process.env.FAKE_STACK_DB_LOSS) {
  // What the Neon driver does when the relay or Postgres goes away: an `error` event nobody listens to, twice.
  for (let i = 0; i < 2; i++) {
    setImmediate(() => new EventEmitter().emit('error', new Error('Connection terminated unexpectedly')));
  }
  setTimeout(() => console.log('still running'), 300);
}
if (process.env.FAKE_STACK_CRASH) {
  setTimeout(() => {
    throw new TypeError('something nobody expected');
  }, 500);
}
