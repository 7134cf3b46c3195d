import { and, eq } from 'drizzle-orm';
import { apps, type App } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/** An app of `organizationId`; not_found for an app of another tenant. `lock` takes a row lock. */
export async function findAppOrThrow({
  ctx,
  input: { organizationId, appId, lock = false },
}: ServiceCall<{ organizationId: string; appId: string; lock?: boolean }>): Promise<App> {
  const query = ctx.db
    .select()
    .from(apps)
    .where(and(eq(apps.id, appId), eq(apps.organizationId, organizationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('app', appId);
  return row;
}

export async function getApp({ ctx, input }: ServiceCall<{ appId: string }>): Promise<App> {
  return findAppOrThrow({ ctx, input: { organizationId: actingAdvertiser(ctx).organizationId, appId: input.appId } });
}
