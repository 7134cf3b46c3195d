import { eq } from 'drizzle-orm';
import { apiKeys } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { auditedKey, issueApiKey, type IssuedApiKey } from './create-api-key';
import { findApiKeyForUpdate } from './find-api-key';

/** Revokes a live key and issues its replacement under the same name, atomically. */
export async function rotateApiKey({
  ctx,
  input,
}: ServiceCall<{ appId: string; keyId: string }>): Promise<IssuedApiKey> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  return inTransaction(ctx, async (tx) => {
    const old = await findApiKeyForUpdate({
      ctx: tx,
      input: { organizationId, appId: input.appId, keyId: input.keyId },
    });
    if (old.revokedAt) throw new ConflictError('The key is already revoked; create a new one instead');
    const [revoked] = await tx.db.update(apiKeys).set({ revokedAt: tx.now }).where(eq(apiKeys.id, old.id)).returning();
    const issued = await issueApiKey({ ctx: tx, input: { appId: old.appId, name: old.name } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'api_key.rotated',
        targetType: 'api_key',
        targetId: old.id,
        before: auditedKey(revoked!),
        after: auditedKey(issued.row),
      },
    });
    return issued;
  });
}
