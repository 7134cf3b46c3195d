import { and, eq, type SQL } from 'drizzle-orm';
import { notifications } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';

/**
 * The signed-in user's in-app notifications this session may read. A white-label portal's session
 * sees only those of the portal's organization: the others name other advertisers, their
 * commissions and amounts (and account-wide ones belong to the platform's own site).
 */
export function inboxOf({ ctx }: ServiceCall<void>): SQL | undefined {
  const portal = portalScope(ctx);
  return and(
    eq(notifications.userId, actorId(ctx)),
    eq(notifications.channel, 'in_app'),
    eqIf(notifications.organizationId, portal),
  );
}
