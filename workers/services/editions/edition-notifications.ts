import { and, eq, inArray } from 'drizzle-orm';
import { apps, memberships, type Edition } from '../../../schema';
import type { ServiceCall } from '../../context';
import { enqueueNotifications, type NotificationRequest } from '../notifications';

/** What happened to an edition, as its notification (and the app's webhook) names it. */
export type EditionChange = 'submitted' | 'changed' | 'approved' | 'rejected' | 'suspended' | 'reinstated' | 'deleted';

const EN: Record<EditionChange, (name: string) => { title: string; body: string }> = {
  submitted: (n) => ({ title: `${n}: a new branded edition`, body: 'An affiliate submitted a branded edition.' }),
  changed: (n) => ({ title: `${n} was changed`, body: 'An affiliate changed a live branded edition.' }),
  approved: (n) => ({ title: `${n} is live`, body: 'The advertiser approved your branded edition.' }),
  rejected: (n) => ({ title: `${n} was not approved`, body: 'The advertiser rejected your branded edition.' }),
  suspended: (n) => ({ title: `${n} is suspended`, body: 'The advertiser suspended your branded edition.' }),
  reinstated: (n) => ({ title: `${n} is live again`, body: 'The advertiser reinstated your branded edition.' }),
  deleted: (n) => ({ title: `${n} was deleted`, body: 'The branded edition was deleted.' }),
};

/**
 * Tells who needs to know after the change committed: the affiliate of the advertiser's decisions, the
 * advertiser's owners and admins of a submission and of an affiliate's change to a live or suspended edition. Every one names the change and the edition, so the
 * notification templates word it in the reader's language and the app's webhook endpoints (event
 * `edition`, data.type edition.updated / edition.deleted) refresh their cache.
 */
export async function notifyEditionChange({
  ctx,
  input: { edition, change, reason },
}: ServiceCall<{ edition: Edition; change: EditionChange; reason: string | null }>): Promise<void> {
  const [app] = await ctx.db.select({ name: apps.name }).from(apps).where(eq(apps.id, edition.appId));
  const recipients =
    change === 'submitted' || change === 'changed'
      ? (
          await ctx.db
            .select({ userId: memberships.userId })
            .from(memberships)
            .where(
              and(
                eq(memberships.organizationId, edition.organizationId),
                inArray(memberships.role, ['owner', 'admin']),
              ),
            )
        ).map((m) => m.userId)
      : [edition.affiliateId];
  const text = EN[change](edition.name);
  const requests: NotificationRequest[] = recipients.map((userId) => ({
    v: 1,
    userId,
    organizationId: edition.organizationId,
    event: 'edition',
    title: text.title.slice(0, 200),
    body: reason ? `${text.body} Reason: ${reason}` : text.body,
    data: {
      type: change === 'deleted' ? 'edition.deleted' : 'edition.updated',
      change,
      editionId: edition.id,
      appId: edition.appId,
      appName: app?.name ?? null,
      editionName: edition.name,
      host: edition.host,
      status: edition.status,
      version: edition.version,
      reason,
    },
    dedupeKey: `edition:${edition.id}:${change}:${edition.version}:${userId}`,
  }));
  await enqueueNotifications({ ctx, input: { requests } });
}
