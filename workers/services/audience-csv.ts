import type { ServiceCall } from '../context';
import type { CsvRow } from '../domain/csv';
import type { Audience } from './access';
import { type CsvExport, csvExport, mapRows } from './csv-export';
import { type EntityIds, type EntityNames, namedPages, nameOf } from './entity-names';
import { type PageReader, streamPages } from './streamed-pages';

/** One audience's columns: its header and how a source row, with its ids' names, becomes a line. */
export interface AudienceColumns<Row> {
  header: readonly string[];
  row: (row: Row, names: EntityNames) => CsvRow;
}

/**
 * An export's file for its audience, read page by page while the client downloads, each page with the
 * names of the ids it holds. The affiliate's and the advertiser's files have their own columns; staff read
 * across advertisers, so theirs is the advertiser's with the organization in front.
 */
export function audienceCsv<Row, Key>({
  ctx,
  input,
}: ServiceCall<{
  filename: string;
  audience: Audience;
  read: PageReader<Row, Key>;
  idsOf: (rows: Row[]) => EntityIds;
  keyOf: (row: Row) => Key;
  affiliate: AudienceColumns<Row>;
  advertiser: AudienceColumns<Row>;
  organizationOf: (row: Row) => string | null;
}>): CsvExport {
  const { filename, advertiser } = input;
  const read = namedPages({ ctx, input: { read: input.read, idsOf: input.idsOf } });
  const rows = streamPages(ctx, read, (n) => input.keyOf(n.row));
  if (input.audience === 'affiliate') {
    const { header, row } = input.affiliate;
    return csvExport(
      filename,
      header,
      mapRows(rows, (n) => row(n.row, n.names)),
    );
  }
  if (input.audience === 'advertiser')
    return csvExport(
      filename,
      advertiser.header,
      mapRows(rows, (n) => advertiser.row(n.row, n.names)),
    );
  return csvExport(
    filename,
    ['organization_id', 'organization', ...advertiser.header],
    mapRows(rows, ({ row, names }) => {
      const organizationId = input.organizationOf(row);
      return [organizationId, nameOf(names, 'organization', organizationId), ...advertiser.row(row, names)];
    }),
  );
}
