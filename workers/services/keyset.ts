import { and, asc, desc, eq, gt, lt, or, type AnyColumn, type SQL } from 'drizzle-orm';
import type { SortDirection } from '../contracts/list-sort';
import { AppError } from '../errors/app-error';

/**
 * Keyset paging on (key, id): a list sorted by any column stays stable page after page, because the id breaks
 * ties in the same direction. The cursor stays the last row's id; its key is read back by `cursorKey`.
 */
function keysetOrder(key: AnyColumn, id: AnyColumn, direction: SortDirection): SQL[] {
  const by = direction === 'desc' ? desc : asc;
  return [by(key), by(id)];
}

/** The rows after the cursor row (key value `at`, id `cursor`) in that order. */
function keysetAfter(
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
function cursorKeyOf<T>(rows: { key: T }[]): { key: T } {
  const row = rows[0];
  if (!row) throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
  return row;
}

/**
 * A page's order and its "after the cursor" condition in one: `readKey` reads the cursor row's sort key
 * within the caller's scope (its tenant), so another tenant's cursor is invalid_cursor like an unknown id.
 */
export async function keysetPaging(
  key: AnyColumn,
  id: AnyColumn,
  direction: SortDirection,
  cursor: string | undefined,
  readKey: (cursor: string) => Promise<{ key: unknown }[]>,
): Promise<{ after: SQL | undefined; orderBy: SQL[] }> {
  const at = cursor === undefined ? undefined : { key: cursorKeyOf(await readKey(cursor)).key, cursor };
  return { after: keysetAfter(key, id, direction, at), orderBy: keysetOrder(key, id, direction) };
}
