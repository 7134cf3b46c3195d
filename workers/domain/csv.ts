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

/** Rows to CSV text with CRLF line ends (RFC 4180); cells already made by csvNumber pass as they are. */
export function toCsv(header: readonly string[], rows: readonly (readonly (CsvCell | { number: string })[])[]): string {
  const line = (cells: readonly (CsvCell | { number: string })[]) =>
    cells.map((c) => (c !== null && typeof c === 'object' ? csvNumber(c.number) : csvCell(c))).join(',');
  return [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}
