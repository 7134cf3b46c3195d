import { sql } from 'drizzle-orm';
import { notificationPreferences } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { ExplicitPreference } from '../../domain/notification-preferences';

/** Upserts a user's preference cells (the ones given; the others keep theirs): the one store of these choices. */
export async function writePreferences({
  ctx: { db, now },
  input: { userId, changes },
}: ServiceCall<{ userId: string; changes: readonly ExplicitPreference[] }>): Promise<void> {
  if (changes.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(changes.map((c) => ({ userId, ...c, createdAt: now, updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.event, notificationPreferences.channel],
      set: { enabled: sql`excluded.enabled`, updatedAt: now },
    });
}
