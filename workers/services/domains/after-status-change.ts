import { and, eq, inArray } from 'drizzle-orm';
import { memberships, type CustomDomain } from '../../../schema';
import type { ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';
import { publishRouting } from '../tracking';

/**
 * What follows a committed status change: the tracker's host map is updated when the domain
 * starts or stops serving tracking links, and the owners and admins are told when it became
 * active or failed (once per change: the dedupe key names it).
 */
export async function afterStatusChange({
  ctx,
  input: { before, after },
}: ServiceCall<{ before: CustomDomain; after: CustomDomain }>): Promise<void> {
  if (before.status === after.status) return;
  if (before.status === 'active' || after.status === 'active')
    await publishRouting({ ctx, input: { host: after.hostname } });
  // An edition host's affiliate sees its live status on the edition; the advertiser's staff are not told.
  if (after.status === 'pending' || after.purpose === 'edition') return;
  const staff = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, after.organizationId), inArray(memberships.role, ['owner', 'admin'])));
  const active = after.status === 'active';
  await enqueueNotifications({
    ctx,
    input: {
      requests: staff.map(({ userId }) => ({
        v: 1 as const,
        userId,
        organizationId: after.organizationId,
        event: 'custom_domain' as const,
        title: active ? `${after.hostname} is active` : `${after.hostname} failed verification`,
        body: active
          ? `Your custom domain ${after.hostname} is verified and its certificate is issued.`
          : `Cloudflare could not verify ${after.hostname}: ${after.failureReason ?? 'no reason given'}. Check its DNS records, then re-verify.`,
        data: {
          domainId: after.id,
          hostname: after.hostname,
          status: after.status,
          previousStatus: before.status,
          // Cloudflare's own hostname status (moved, deleted, blocked…), which the templates word apart.
          cloudflareStatus: after.hostnameStatus,
          reason: after.failureReason,
        },
        dedupeKey: `custom_domain:${after.id}:${after.status}:${(after.checkedAt ?? ctx.now).toISOString()}:${userId}`,
      })),
    },
  });
}
