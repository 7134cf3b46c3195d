import { count, sql } from 'drizzle-orm';
import { webhookEndpoints, type WebhookEndpoint } from '../../../schema';
import type { WebhookEvent } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { WEBHOOK_ENDPOINTS_PER_OWNER } from '../../domain/webhook-delivery';
import { generateWebhookSecret } from '../../domain/webhook-signature';
import { ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { assertWebhookUrl } from './check-webhook-url';
import { auditedEndpoint } from './find-webhook-endpoint';
import { ownedBy, webhookOwner, type WebhookScope } from './webhook-owner';

export interface NewWebhookEndpoint {
  scope: WebhookScope;
  url: string;
  description: string;
  events: WebhookEvent[];
}

/** An endpoint and its signing secret, which is shown this once. */
export interface IssuedWebhookEndpoint {
  row: WebhookEndpoint;
  secret: string;
}

export async function createWebhookEndpoint({
  ctx,
  input,
}: ServiceCall<NewWebhookEndpoint>): Promise<IssuedWebhookEndpoint> {
  const owner = webhookOwner({ ctx, input: { scope: input.scope } });
  assertWebhookUrl(ctx.config, input.url);
  const secret = generateWebhookSecret();
  const secretEncrypted = await encryptSecret(secret, ctx.config.DATA_ENCRYPTION_KEY);
  return inTransaction(ctx, async (tx) => {
    // Serializes creations of one owner, so two at once cannot both pass the limit.
    await tx.db.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook_endpoints:${owner.organizationId ?? owner.userId}`}, 0))`,
    );
    const [existing] = await tx.db.select({ n: count() }).from(webhookEndpoints).where(ownedBy(owner));
    if ((existing?.n ?? 0) >= WEBHOOK_ENDPOINTS_PER_OWNER)
      throw new ConflictError(`At most ${WEBHOOK_ENDPOINTS_PER_OWNER} webhook endpoints; delete one first`);
    const [row] = await tx.db
      .insert(webhookEndpoints)
      .values({
        ...owner,
        url: input.url,
        description: input.description,
        events: [...new Set(input.events)],
        secretEncrypted,
      })
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'webhook_endpoint.created',
        targetType: 'webhook_endpoint',
        targetId: row!.id,
        organizationId: owner.organizationId,
        after: auditedEndpoint(row!),
      },
    });
    return { row: row!, secret };
  });
}
