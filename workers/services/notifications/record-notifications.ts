import { inArray } from 'drizzle-orm';
import { notificationPreferences, notifications, organizations, users } from '../../../schema';
import { UserNotificationChannel } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { isChannelEnabled } from '../../domain/notification-preferences';
import { renderNotification } from '../../domain/notification-templates';
import { telegramConfig } from '../../integrations/telegram/send-message';
import type { NotificationRequest } from './notification-request';
import { signupPortalBrands } from './signup-portal-brands';

type Row = typeof notifications.$inferInsert;

/**
 * Writes one row per request and per channel the recipient wants and can be reached on, once
 * per dedupe key: a redelivered message inserts nothing. In-app rows are the inbox and are sent
 * as written; email and Telegram rows wait as pending for deliverNotifications. Each message is
 * rendered in the user's language under the advertiser's brand (for a message about the account
 * itself, the brand of the portal the user signed up on), so the text of every channel
 * is fixed when the event happens. Returns how many rows were new.
 */
export async function recordNotifications({
  ctx,
  input,
}: ServiceCall<{ requests: NotificationRequest[] }>): Promise<number> {
  if (input.requests.length === 0) return 0;
  const userIds = [...new Set(input.requests.map((r) => r.userId))];
  const orgIds = [...new Set(input.requests.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const people = new Map(
    (
      await ctx.db
        .select({
          id: users.id,
          locale: users.locale,
          email: users.email,
          deletedAt: users.deletedAt,
          telegramChatId: users.telegramChatId,
        })
        .from(users)
        .where(inArray(users.id, userIds))
    ).map((u) => [u.id, u]),
  );
  const chosen = await ctx.db
    .select()
    .from(notificationPreferences)
    .where(inArray(notificationPreferences.userId, userIds));
  const brands = new Map(
    orgIds.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: organizations.id, name: organizations.name, branding: organizations.branding })
            .from(organizations)
            .where(inArray(organizations.id, orgIds))
        ).map((o) => [o.id, o.branding.portalName?.trim() || o.name]),
  );
  // A message about the account itself carries the brand of the portal the user signed up on.
  const portalBrands = await signupPortalBrands({
    ctx,
    input: [...new Set(input.requests.filter((r) => !r.organizationId).map((r) => r.userId))],
  });
  const telegramOn = telegramConfig(ctx.config) !== null;

  const rows: Row[] = [];
  for (const r of input.requests) {
    const user = people.get(r.userId);
    if (!user) {
      // A producer's bug: the foreign key refuses this in-app row, and the message goes to the
      // dead letters with Postgres's reason instead of vanishing.
      rows.push({
        userId: r.userId,
        organizationId: r.organizationId,
        channel: 'in_app',
        event: r.event,
        title: r.title,
        body: r.body,
        data: r.data,
        status: 'sent',
        dedupeKey: `${r.dedupeKey}:in_app`,
      });
      continue;
    }
    if (user.deletedAt) continue;
    const explicit = chosen.filter((p) => p.userId === r.userId);
    const text = renderNotification({
      event: r.event,
      data: r.data,
      locale: user.locale,
      brand: r.organizationId ? (brands.get(r.organizationId) ?? null) : (portalBrands.get(r.userId) ?? null),
      fallback: { title: r.title, body: r.body },
    });
    const reachable = {
      in_app: true,
      email: Boolean(user.email),
      telegram: telegramOn && Boolean(user.telegramChatId),
    };
    for (const channel of UserNotificationChannel) {
      if (!reachable[channel] || !isChannelEnabled(r.event, channel, explicit)) continue;
      const base = {
        userId: r.userId,
        organizationId: r.organizationId,
        channel,
        event: r.event,
        data: r.data,
        dedupeKey: `${r.dedupeKey}:${channel}`,
      };
      if (channel === 'in_app')
        rows.push({ ...base, title: text.title, body: text.body, status: 'sent', sentAt: ctx.now, attempts: 1 });
      else
        rows.push({
          ...base,
          title: channel === 'email' ? text.subject : text.title,
          body: text.text,
          status: 'pending',
          nextAttemptAt: ctx.now,
        });
    }
  }
  if (rows.length === 0) return 0;
  const inserted = await ctx.db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}
