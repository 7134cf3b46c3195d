import { sql } from 'drizzle-orm';
import { notificationPreferences } from '../../../schema';
import type { Executor } from '../../db/client';
import type { ExplicitPreference } from '../../domain/notification-preferences';

/** Upserts a user's preference cells (the ones given; the others keep theirs): the one store of these choices. */
export async function writePreferences(
  db: Executor,
  userId: string,
  changes: readonly ExplicitPreference[],
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(changes.map((c) => ({ userId, ...c, createdAt: now, updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.event, notificationPreferences.channel],
      set: { enabled: sql`excluded.enabled`, updatedAt: now },
    });
}
