import { eq } from 'drizzle-orm';
import { orgTremendousAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { fundingSourcesOf, knowsFundingSource } from './funding-sources-of';
import { getOrgTremendousAccount } from './get-org-tremendous-account';

export interface ConnectOrgTremendousInput {
  apiKey: string;
  /** The webhook's private key; null keeps results to polling. */
  webhookKey: string | null;
  /** A funding source of the account (GET /funding_sources), or `balance`. */
  fundingSourceId: string;
  allowBelowMinimum: boolean;
}

/**
 * Connects (or replaces) the organization's own Tremendous account for gift cards. Tremendous must
 * accept the key and know the funding source first (GET /funding_sources); a refusal stores nothing.
 * Both secrets are sealed with DATA_ENCRYPTION_KEY as the PayPal and Stripe credentials are; the audit has neither.
 */
export async function connectOrgTremendousAccount({ ctx, input }: ServiceCall<ConnectOrgTremendousInput>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [current] = await ctx.db
    .select()
    .from(orgTremendousAccounts)
    .where(eq(orgTremendousAccounts.organizationId, organizationId));
  const sources = await fundingSourcesOf({ ctx, input: { apiKey: input.apiKey } });
  const known = knowsFundingSource(sources, input.fundingSourceId);
  if (!known)
    throw new AppError('validation_failed', 'This Tremendous account has no such funding source', {
      fundingSourceId: input.fundingSourceId,
    });
  const key = ctx.config.DATA_ENCRYPTION_KEY;
  const shown = {
    apiKeyLast4: input.apiKey.slice(-4),
    webhookKeySet: input.webhookKey !== null,
    fundingSourceId: input.fundingSourceId,
    allowBelowMinimum: input.allowBelowMinimum,
  };
  const values = {
    apiKeyEncrypted: await encryptSecret(input.apiKey, key),
    apiKeyLast4: shown.apiKeyLast4,
    webhookKeyEncrypted: input.webhookKey ? await encryptSecret(input.webhookKey, key) : null,
    fundingSourceId: input.fundingSourceId,
    allowBelowMinimum: input.allowBelowMinimum,
    updatedById: actorId(ctx),
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(orgTremendousAccounts)
      .values({ organizationId, ...values })
      .onConflictDoUpdate({ target: orgTremendousAccounts.organizationId, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: current ? 'org_tremendous.replaced' : 'org_tremendous.connected',
        targetType: 'organization',
        targetId: organizationId,
        before: current
          ? {
              apiKeyLast4: current.apiKeyLast4,
              webhookKeySet: current.webhookKeyEncrypted !== null,
              fundingSourceId: current.fundingSourceId,
              allowBelowMinimum: current.allowBelowMinimum,
            }
          : null,
        after: shown,
      },
    });
  });
  return getOrgTremendousAccount({ ctx, input: undefined });
}
