import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys, apps } from '../../../schema';
import type { ServiceCall } from '../../context';
import { apiKeyLookupHash } from '../../domain/api-key';
import { decryptSecret } from '../encryption';
import { AppError } from '../../errors/app-error';

export interface AppCredentials {
  keyId: string;
  appId: string;
  organizationId: string;
  /** The HMAC secret the request must be signed with. */
  signingSecret: string;
  lastUsedAt: Date | null;
}

/**
 * The app behind a presented API key and the key's signing secret. Unknown and revoked keys get
 * the same 401, so a caller cannot tell which one it holds; a disabled or archived app refuses.
 */
export async function authenticateAppKey({ ctx, input }: ServiceCall<{ key: string }>): Promise<AppCredentials> {
  const hash = await apiKeyLookupHash(input.key);
  const [row] = hash
    ? await ctx.db
        .select({ key: apiKeys, organizationId: apps.organizationId, appStatus: apps.status })
        .from(apiKeys)
        .innerJoin(apps, eq(apps.id, apiKeys.appId))
        .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    : [];
  if (!row) throw new AppError('unauthorized', 'The API key is unknown or revoked');
  if (row.appStatus !== 'active')
    throw new AppError('forbidden', `The app is ${row.appStatus}: it does not accept conversions`);
  return {
    keyId: row.key.id,
    appId: row.key.appId,
    organizationId: row.organizationId,
    signingSecret: await decryptSecret(row.key.signingSecretEncrypted, ctx.config.DATA_ENCRYPTION_KEY),
    lastUsedAt: row.key.lastUsedAt,
  };
}
