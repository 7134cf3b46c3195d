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
