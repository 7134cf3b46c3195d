import type { ParsedRow } from '../../domain/import-sources/rows';
import { toltCommission, toltCustomer, toltLinkCode, toltPartner } from '../../domain/import-sources/tolt';
import { afterLast } from './paging';
import type { ExtraCode, ReaderContext, SourceCursor, SourceReader } from './reader';
import { sourceGet } from './source-request';

// docs.tolt.com/authentication: `Authorization: Bearer <API key>`. docs.tolt.com/programs/list lists
// the organization's programs (id, currency_code); every other list (partners/list, links/list,
// customers/list, commissions/list) requires a `program_id`, takes `limit` (at most 100) and
// `starting_after` (the last record's id) and answers `{ success, has_more, total_count, data }`
// (customers/list shows `data: { data: [...] }`; both shapes are read).
const LISTS = ['partners', 'links', 'customers', 'commissions'] as const;

/** Where a list stands across programs: the programs (id and currency), which one, and after which record. */
interface ToltPage {
  programs: [string, string | null][];
  at: number;
  after: string | null;
}

const listOf = (data: unknown): unknown[] =>
  Array.isArray(data)
    ? data
    : Array.isArray((data as { data?: unknown })?.data)
      ? (data as { data: unknown[] }).data
      : [];

/** The next list page: the same program's, else the next program's, else the next list, else done. */
function advance(step: number, state: ToltPage, nextPage: string | null): SourceCursor | null {
  if (nextPage !== null) return { step, page: JSON.stringify({ ...state, after: nextPage }) };
  if (state.at + 1 < state.programs.length)
    return { step, page: JSON.stringify({ ...state, at: state.at + 1, after: null }) };
  if (step < LISTS.length) return { step: step + 1, page: JSON.stringify({ ...state, at: 0, after: null }) };
  return null;
}

export function toltReader(baseUrl: string, apiKey: string, ctx: ReaderContext): SourceReader {
  const base = baseUrl.replace(/\/$/, '');
  const headers = { authorization: `Bearer ${apiKey}` };
  return {
    async read(cursor, now) {
      if (cursor.step === 0) {
        const answer = await sourceGet(`${base}/programs`, headers, now);
        if (!answer.ok) return { kind: 'wait', seconds: answer.waitSeconds };
        const programs = listOf((answer.body as { data?: unknown }).data).map((p) => {
          const program = p as { id?: unknown; currency_code?: unknown };
          return [String(program.id), typeof program.currency_code === 'string' ? program.currency_code : null] as [
            string,
            string | null,
          ];
        });
        const state: ToltPage = { programs, at: 0, after: null };
        return {
          kind: 'page',
          rows: [],
          resource: 'programs',
          next: programs.length > 0 ? { step: 1, page: JSON.stringify(state) } : null,
        };
      }
      const list = LISTS[cursor.step - 1]!;
      const state = JSON.parse(cursor.page ?? '{}') as ToltPage;
      const [programId, currency] = state.programs[state.at]!;
      // Oldest first, so a partner's first link is the one kept; commissions name their partner when expanded.
      const query = new URLSearchParams({ program_id: programId, limit: '100', order: 'asc' });
      if (list === 'commissions') query.append('expand[]', 'partner');
      if (state.after) query.set('starting_after', state.after);
      const answer = await sourceGet(`${base}/${list}?${query}`, headers, now);
      if (!answer.ok) return { kind: 'wait', seconds: answer.waitSeconds };
      const body = answer.body as { data?: unknown; has_more?: unknown };
      const page = afterLast(listOf(body.data), body.has_more, 'id');
      const rows: ParsedRow[] = [];
      const codes: ExtraCode[] = [];
      for (const raw of page.items) {
        if (list === 'links') {
          const code = toltLinkCode(raw, ctx.referralParam);
          if (code) codes.push(code);
          continue;
        }
        const row =
          list === 'partners'
            ? toltPartner(raw)
            : list === 'customers'
              ? toltCustomer(raw)
              : toltCommission(raw, currency);
        if (row) rows.push(row);
      }
      return { kind: 'page', rows, codes, resource: list, next: advance(cursor.step, state, page.nextPage) };
    },
  };
}
