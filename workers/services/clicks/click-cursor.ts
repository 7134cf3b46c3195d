import { fromBase64url, toBase64url } from '../../domain/base64url';
import { AppError } from '../../errors/app-error';

/** Where a page of clicks ended, in the list's order (clicked_at desc, id desc). */
export interface ClickKey {
  clickedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque to clients, so the order's columns can change without breaking their stored cursors' meaning. */
export function encodeClickCursor(key: ClickKey): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify([key.clickedAt.getTime(), key.id])));
}

/** The key inside a cursor this API made; anything else is invalid_cursor, never a 500. */
export function decodeClickCursor(cursor: string): ClickKey {
  try {
    const [ms, id] = JSON.parse(new TextDecoder().decode(fromBase64url(cursor))) as unknown[];
    if (typeof ms === 'number' && Number.isSafeInteger(ms) && ms >= 0 && typeof id === 'string' && UUID.test(id))
      return { clickedAt: new Date(ms), id };
  } catch {
    // falls through to the one answer for every malformed cursor
  }
  throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
}
