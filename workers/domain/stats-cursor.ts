import { AppError } from '../errors/app-error';
import { fromBase64url, toBase64url } from './base64url';

/** Where a page ended: the row's sort value, bucket (epoch seconds) and dimension values. */
export type StatsKeyset = [sortValue: number, bucket: number, first: string, second: string];

/**
 * An opaque token for the next page. It names the ordering it belongs to, so a cursor reused with
 * another sort, grouping, granularity or zone is refused instead of skipping rows.
 */
export function encodeStatsCursor(ordering: string, keyset: StatsKeyset): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify({ o: ordering, k: keyset })));
}

export function decodeStatsCursor(ordering: string, cursor: string): StatsKeyset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(fromBase64url(cursor)));
  } catch {
    throw new AppError('invalid_cursor', 'The cursor is not one this API gave out');
  }
  const { o, k } = (parsed ?? {}) as { o?: unknown; k?: unknown };
  const valid =
    Array.isArray(k) &&
    k.length === 4 &&
    Number.isFinite(k[0]) &&
    Number.isFinite(k[1]) &&
    typeof k[2] === 'string' &&
    typeof k[3] === 'string';
  if (!valid) throw new AppError('invalid_cursor', 'The cursor is not one this API gave out');
  if (o !== ordering)
    throw new AppError('invalid_cursor', 'The cursor belongs to a report with another sort, grouping or time zone');
  return k as StatsKeyset;
}
