import { checkedRecord, type ImportRecord } from '../import-records';

/** A record read from a source, or one the record check refused (a conflict of the dry run, with its reason). */
export type ParsedRow = ImportRecord | { kind: ImportRecord['kind']; externalId: string; invalid: string };

export function parsedRow(kind: ImportRecord['kind'], externalId: string, data: unknown): ParsedRow {
  const checked = checkedRecord(kind, externalId, data);
  return typeof checked === 'string' ? { kind, externalId, invalid: checked } : checked;
}

/** Reads a value as a string id, whatever JSON type the source uses for ids (FirstPromoter's are numbers). */
export const idOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** A JSON object a source sent, read field by field: any field may be missing or of another type. */
// biome-ignore lint/suspicious/noExplicitAny: each field read is narrowed (str, idOf, isoOf) before use
export type Json = Record<string, any>;

/** An object field of unknown JSON, or an empty object. */
export const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export const lowerEmail = (value: unknown): string | null => str(value)?.trim().toLowerCase() ?? null;

/** An ISO time from a source's timestamp, or the Unix epoch when it gives none (the record check keeps it). */
export const isoOf = (value: unknown): string | null => {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const at = new Date(typeof value === 'number' && value < 1e12 ? value * 1000 : value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
};

/**
 * An amount a source gives in minor units, as a JSON integer (`1999`) or an integer string (`"1999"`,
 * Tolt's 64-bit money fields); NULL for anything else, which the record check refuses.
 */
export const minorOf = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
};

/**
 * How long a commission the source has not approved yet (FirstPromoter's, PartnerStack's and Tolt's
 * `pending`, which give no due date) is held here from its creation: the 30-day refund window these
 * products default to, so it is not paid before the source would have paid it. Our choice, since
 * none of them publishes the date; docs/importing.md says so.
 */
export const PENDING_HOLD_DAYS = 30;

export const heldFrom = (createdIso: string | null, days = PENDING_HOLD_DAYS): string | null =>
  createdIso ? new Date(Date.parse(createdIso) + days * 86_400_000).toISOString() : null;

/** A three-letter currency code upper-cased, or NULL. */
export const currencyOf = (value: unknown): string | null => {
  const code = str(value)?.toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
};
