// A local server for the REST APIs imports read from, each under its own prefix, so each gets its own
// configurable base URL: /rewardful/v1, /firstpromoter/api/v2/company, /tolt/v1 and
// /partnerstack/api/v2, each authenticated and paged as its documentation says (source-apis.ts). Each
// token sees its own data set, seeded with POST /__control/datasets, so tests of two advertisers run
// side by side; POST /__control/faults makes the next requests of a path answer an error or a 429
// with Retry-After. Run alone with `npx tsx dev/import-sources-server.ts` (IMPORT_SOURCES_PORT).
import { pathToFileURL } from 'node:url';
import { type LocalServer, type Reply, type Request, startJsonServer } from './billing-provider-server/http';
import { SOURCE_APIS, type SourceName } from './import-sources/source-apis';

export type { SourceName } from './import-sources/source-apis';

/** One source account's records, as that source's API returns them (its own field names). */
export interface Dataset {
  source: SourceName;
  /** As the import takes it: FirstPromoter's `account_id:api_key`, PartnerStack's `public:secret`. */
  token: string;
  resources: Record<string, Record<string, unknown>[]>;
  /** The most records a page of this account holds, below what the API allows: a few records then span pages. */
  pageSize?: number;
}

interface Fault {
  token: string;
  path: string;
  /** Only this page (the `page` query value, or the `starting_after` cursor; `1` is the first); any page when absent. */
  page?: string;
  status: number;
  retryAfter?: string;
  times: number;
}

const ROUTE = new RegExp(
  `^(${Object.values(SOURCE_APIS)
    .map((api) => api.prefix.replace(/\//g, '\\/'))
    .join('|')})\\/([a-z_]+)$`,
);

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
    const match = ROUTE.exec(r.path);
    if (!match || r.method !== 'GET') return { status: 404, body: { error: 'Not found' } };
    const [source, api] = Object.entries(SOURCE_APIS).find(([, a]) => a.prefix === match[1])!;
    const token = api.tokenOf(r.headers);
    const dataset = token ? datasets.get(`${source}:${token}`) : undefined;
    if (!dataset) return { status: 401, body: { error: 'Invalid API key' } };
    seen.push(`${token} ${r.path}?${r.query.toString()}`);
    const page = r.query.get('page') ?? r.query.get('starting_after') ?? '1';
    const fault = faults.find(
      (f) => f.token === token && f.path === r.path && f.times > 0 && (!f.page || f.page === page),
    );
    if (fault) {
      fault.times--;
      return fault.status === 429
        ? { status: 429, body: { error: 'Too many requests' }, headers: { 'retry-after': fault.retryAfter ?? '30' } }
        : { status: fault.status, body: { error: 'Internal server error' } };
    }
    return api.list(
      dataset.resources[match[2]!] ?? [],
      r.query,
      match[2]!,
      dataset.pageSize ?? Number.MAX_SAFE_INTEGER,
    );
  }

  const server = await startJsonServer(opts.port ?? 0, 'import-sources', handle, {
    status: 400,
    body: { error: 'invalid JSON' },
  });
  return { ...server, requests: () => [...seen] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startImportSourcesServer({ port: Number(process.env.IMPORT_SOURCES_PORT ?? 8797) });
  for (const api of Object.values(SOURCE_APIS)) console.log(`import sources: ${server.url}${api.prefix}`);
}
