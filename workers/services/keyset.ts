import { and, asc, desc, eq, gt, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
import type { SortDirection } from '../contracts/list-sort';
import { AppError } from '../errors/app-error';

/**
 * Keyset paging on (key, id): a list sorted by any column stays stable page after page, because the id breaks
 * ties in the same direction. The cursor stays the last row's id; its key is read back by `cursorKey`.
 */
export function keysetOrder(key: AnyColumn, id: AnyColumn, direction: SortDirection): SQL[] {
  const by = direction === 'desc' ? desc : asc;
  return [by(key), by(id)];
}

/** The rows after the cursor row (key value `at`, id `cursor`) in that order. */
export function keysetAfter(
  key: AnyColumn,
  id: AnyColumn,
  direction: SortDirection,
  at: { key: unknown; cursor: string } | undefined,
): SQL | undefined {
  if (!at) return undefined;
  const past = direction === 'desc' ? lt : gt;
  return or(past(key, at.key), and(eq(key, at.key), past(id, at.cursor)));
}

/** The cursor row's key, read in the caller's scope; a cursor that names no row of it is invalid_cursor. */
export function cursorKeyOf<T>(rows: { key: T }[]): { key: T } {
  const row = rows[0];
  if (!row) throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
  return row;
}
