import { z } from 'zod';
import type { Reply } from './http';
import { activate, view, type ServerState } from './state';

const byHostname = z.object({ hostname: z.string() });
const outage = byHostname.extend({ calls: z.number().int().min(0).max(100) });
const failure = byHostname.extend({
  reason: z.string().min(1),
  /** The hostname's status to report: pending (still checking), moved or blocked. */
  status: z.enum(['pending', 'moved', 'blocked']).default('pending'),
  /** The certificate's status to report. */
  sslStatus: z.string().default('validation_timed_out'),
});

/**
 * The test-only API under /__control (hostnames are unique per test, so files can share a server):
 *   POST /activate {hostname}                        hostname and certificate become active
 *   POST /fail {hostname, reason, status?, sslStatus?}  validation fails with Cloudflare's reason
 *   POST /outage {hostname, calls}                   the next `calls` API calls on it answer 503
 *   GET  /hostnames                                  every hostname as the API shows it
 */
export function control(state: ServerState, method: string, path: string, body: unknown): Reply {
  if (method === 'GET' && path === '/__control/hostnames')
    return { status: 200, body: { hostnames: [...state.hostnames.values()].map(view) } };
  const find = (hostname: string) => [...state.hostnames.values()].find((h) => h.hostname === hostname);
  if (method === 'POST' && path === '/__control/activate') {
    const input = byHostname.safeParse(body);
    const h = input.success ? find(input.data.hostname) : undefined;
    if (!h) return { status: 404, body: { error: 'no such hostname' } };
    activate(h);
    return { status: 200, body: view(h) };
  }
  if (method === 'POST' && path === '/__control/outage') {
    const input = outage.safeParse(body);
    if (!input.success) return { status: 400, body: { error: input.error.message } };
    const h = find(input.data.hostname);
    if (!h) return { status: 404, body: { error: 'no such hostname' } };
    state.outages.set(h.id, input.data.calls);
    return { status: 200, body: { hostname: h.hostname, calls: input.data.calls } };
  }
  if (method === 'POST' && path === '/__control/fail') {
    const input = failure.safeParse(body);
    if (!input.success) return { status: 400, body: { error: input.error.message } };
    const h = find(input.data.hostname);
    if (!h) return { status: 404, body: { error: 'no such hostname' } };
    h.status = input.data.status;
    h.sslStatus = input.data.sslStatus;
    h.verificationErrors = [input.data.reason];
    h.sslErrors = [input.data.reason];
    return { status: 200, body: view(h) };
  }
  return { status: 404, body: { error: `no control route ${method} ${path}` } };
}
