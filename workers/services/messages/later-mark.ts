import { sql } from 'drizzle-orm';

/** A read mark only moves forward: two tabs reading at once never take it back (UUIDv7 ids sort by time). */
export const laterMark = sql`GREATEST(${sql.raw('"affiliate"."message_reads"."last_read_message_id"')}, excluded.last_read_message_id)`;
