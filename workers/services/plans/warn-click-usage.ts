import { and, eq, inArray } from 'drizzle-orm';
import { memberships, organizations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { crossedWarnings } from '../../domain/plan-limits';
import { enqueueNotifications, type NotificationRequest } from '../notifications';

/** A month counter after a batch: its total now, how much the batch added, and the plan's limit (null: unlimited). */
export interface UsageAfterBatch {
  organizationId: string;
  month: string;
  clicks: number;
  added: number;
  allowed: number | null;
}

/**
 * Warns an organization's owners and admins in-app when a batch takes its month past 80 % or
 * 100 % of the plan's clicks. Once per threshold and month: the dedupe key names both, so a
 * redelivered batch or two racing batches notify once.
 */
export async function warnClickUsage({ ctx, input }: ServiceCall<{ usage: UsageAfterBatch[] }>): Promise<void> {
  const crossings = input.usage.flatMap(({ allowed, ...u }) =>
    allowed === null
      ? []
      : crossedWarnings(u.clicks - u.added, u.clicks, allowed).map((percent) => ({ ...u, percent, allowed })),
  );
  if (crossings.length === 0) return;
  const orgIds = [...new Set(crossings.map((c) => c.organizationId))];
  const staff = await ctx.db
    .select({ userId: memberships.userId, organizationId: memberships.organizationId, orgName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(inArray(memberships.organizationId, orgIds), inArray(memberships.role, ['owner', 'admin'])));
  const requests: NotificationRequest[] = crossings.flatMap((c) =>
    staff
      .filter((s) => s.organizationId === c.organizationId)
      .map((s) => ({
        v: 1 as const,
        userId: s.userId,
        organizationId: c.organizationId,
        event: 'plan_limit_warning' as const,
        title:
          c.percent >= 100
            ? `${s.orgName} reached its plan's monthly clicks`
            : `${s.orgName} used ${c.percent} % of its plan's monthly clicks`,
        body:
          c.percent >= 100
            ? `${c.clicks} of ${c.allowed} clicks this month. Clicks are still redirected; past the grace margin they are no longer attributed. Upgrade the plan to keep every click.`
            : `${c.clicks} of ${c.allowed} clicks this month. Consider upgrading before the limit is reached.`,
        data: { limit: 'clicks', percent: c.percent, used: c.clicks, allowed: c.allowed, month: c.month },
        dedupeKey: `plan_limit_warning:${c.organizationId}:${c.month}:${c.percent}:${s.userId}`,
      })),
  );
  await enqueueNotifications({ ctx, input: { requests } });
}
