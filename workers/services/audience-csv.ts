import type { CsvRow } from '../domain/csv';
import type { Audience } from './access';
import { type CsvExport, csvExport, mapRows } from './csv-export';
import { type EntityNames, type Named, nameOf } from './entity-names';

/** One audience's columns: its header and how a named source row becomes a line. */
export interface AudienceColumns<Row> {
  header: readonly string[];
  row: (row: Row, names: EntityNames) => CsvRow;
}

/**
 * The file an export writes for its audience. The affiliate's and the advertiser's have their own columns;
 * staff read across advertisers, so their file is the advertiser's with the organization in front.
 */
export function audienceCsv<Row>(input: {
  filename: string;
  audience: Audience;
  rows: AsyncIterable<Named<Row>>;
  affiliate: AudienceColumns<Row>;
  advertiser: AudienceColumns<Row>;
  organizationOf: (row: Row) => string;
}): CsvExport {
  const { filename, rows, advertiser } = input;
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
