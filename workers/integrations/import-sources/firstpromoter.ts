import {
  firstpromoterCommission,
  firstpromoterPromoter,
  firstpromoterReferral,
} from '../../domain/import-sources/firstpromoter';
import type { ParsedRow } from '../../domain/import-sources/rows';
import { untilEmpty } from './paging';
import { nextCursor, type ReaderContext, type SourceReader } from './reader';
import { sourceGet } from './source-request';
import { pairOrFail } from './token-pair';

// docs.firstpromoter.com/api-reference-v2/api-admin/authentication: `Authorization: Bearer <API key>`
// and `Account-ID: <account id>` on every request; …/introduction: lists take `page` and `per_page`
// (at most 100), 400 requests a minute per account, 429 beyond. Promoters answer `{ data, meta }`,
// referrals and commissions a bare array (…/promoters/get-available-promoters, …/referrals,
// …/commissions/get-all-commissions).
const RESOURCES: { path: string; row: (raw: unknown, ctx: ReaderContext) => ParsedRow | null }[] = [
  { path: 'promoters', row: firstpromoterPromoter },
  { path: 'referrals', row: firstpromoterReferral },
  { path: 'commissions', row: (raw, ctx) => firstpromoterCommission(raw, ctx.currency) },
];

export function firstpromoterReader(baseUrl: string, token: string, ctx: ReaderContext): SourceReader {
  const [accountId, apiKey] = pairOrFail('firstpromoter', token);
  const headers = { authorization: `Bearer ${apiKey}`, 'account-id': accountId };
  return {
    async read(cursor, now) {
      const resource = RESOURCES[cursor.step]!;
      const page = cursor.page ?? '1';
      const url = `${baseUrl.replace(/\/$/, '')}/${resource.path}?page=${encodeURIComponent(page)}&per_page=100`;
      const answer = await sourceGet(url, headers, now);
      if (!answer.ok) return { kind: 'wait', seconds: answer.waitSeconds };
      const body = answer.body as { data?: unknown } | unknown[];
      const items = Array.isArray(body) ? body : Array.isArray(body.data) ? body.data : [];
      const list = untilEmpty(items, page);
      return {
        kind: 'page',
        rows: list.items.map((raw) => resource.row(raw, ctx)).filter((r): r is ParsedRow => r !== null),
        resource: resource.path,
        next: nextCursor(cursor, list.nextPage, RESOURCES.length),
      };
    },
  };
}
