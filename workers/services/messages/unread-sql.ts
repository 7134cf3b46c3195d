import { type SQL, sql } from 'drizzle-orm';
import type { MessageSide } from '../../../schema/enums';

const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * How many of the other side's messages in a thread (a column of the outer query) the reader has not read:
 * those after their read mark, or all of them before they first opened it.
 */
export function unreadSql(threadId: SQL | unknown, readerId: string, otherSide: MessageSide): SQL<number> {
  return sql<number>`(SELECT count(*)::int FROM affiliate.messages um
    WHERE um.thread_id = ${threadId} AND um.side = ${otherSide}
      AND um.id > COALESCE((SELECT ur.last_read_message_id FROM affiliate.message_reads ur
        WHERE ur.thread_id = ${threadId} AND ur.user_id = ${readerId}), ${NIL}::uuid))`;
}
