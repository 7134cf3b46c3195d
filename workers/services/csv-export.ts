import { type CsvRow, csvStream } from '../domain/csv';
import { formatMinorUnits } from '../domain/format-minor-units';

/** A CSV download: its file name and its bytes, produced while the client reads. */
export interface CsvExport {
  filename: string;
  body: ReadableStream<Uint8Array>;
}

/** Builds the download from a header and rows mapped one by one from the source rows. */
export async function* mapRows<T>(rows: AsyncIterable<T>, toRow: (row: T) => CsvRow): AsyncGenerator<CsvRow> {
  for await (const row of rows) yield toRow(row);
}

export const csvExport = (filename: string, header: readonly string[], rows: AsyncIterable<CsvRow>): CsvExport => ({
  filename,
  body: csvStream(header, rows),
});

/** An amount in major units with the currency's decimals, kept exact; empty without a currency. */
export const amountCell = (minor: number | null | undefined, currency: string | null | undefined) =>
  minor === null || minor === undefined || !currency ? null : { number: formatMinorUnits(minor, currency) };

export const isoCell = (d: Date | null | undefined) => d?.toISOString() ?? null;

/**
 * A file name that says what and which range: clicks_2026-11-01_2026-11-24.csv. The exports take UTC times
 * with `to` exclusive, so the last day is the one the range's last instant falls on.
 */
export const rangeFileName = (what: string, range: { from: Date; to: Date }) =>
  `${what}_${range.from.toISOString().slice(0, 10)}_${new Date(range.to.getTime() - 1).toISOString().slice(0, 10)}.csv`;
