// A local server for the REST APIs imports read from, each under its own prefix, so each gets its own
// configurable base URL: /rewardful/v1 (developers.rewardful.com/rest-api: HTTP Basic with the API
// secret as user name; `page` and `limit` ≤ 100; `{ pagination: { previous_page, current_page,
// next_page, count, limit, total_pages, total_count }, data }`). Each API secret sees its own data set,
// seeded with POST /__control/datasets, so tests of two advertisers run side by side; POST
// /__control/faults makes the next requests of a path answer an error or a 429 with Retry-After.
// Run alone with `npx tsx dev/import-sources-server.ts` (IMPORT_SOURCES_PORT).
import { pathToFileURL } from 'node:url';
import { type LocalServer, type Reply, type Request, startJsonServer } from './billing-provider-server/http';

export type SourceName = 'rewardful';

/** One source account's records, as that source's API returns them (its own field names). */
export interface Dataset {
  source: SourceName;
  token: string;
  resources: Record<string, Record<string, unknown>[]>;
}

interface Fault {
  token: string;
  path: string;
  /** Only this page (the `page` query value); any page when absent. */
  page?: string;
  status: number;
  retryAfter?: string;
  times: number;
}

/** The token a request carries, per source's scheme. */
function tokenOf(source: SourceName, headers: Request['headers']): string | null {
  const auth = String(headers.authorization ?? '');
  if (source === 'rewardful') {
    const basic = /^Basic (\S+)$/.exec(auth);
    if (!basic) return null;
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    return decoded.endsWith(':') ? decoded.slice(0, -1) : null;
  }
  return null;
}

function rewardfulPage(all: Record<string, unknown>[], query: URLSearchParams): Reply {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 25), 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1), 1);
  const totalPages = Math.max(Math.ceil(all.length / limit), 1);
  const data = all.slice((page - 1) * limit, page * limit);
  return {
    status: 200,
    body: {
      pagination: {
        previous_page: page > 1 ? page - 1 : null,
        current_page: page,
        next_page: page < totalPages ? page + 1 : null,
        count: data.length,
        limit,
        total_pages: totalPages,
        total_count: all.length,
      },
      data,
    },
  };
}

export async function startImportSourcesServer(
  opts: { port?: number; datasets?: Dataset[] } = {},
): Promise<LocalServer & { requests: () => string[] }> {
  const datasets = new Map<string, Dataset>();
  for (const d of opts.datasets ?? []) datasets.set(`${d.source}:${d.token}`, d);
  const faults: Fault[] = [];
  const seen: string[] = [];

  async function handle(r: Request): Promise<Reply> {
    if (r.method === 'POST' && r.path === '/__control/datasets') {
      const d = r.json as Dataset;
      datasets.set(`${d.source}:${d.token}`, d);
      return { status: 201, body: { ok: true } };
    }
    if (r.method === 'POST' && r.path === '/__control/faults') {
      faults.push(r.json as Fault);
      return { status: 201, body: { ok: true } };
    }
    const match = /^\/(rewardful)\/v1\/([a-z_]+)$/.exec(r.path);
    if (!match || r.method !== 'GET') return { status: 404, body: { error: 'Not found' } };
    const source = match[1] as SourceName;
    const token = tokenOf(source, r.headers);
    const dataset = token ? datasets.get(`${source}:${token}`) : undefined;
    if (!dataset) return { status: 401, body: { error: 'Invalid API secret' } };
    seen.push(`${token} ${r.path}?${r.query.toString()}`);
    const fault = faults.find(
      (f) =>
        f.token === token && f.path === r.path && f.times > 0 && (!f.page || f.page === (r.query.get('page') ?? '1')),
    );
    if (fault) {
      fault.times--;
      return fault.status === 429
        ? { status: 429, body: { error: 'Too many requests' }, headers: { 'retry-after': fault.retryAfter ?? '30' } }
        : { status: fault.status, body: { error: 'Internal server error' } };
    }
    return rewardfulPage(dataset.resources[match[2]!] ?? [], r.query);
  }

  const server = await startJsonServer(opts.port ?? 0, 'import-sources', handle, {
    status: 400,
    body: { error: 'invalid JSON' },
  });
  return { ...server, requests: () => [...seen] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startImportSourcesServer({ port: Number(process.env.IMPORT_SOURCES_PORT ?? 8797) });
  console.log(`import sources: ${server.url}/rewardful/v1`);
}
