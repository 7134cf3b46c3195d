import { and, desc, eq } from 'drizzle-orm';
import { apiKeys, apps, type ApiKey } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from './get-app';

/** An app's keys, revoked ones included, newest first. */
export async function listApiKeys({ ctx, input }: ServiceCall<{ appId: string }>): Promise<ApiKey[]> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await findAppOrThrow({ ctx, input: { organizationId, appId: input.appId } });
  const rows = await ctx.db
    .select({ key: apiKeys })
    .from(apiKeys)
    .innerJoin(apps, eq(apps.id, apiKeys.appId))
    .where(and(eq(apiKeys.appId, input.appId), eq(apps.organizationId, organizationId)))
    .orderBy(desc(apiKeys.id));
  return rows.map((r) => r.key);
}
