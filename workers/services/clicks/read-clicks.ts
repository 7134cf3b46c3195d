import { and, eq } from 'drizzle-orm';
import { type Click, clicks, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { AudienceScope } from '../access';
import type { ClickKey } from './click-cursor';
import { afterClick, CLICK_ORDER, type ClickFilters, clickWhere } from './click-filters';
import type { TimeRange } from '../time-range';

export interface ClickRow {
  click: Click;
  programName: string | null;
}

export interface ClickQuery {
  scope: AudienceScope;
  filters: ClickFilters;
  range: TimeRange;
}

/** One page of clicks, newest first, after `after`. */
export function readClicks({
  ctx,
  input: { query, after, limit },
}: ServiceCall<{ query: ClickQuery; after: ClickKey | undefined; limit: number }>) {
  return ctx.db
    .select({ click: clicks, programName: programs.name })
    .from(clicks)
    .leftJoin(programs, eq(programs.id, clicks.programId))
    .where(and(clickWhere(query.scope, query.filters, query.range), afterClick(after)))
    .orderBy(...CLICK_ORDER)
    .limit(limit) satisfies Promise<ClickRow[]>;
}

export const clickKey = (row: ClickRow): ClickKey => ({ clickedAt: row.click.clickedAt, id: row.click.id });
