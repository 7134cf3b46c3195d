import {
  partnerstackCustomer,
  partnerstackPartnership,
  partnerstackReward,
} from '../../domain/import-sources/partnerstack';
import type { ParsedRow } from '../../domain/import-sources/rows';
import { afterLast } from './paging';
import { nextCursor, type ReaderContext, type SourceReader } from './reader';
import { sourceGet } from './source-request';
import { pairOrFail } from './token-pair';

// The vendor side of PartnerStack's API v2 (docs.partnerstack.com/reference, "Vendor API
// Authentication": HTTP Basic, the public key as user name and the secret key as password; the
// partner-side API's Bearer key sees one partner's own rewards, not a vendor's partners).
// docs.partnerstack.com/docs/partner-api, "Pagination": `limit` (1–250), `starting_after` = the last
// item's `key`, answers `{ data: { has_more, items }, message, status }`.
const RESOURCES: { path: string; row: (raw: unknown, ctx: ReaderContext) => ParsedRow | null }[] = [
  { path: 'partnerships', row: partnerstackPartnership },
  { path: 'customers', row: partnerstackCustomer },
  { path: 'rewards', row: (raw, ctx) => partnerstackReward(raw, ctx.currency) },
];

export function partnerstackReader(baseUrl: string, token: string, ctx: ReaderContext): SourceReader {
  const [publicKey, secretKey] = pairOrFail('partnerstack', token);
  const auth = `Basic ${btoa(`${publicKey}:${secretKey}`)}`;
  return {
    async read(cursor, now) {
      const resource = RESOURCES[cursor.step]!;
      const after = cursor.page ? `&starting_after=${encodeURIComponent(cursor.page)}` : '';
      const url = `${baseUrl.replace(/\/$/, '')}/${resource.path}?limit=100${after}`;
      const answer = await sourceGet(url, { authorization: auth }, now);
      if (!answer.ok) return { kind: 'wait', seconds: answer.waitSeconds };
      const data = (answer.body as { data?: { items?: unknown[]; has_more?: unknown } }).data ?? {};
      const list = afterLast(Array.isArray(data.items) ? data.items : [], data.has_more, 'key');
      return {
        kind: 'page',
        rows: list.items.map((raw) => resource.row(raw, ctx)).filter((r): r is ParsedRow => r !== null),
        resource: resource.path,
        next: nextCursor(cursor, list.nextPage, RESOURCES.length),
      };
    },
  };
}
