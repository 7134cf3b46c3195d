/** A cell value: null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP);
// tab and carriage return can hide such a start from a quick look.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell per RFC 4180: quoted when it holds a quote, comma or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe. Numbers are written
 * as they are (a negative amount is data, not a formula), so pass amounts as numbers or
 * decimal strings through `csvNumber`.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A decimal amount such as "-12.50", kept exact as text but exempt from the formula guard. */
export function csvNumber(decimal: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) throw new RangeError(`not a decimal number: ${decimal}`);
  return decimal;
}

/** One CSV row: cells, or decimal amounts made by csvNumber as `{ number }`. */
export type CsvRow = readonly (CsvCell | { number: string })[];

const encodeLine = (cells: CsvRow) =>
  `${cells.map((c) => (c !== null && typeof c === 'object' ? csvNumber(c.number) : csvCell(c))).join(',')}\r\n`;

/**
 * The header and then the rows as a UTF-8 CSV byte stream, in chunks of about `chunkChars`: rows
 * are pulled only as the reader asks for more, so an export of any size never sits in memory, and
 * a reader that goes away stops the source (its `finally` runs).
 */
export function csvStream(
  header: readonly string[],
  rows: AsyncIterable<CsvRow>,
  chunkChars = 64 * 1024,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let pending = encodeLine(header);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length < chunkChars) {
        const next = await iterator.next();
        if (next.done) {
          if (pending) controller.enqueue(encoder.encode(pending));
          controller.close();
          return;
        }
        pending += encodeLine(next.value);
      }
      controller.enqueue(encoder.encode(pending));
      pending = '';
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Rows to CSV text with CRLF line ends (RFC 4180); cells already made by csvNumber pass as they are. */
export function toCsv(header: readonly string[], rows: readonly CsvRow[]): string {
  return [header, ...rows].map(encodeLine).join('');
}
