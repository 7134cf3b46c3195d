import { apiKeys, type ApiKey } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { generateApiKey } from '../../domain/api-key';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { actorId, actingAdvertiser } from '../access';
import { findAppOrThrow } from './get-app';

export interface IssuedApiKey {
  row: ApiKey;
  /** Shown once: only its hash is stored. */
  key: string;
  /** Shown once: stored encrypted, for verifying request signatures. */
  signingSecret: string;
}

/** Inserts a fresh key for `appId` in the caller's transaction. */
export async function issueApiKey({
  ctx: tx,
  input: { appId, name },
}: ServiceCall<{ appId: string; name: string }>): Promise<IssuedApiKey> {
  const generated = await generateApiKey();
  const [row] = await tx.db
    .insert(apiKeys)
    .values({
      appId,
      name,
      prefix: generated.prefix,
      keyHash: generated.keyHash,
      last4: generated.last4,
      signingSecretEncrypted: await encryptSecret(generated.signingSecret, tx.config.DATA_ENCRYPTION_KEY),
      createdById: actorId(tx),
    })
    .returning();
  return { row: row!, key: generated.key, signingSecret: generated.signingSecret };
}

/** What the audit trail keeps of a key: never the hash or the sealed secret. */
export const auditedKey = (row: ApiKey) => ({
  id: row.id,
  appId: row.appId,
  name: row.name,
  prefix: row.prefix,
  last4: row.last4,
  revokedAt: row.revokedAt,
});

export async function createApiKey({
  ctx,
  input,
}: ServiceCall<{ appId: string; name: string }>): Promise<IssuedApiKey> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  return inTransaction(ctx, async (tx) => {
    const app = await findAppOrThrow({ ctx: tx, input: { organizationId, appId: input.appId } });
    const issued = await issueApiKey({ ctx: tx, input: { appId: app.id, name: input.name } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: issued.row.id,
        after: auditedKey(issued.row),
      },
    });
    return issued;
  });
}
