import { and, eq } from 'drizzle-orm';
import { apiKeys, apps, type ApiKey } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A key of one of the tenant's apps, locked for a change; not_found for any other key. */
export async function findApiKeyForUpdate({
  ctx,
  input: { organizationId, appId, keyId },
}: ServiceCall<{ organizationId: string; appId: string; keyId: string }>): Promise<ApiKey> {
  const [row] = await ctx.db
    .select({ key: apiKeys })
    .from(apiKeys)
    .innerJoin(apps, eq(apps.id, apiKeys.appId))
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.appId, appId), eq(apps.organizationId, organizationId)))
    // Locks the app row too: key changes of one app run one at a time, which is fine.
    .for('update');
  if (!row) throw new NotFoundError('api key', keyId);
  return row.key;
}
