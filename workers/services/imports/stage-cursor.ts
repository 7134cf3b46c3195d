import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { importItems, type ImportItem, type ImportJob } from '../../../schema';
import type { ImportItemKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

/** Kinds in the order they must be decided: a customer's or commission's affiliate first. */
export const KIND_ORDER: readonly ImportItemKind[] = ['affiliate', 'customer', 'balance', 'payment'];

export interface StageCursor {
  kind: number;
  afterId: string | null;
}

export const stageCursorOf = (cursor: Record<string, unknown>): StageCursor => ({
  kind: typeof cursor.kind === 'number' ? cursor.kind : 0,
  afterId: typeof cursor.afterId === 'string' ? cursor.afterId : null,
});

/**
 * The next chunk of the stage: the current kind's records after the cursor (`pendingOnly`: not yet
 * applied), moving to the next kind when one is done. Answers NULL when every kind is done.
 */
export async function nextChunk({
  ctx,
  input: { job, cursor, size, pendingOnly },
}: ServiceCall<{ job: ImportJob; cursor: StageCursor; size: number; pendingOnly: boolean }>): Promise<{
  items: ImportItem[];
  cursor: StageCursor;
} | null> {
  for (let kind = cursor.kind; kind < KIND_ORDER.length; kind++) {
    const afterId = kind === cursor.kind ? cursor.afterId : null;
    const items = await ctx.db
      .select()
      .from(importItems)
      .where(
        and(
          eq(importItems.jobId, job.id),
          eq(importItems.kind, KIND_ORDER[kind]!),
          // A record the source check refused stays a conflict: no stage decides it again.
          sql`NOT (coalesce(${importItems.outcome}, '') = 'conflict' AND coalesce(${importItems.reason}, '') LIKE 'invalid_record%')`,
          afterId ? gt(importItems.id, afterId) : undefined,
          pendingOnly ? isNull(importItems.appliedAt) : undefined,
        ),
      )
      .orderBy(asc(importItems.id))
      .limit(size);
    if (items.length > 0) return { items, cursor: { kind, afterId: items.at(-1)!.id } };
  }
  return null;
}
