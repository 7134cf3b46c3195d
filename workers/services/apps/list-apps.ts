import { desc, eq } from 'drizzle-orm';
import { apps, type App } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/** The tenant's apps, newest first (a tenant has tens of apps, not thousands: no pagination). */
export async function listApps({ ctx }: ServiceCall<void>): Promise<App[]> {
  return ctx.db
    .select()
    .from(apps)
    .where(eq(apps.organizationId, actingAdvertiser(ctx).organizationId))
    .orderBy(desc(apps.id));
}
