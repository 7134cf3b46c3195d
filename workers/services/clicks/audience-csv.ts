import type { ServiceCall } from '../../context';
import type { CsvRow } from '../../domain/csv';
import { type Audience, type AudienceScope, audienceScope } from '../access';
import { type CsvExport, csvExport, mapRows, rangeFileName } from '../csv-export';
import { type EntityIds, type EntityNames, namedPages, nameOf } from '../entity-names';
import { type PageReader, streamPages } from '../streamed-pages';
import { type TimeRange, timeRange } from '../time-range';

/** One audience's columns: its header and how a source row, with its ids' names, becomes a line. */
export interface AudienceColumns<Row> {
  header: readonly string[];
  row: (row: Row, names: EntityNames, tz: string) => CsvRow;
}

/** What every export request says: who reads, which advertiser, which range, on which clock. */
export interface AudienceRequest {
  audience: Audience;
  organizationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  tz?: string | undefined;
}

/**
 * An export's file for its audience, read page by page while the client downloads, each page with the
 * names of the ids it holds; times on the clock of `tz` (UTC without it). The scope and range are checked
 * before the first byte, so bad input is still a 400. The affiliate's and the advertiser's files have their
 * own columns; staff read across advertisers, so theirs is the advertiser's with the organization in front.
 * It lives beside the click export, the first of them; the conversion and commission exports use it too.
 */
export function audienceCsv<Row, Key>({
  ctx,
  input,
}: ServiceCall<{
  request: AudienceRequest;
  /** The file name's first word: clicks_2026-11-01_2026-11-24.csv. */
  what: string;
  read: (query: { scope: AudienceScope; range: TimeRange }) => PageReader<Row, Key>;
  idsOf: (rows: Row[], affiliate: boolean) => EntityIds;
  keyOf: (row: Row) => Key;
  affiliate: AudienceColumns<Row>;
  advertiser: AudienceColumns<Row>;
  organizationOf: (row: Row) => string | null;
}>): CsvExport {
  const { request, advertiser } = input;
  const tz = request.tz ?? 'UTC';
  const scope = audienceScope(ctx, request.audience, request.organizationId);
  const range = timeRange(request, ctx.now);
  const affiliate = request.audience === 'affiliate';
  const read = namedPages({
    ctx,
    input: { read: input.read({ scope, range }), idsOf: (rows: Row[]) => input.idsOf(rows, affiliate) },
  });
  const rows = streamPages(ctx, read, (n) => input.keyOf(n.row));
  const filename = rangeFileName(input.what, range, tz);
  if (affiliate) {
    const { header, row } = input.affiliate;
    return csvExport(
      filename,
      header,
      mapRows(rows, (n) => row(n.row, n.names, tz)),
    );
  }
  if (request.audience === 'advertiser')
    return csvExport(
      filename,
      advertiser.header,
      mapRows(rows, (n) => advertiser.row(n.row, n.names, tz)),
    );
  return csvExport(
    filename,
    ['organization_id', 'organization', ...advertiser.header],
    mapRows(rows, ({ row, names }) => {
      const organizationId = input.organizationOf(row);
      return [organizationId, nameOf(names, 'organization', organizationId), ...advertiser.row(row, names, tz)];
    }),
  );
}
