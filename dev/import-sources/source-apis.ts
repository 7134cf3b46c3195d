import type { Reply, Request } from '../billing-provider-server/http';

// How each source's API authenticates and pages, as its documentation describes it (the readers in
// workers/integrations/import-sources/ cite the pages). The local server answers every source with
// these; the records themselves are whatever a test or the demo seeds.

export type SourceName = 'rewardful' | 'firstpromoter' | 'tolt' | 'partnerstack';

type Records = Record<string, unknown>[];

export interface SourceApi {
  /** The path before the resource's name, which is what the source's base URL ends with. */
  prefix: string;
  /** The token a request carries, in the shape the import takes it (`first:second` for paired keys). */
  tokenOf(headers: Request['headers']): string | null;
  /** One page of `all` as the source answers a list; `cap` is the account's page size when set lower. */
  list(all: Records, query: URLSearchParams, resource: string, cap: number): Reply;
}

const bearer = (headers: Request['headers']) => /^Bearer (\S+)$/.exec(String(headers.authorization ?? ''))?.[1] ?? null;

const basic = (headers: Request['headers']) => {
  const match = /^Basic (\S+)$/.exec(String(headers.authorization ?? ''));
  return match ? Buffer.from(match[1]!, 'base64').toString('utf8') : null;
};

const bounded = (value: string | null, fallback: number, max: number, cap: number) =>
  Math.min(Math.max(Number(value ?? fallback) || fallback, 1), max, cap);

/** Cursor lists: the records after the one whose id is `starting_after`. */
function afterCursor(all: Records, query: URLSearchParams, idField: string, limit: number) {
  const after = query.get('starting_after');
  const start = after ? all.findIndex((r) => r[idField] === after) + 1 : 0;
  const items = all.slice(start, start + limit);
  return { items, hasMore: start + limit < all.length };
}

/** developers.rewardful.com/rest-api: Basic with the API secret as user name; `page`, `limit` ≤ 100. */
const rewardful: SourceApi = {
  prefix: '/rewardful/v1',
  tokenOf: (headers) => {
    const user = basic(headers);
    return user?.endsWith(':') ? user.slice(0, -1) : null;
  },
  list(all, query, _resource, cap) {
    const limit = bounded(query.get('limit'), 25, 100, cap);
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
  },
};

/**
 * docs.firstpromoter.com/api-reference-v2/api-admin: Bearer API key plus `Account-ID`; `page`,
 * `per_page` (default 20, at most 100); promoters answer `{ data, meta }`, the other lists an array.
 */
const firstpromoter: SourceApi = {
  prefix: '/firstpromoter/api/v2/company',
  tokenOf: (headers) => {
    const key = bearer(headers);
    const account = headers['account-id'];
    return key && typeof account === 'string' && account ? `${account}:${key}` : null;
  },
  list(all, query, resource, cap) {
    const perPage = bounded(query.get('per_page'), 20, 100, cap);
    const page = Math.max(Number(query.get('page') ?? 1), 1);
    const data = all.slice((page - 1) * perPage, page * perPage);
    return {
      status: 200,
      body: resource === 'promoters' ? { data, meta: { pending_count: 0 } } : data,
    };
  },
};

/**
 * docs.tolt.com: Bearer API key; programs/list takes nothing, the other lists require `program_id`
 * and take `limit` (default 10, at most 100), `starting_after`, `order` (by created_at, desc
 * default); `{ success, has_more, total_count, data }`, customers' data nested as customers/list shows.
 */
const tolt: SourceApi = {
  prefix: '/tolt/v1',
  tokenOf: bearer,
  list(all, query, resource, cap) {
    if (resource === 'programs')
      return { status: 200, body: { success: true, has_more: false, total_count: all.length, data: all } };
    const programId = query.get('program_id');
    if (!programId) return { status: 400, body: { success: false, error: { message: 'program_id is required' } } };
    const ordered = all
      .filter((r) => r.program_id === programId)
      .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
    if (query.get('order') !== 'asc') ordered.reverse();
    const { items, hasMore } = afterCursor(ordered, query, 'id', bounded(query.get('limit'), 10, 100, cap));
    return {
      status: 200,
      body: {
        success: true,
        has_more: hasMore,
        total_count: ordered.length,
        data: resource === 'customers' ? { data: items } : items,
      },
    };
  },
};

/**
 * docs.partnerstack.com/reference (vendor API): Basic with the public key as user name and the
 * secret key as password; docs.partnerstack.com/docs/partner-api: `limit` (default 10, 1–250),
 * `starting_after` = an item's key; `{ data: { has_more, items }, message, status }`.
 */
const partnerstack: SourceApi = {
  prefix: '/partnerstack/api/v2',
  tokenOf: basic,
  list(all, query, _resource, cap) {
    const { items, hasMore } = afterCursor(all, query, 'key', bounded(query.get('limit'), 10, 250, cap));
    return {
      status: 200,
      body: { data: { has_more: hasMore, items }, message: 'Page returned successfully', status: 200 },
    };
  },
};

export const SOURCE_APIS: Record<SourceName, SourceApi> = { rewardful, firstpromoter, tolt, partnerstack };
