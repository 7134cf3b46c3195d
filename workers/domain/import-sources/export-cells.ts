import { parseCsv } from '../csv-parse';
import { majorToMinor } from '../import-records';

/** One row of an export, keyed by normalized column names (`First Name` and `first_name` alike: `first_name`). */
export type ExportRow = Record<string, string>;

/**
 * A column name as the readers look it up: lower case, every run of other characters an underscore,
 * so a product's UI label ("PayPal Email", "Customer key") and its API field (`paypal_email`) meet.
 */
export const columnKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

/** The rows after the header, keyed by normalized names; an empty or missing file has none. */
export function exportRows(text: string | undefined): ExportRow[] {
  const [header, ...rows] = parseCsv(text ?? '');
  if (!header) return [];
  const names = header.map(columnKey);
  return rows.map((cells) => {
    const row: ExportRow = {};
    names.forEach((name, i) => {
      // The first column of a name wins: a later duplicate (an export's "Email" twice) cannot blank it.
      if (name && row[name] === undefined) row[name] = (cells[i] ?? '').trim();
    });
    return row;
  });
}

/** The first non-empty cell among the columns a product may name the field by, or NULL. */
export function cell(row: ExportRow, ...names: string[]): string | null {
  for (const name of names) {
    const value = row[name];
    if (value) return value;
  }
  return null;
}

/** Several values in one cell (codes, links): separated by spaces, commas, semicolons or line breaks. */
export const cellList = (value: string | null): string[] => (value ?? '').split(/[\s,;]+/).filter(Boolean);

/** The value of `param` in a link (`https://site.example/?via=ann` → `ann`), or NULL when it carries none. */
export function codeFromLink(link: string, param: string): string | null {
  const query = link.split('#')[0]!.split('?')[1];
  if (!query) return null;
  for (const pair of query.split('&')) {
    const [name, value] = pair.split('=');
    if (name === param && value) {
      try {
        return decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        return value;
      }
    }
  }
  return null;
}

const SYMBOL_CURRENCY: Record<string, string> = { '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'JPY' };

/**
 * An amount as an export shows it, in major units: `12.50`, `$1,234.50`, `€12.50`, `12.50 EUR`. The
 * sign-free decimal is read digit by digit into minor units of `currency` (or of the code or symbol the
 * cell carries when the file names no currency); `$` names no currency, since several use it. A comma
 * is taken as a thousands separator only where it groups three digits; anything else is refused (NULL),
 * which the record check reports.
 */
export function exportAmount(
  value: string | null,
  currency: string | null,
): { minor: number | null; currency: string | null } {
  if (value === null) return { minor: null, currency };
  let text = value.replace(/\s+/g, '');
  let named: string | null = null;
  const code = /^([A-Za-z]{3})?(.*?)([A-Za-z]{3})?$/.exec(text);
  if (code?.[1] || code?.[3]) {
    named = (code[1] ?? code[3]!).toUpperCase();
    text = code[2]!;
  }
  const symbol = /^[$€£₽¥]|[$€£₽¥]$/.exec(text)?.[0];
  if (symbol) {
    named ??= SYMBOL_CURRENCY[symbol] ?? null;
    text = text.replace(symbol, '');
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  const chosen = (currency ?? named)?.toUpperCase() ?? null;
  if (!chosen || !/^[A-Z]{3}$/.test(chosen)) return { minor: null, currency: chosen };
  return { minor: majorToMinor(text, chosen), currency: chosen };
}

/** A whole number of minor units (a column an API names `…_cents`), or NULL. */
export const exportCents = (value: string | null): number | null =>
  value !== null && /^\d{1,15}$/.test(value) ? Number(value) : null;

/**
 * A time as exports write it: an ISO time, a date (`2025-06-01`, midnight UTC) or a date and time
 * with a space (`2025-06-01 10:30:00`, `… UTC`), taken as UTC. Anything else (`06/01/2025` reads two
 * ways) is kept as written, so the record check refuses it instead of a guess.
 */
export function exportTime(value: string | null): string | null {
  if (!value) return null;
  const spaced =
    /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2}))?$/i.exec(value);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00Z`
    : spaced
      ? `${spaced[1]}T${spaced[2]}${!spaced[3] || /^(utc|gmt|z)$/i.test(spaced[3]) ? 'Z' : spaced[3]}`
      : value;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) || !/^\d{4}-/.test(iso) ? value : at.toISOString();
}

/** A yes/no cell (`true`, `yes`, `1`, `paid`). */
export const exportFlag = (value: string | null): boolean => /^(true|yes|y|1|paid)$/i.test(value ?? '');
