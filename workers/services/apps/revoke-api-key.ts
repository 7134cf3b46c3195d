import { eq } from 'drizzle-orm';
import { apiKeys } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { auditedKey } from './create-api-key';
import { findApiKeyForUpdate } from './find-api-key';

/** Revokes a key at once; revoking a revoked key changes nothing. */
export async function revokeApiKey({ ctx, input }: ServiceCall<{ appId: string; keyId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const key = await findApiKeyForUpdate({
      ctx: tx,
      input: { organizationId, appId: input.appId, keyId: input.keyId },
    });
    if (key.revokedAt) return;
    const [revoked] = await tx.db.update(apiKeys).set({ revokedAt: tx.now }).where(eq(apiKeys.id, key.id)).returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'api_key.revoked',
        targetType: 'api_key',
        targetId: key.id,
        before: auditedKey(key),
        after: auditedKey(revoked!),
      },
    });
  });
}
