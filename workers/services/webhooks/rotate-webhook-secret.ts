import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { WEBHOOK_ROTATION_OVERLAP_MS } from '../../domain/webhook-delivery';
import { generateWebhookSecret } from '../../domain/webhook-signature';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import type { IssuedWebhookEndpoint } from './create-webhook-endpoint';
import { auditedEndpoint, findWebhookEndpointOrThrow } from './find-webhook-endpoint';
import { webhookOwner, type WebhookScope } from './webhook-owner';

/**
 * Issues a new secret, shown once. The old one keeps signing beside it for the overlap, so the
 * receiver can deploy the new secret without refusing deliveries meanwhile.
 */
export async function rotateWebhookSecret({
  ctx,
  input,
}: ServiceCall<{ scope: WebhookScope; endpointId: string }>): Promise<IssuedWebhookEndpoint> {
  const owner = webhookOwner({ ctx, input: { scope: input.scope } });
  const secret = generateWebhookSecret();
  const secretEncrypted = await encryptSecret(secret, ctx.config.DATA_ENCRYPTION_KEY);
  return inTransaction(ctx, async (tx) => {
    const before = await findWebhookEndpointOrThrow({
      ctx: tx,
      input: { owner, endpointId: input.endpointId, forUpdate: true },
    });
    const [row] = await tx.db
      .update(webhookEndpoints)
      .set({
        secretEncrypted,
        previousSecretEncrypted: before.secretEncrypted,
        previousSecretExpiresAt: new Date(tx.now.getTime() + WEBHOOK_ROTATION_OVERLAP_MS),
      })
      .where(eq(webhookEndpoints.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'webhook_endpoint.secret_rotated',
        targetType: 'webhook_endpoint',
        targetId: before.id,
        organizationId: owner.organizationId,
        before: auditedEndpoint(before),
        after: auditedEndpoint(row!),
      },
    });
    return { row: row!, secret };
  });
}
