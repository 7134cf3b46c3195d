import { type CsvRow, csvStream } from '../domain/csv';
import { formatMinorUnits } from '../domain/format-minor-units';
import { isoInTimeZone } from '../domain/stats-csv';
import { localDateOf } from '../domain/stats-time-zone';

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

/** A time as ISO 8601 in UTC (statements, which are kept in UTC months). */
export const isoCell = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** A time as ISO 8601 on `timeZone`'s clock with its offset (2026-11-24T12:00:00+03:00), as the stats file writes it. */
export const timeCell = (d: Date | null | undefined, timeZone: string) => (d ? isoInTimeZone(d, timeZone) : null);

/** Basis points as a percentage with two decimals (3000 → 30.00), for a column named *_pct. */
export const bpsPercentCell = (bps: number | null | undefined) =>
  bps === null || bps === undefined ? null : { number: (bps / 100).toFixed(2) };

/**
 * A file name that says what and which range, in local dates of the file's time zone:
 * clicks_2026-11-01_2026-11-24.csv. The exports take `to` exclusive, so the last day is the one the range's
 * last instant falls on.
 */
export const rangeFileName = (what: string, range: { from: Date; to: Date }, timeZone = 'UTC') =>
  `${what}_${localDateOf(timeZone, range.from)}_${localDateOf(timeZone, new Date(range.to.getTime() - 1))}.csv`;
