import { rewardfulAffiliate, rewardfulCommission, rewardfulReferral } from '../../domain/import-sources/rewardful';
import type { ParsedRow } from '../../domain/import-sources/rows';
import { nextCursor, type SourceReader } from './reader';
import { sourceGet } from './source-request';

// developers.rewardful.com/rest-api/overview: HTTP Basic with the API secret as the user name; lists
// take `page` and `limit` (at most 100) and answer `{ pagination: { next_page, … }, data: [...] }`.
const RESOURCES: { path: string; query: string; row: (raw: unknown) => ParsedRow | null }[] = [
  { path: 'affiliates', query: 'expand[]=campaign&expand[]=links', row: rewardfulAffiliate },
  { path: 'referrals', query: '', row: rewardfulReferral },
  { path: 'commissions', query: '', row: rewardfulCommission },
];

export function rewardfulReader(baseUrl: string, apiSecret: string): SourceReader {
  const auth = `Basic ${btoa(`${apiSecret}:`)}`;
  return {
    async read(cursor, now) {
      const resource = RESOURCES[cursor.step]!;
      const page = cursor.page ?? '1';
      const url = `${baseUrl.replace(/\/$/, '')}/${resource.path}?page=${encodeURIComponent(page)}&limit=100${resource.query ? `&${resource.query}` : ''}`;
      const answer = await sourceGet(url, { authorization: auth }, now);
      if (!answer.ok) return { kind: 'wait', seconds: answer.waitSeconds };
      const body = answer.body as { data?: unknown[]; pagination?: { next_page?: number | null } };
      const rows = (body.data ?? []).map(resource.row).filter((r): r is ParsedRow => r !== null);
      const next = body.pagination?.next_page;
      return {
        kind: 'page',
        rows,
        resource: resource.path,
        next: nextCursor(cursor, typeof next === 'number' ? String(next) : null, RESOURCES.length),
      };
    },
  };
}
