import { createExecutionContext, env } from 'cloudflare:test';
import worker from '../workers/index';

/**
 * One request to the Worker's fetch handler, called in this isolate with a fresh ExecutionContext
 * (its waitUntil work is awaited by the pool at the end of the test, as for a dispatched request).
 *
 * Why not `exports.default.fetch` / `SELF.fetch`: in @cloudflare/vitest-pool-workers 0.14 every
 * dispatched request constructs the pool's entrypoint wrapper, which wraps the wrapper's prototype in one
 * more Proxy each time (workers-sdk #15092, fixed in later releases that need a newer Node). Property
 * reads then walk every earlier Proxy: requests get slower with each one made in the isolate (150 ms each
 * after ~1,000) until V8 throws "Maximum call stack size exceeded", which failed the security suite.
 */
export function workerFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && !init ? input : new Request(input, init);
  // A test's request has no `cf` properties, as a dispatched one in the pool has none either.
  const incoming = request as Request<unknown, IncomingRequestCfProperties>;
  return Promise.resolve(worker.fetch(incoming, env, createExecutionContext()));
}
