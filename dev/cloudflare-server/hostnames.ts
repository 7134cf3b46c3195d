import { fail, ok, type Reply } from './http';
import { activate, newHostname, view, type CloudflareServerOptions, type ServerState } from './state';

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function sslMethod(body: unknown): 'http' | 'txt' | null | undefined {
  const ssl = (body as { ssl?: { method?: unknown; type?: unknown } } | null)?.ssl;
  if (ssl === undefined) return undefined;
  if (ssl?.type !== undefined && ssl.type !== 'dv') return null;
  return ssl?.method === 'http' || ssl?.method === 'txt' ? ssl.method : null;
}

/** POST /zones/{zone}/custom_hostnames */
export function createHostname(state: ServerState, body: unknown): Reply {
  const hostname = (body as { hostname?: unknown } | null)?.hostname;
  if (typeof hostname !== 'string' || !HOSTNAME.test(hostname))
    return fail(400, 1409, 'The custom hostname you provided is invalid.');
  const method = sslMethod(body);
  if (method === null) return fail(400, 1400, 'Invalid SSL settings: ssl.method must be http or txt with type dv.');
  for (const h of state.hostnames.values())
    if (h.hostname === hostname) return fail(409, 1406, 'Duplicate custom hostname found.');
  const h = newHostname(hostname, method ?? 'http');
  state.hostnames.set(h.id, h);
  return ok(view(h));
}

/** GET /zones/{zone}/custom_hostnames/{id}: each read is a poll, which may activate it. */
export function getHostname(state: ServerState, opts: CloudflareServerOptions, id: string): Reply {
  const h = state.hostnames.get(id);
  if (!h) return fail(404, 1436, 'Custom hostname not found.');
  h.polls += 1;
  const after = opts.activateAfterPolls ?? 0;
  const failed = h.sslErrors.length > 0 || !['pending', 'active'].includes(h.status);
  if (after > 0 && h.polls >= after && h.status === 'pending' && !failed) activate(h);
  return ok(view(h));
}

/** GET /zones/{zone}/custom_hostnames?hostname=… */
export function listHostnames(state: ServerState, query: URLSearchParams): Reply {
  const wanted = query.get('hostname');
  const all = [...state.hostnames.values()].filter((h) => !wanted || h.hostname === wanted).map(view);
  return ok(all, { result_info: { page: 1, per_page: 50, count: all.length, total_count: all.length } });
}

/** PATCH /zones/{zone}/custom_hostnames/{id}: re-validation starts over (a failure is forgotten). */
export function patchHostname(state: ServerState, id: string, body: unknown): Reply {
  const h = state.hostnames.get(id);
  if (!h) return fail(404, 1436, 'Custom hostname not found.');
  const method = sslMethod(body);
  if (method === null) return fail(400, 1400, 'Invalid SSL settings: ssl.method must be http or txt with type dv.');
  if (method) h.method = method;
  if (h.status !== 'active' || h.sslStatus !== 'active') {
    h.status = 'pending';
    h.sslStatus = 'pending_validation';
    h.verificationErrors = ['custom hostname does not CNAME to this zone.'];
    h.sslErrors = [];
    h.polls = 0;
  }
  return ok(view(h));
}

/** DELETE /zones/{zone}/custom_hostnames/{id} */
export function deleteHostname(state: ServerState, id: string): Reply {
  if (!state.hostnames.delete(id)) return fail(404, 1436, 'Custom hostname not found.');
  return ok({ id });
}
