import { and, desc, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import { deadLetters, type DeadLetter } from '../../../schema';
import type { ServiceCall } from '../../context';
import { requirePlatformStaff } from '../access';

export interface DeadLetterFilters {
  limit: number;
  cursor?: string | undefined;
  queue?: string | undefined;
  replayed?: boolean | undefined;
}

/** Messages every queue gave up on, newest first, for platform staff; one row beyond `limit` marks a next page. */
export async function listDeadLetters({ ctx, input }: ServiceCall<DeadLetterFilters>): Promise<DeadLetter[]> {
  requirePlatformStaff(ctx);
  return ctx.db
    .select()
    .from(deadLetters)
    .where(
      and(
        input.queue ? eq(deadLetters.queue, input.queue) : undefined,
        input.replayed === undefined
          ? undefined
          : input.replayed
            ? isNotNull(deadLetters.replayedAt)
            : isNull(deadLetters.replayedAt),
        input.cursor ? lt(deadLetters.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(deadLetters.id))
    .limit(input.limit + 1);
}
