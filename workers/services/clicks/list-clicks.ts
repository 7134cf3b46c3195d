import type { ServiceCall } from '../../context';
import { type Audience, audienceScope } from '../access';
import { decodeClickCursor, encodeClickCursor } from './click-cursor';
import type { ClickFilters } from './click-filters';
import { type ClickRow, clickKey, readClicks } from './read-clicks';
import { timeRange } from '../time-range';

export type ListClicksInput = ClickFilters & {
  audience: Audience;
  limit: number;
  /** nextCursor of the previous page. */
  cursor?: string | undefined;
};

export interface ClickPage {
  rows: ClickRow[];
  nextCursor: string | null;
}

/** A page of the click log, newest first, in the caller's scope (see Audience). */
export async function listClicks({ ctx, input }: ServiceCall<ListClicksInput>): Promise<ClickPage> {
  const after = input.cursor === undefined ? undefined : decodeClickCursor(input.cursor);
  const scope = audienceScope(ctx, input.audience, input.organizationId);
  const query = { scope, filters: input, range: timeRange(input, ctx.now) };
  const rows = await readClicks({ ctx, input: { query, after, limit: input.limit + 1 } });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { rows: items, nextCursor: rows.length > input.limit && last ? encodeClickCursor(clickKey(last)) : null };
}
