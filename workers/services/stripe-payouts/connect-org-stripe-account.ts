import { eq } from 'drizzle-orm';
import { orgStripeAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { getPlatformAccount, StripeApiError } from '../../integrations/stripe';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { getOrgStripeAccount } from './get-org-stripe-account';
import { assertNoStripePayoutsInFlight } from './stripe-payouts-in-flight';

export interface ConnectOrgStripeInput {
  secretKey: string;
  /** The Connect webhook endpoint's signing secret; null keeps results to polling. */
  webhookSecret: string | null;
}

/**
 * Connects (or replaces) the organization's own Stripe account for payouts. Stripe must accept
 * the key first (GET /v1/account); a refusal stores nothing. Replacing it with another account is
 * refused while Stripe payouts are open. Both secrets are stored encrypted; the audit has neither.
 */
export async function connectOrgStripeAccount({ ctx, input }: ServiceCall<ConnectOrgStripeInput>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const userId = actorId(ctx);
  const [current] = await ctx.db
    .select()
    .from(orgStripeAccounts)
    .where(eq(orgStripeAccounts.organizationId, organizationId));
  let account: { id: string };
  try {
    account = await getPlatformAccount({ baseUrl: ctx.config.STRIPE_API_BASE_URL, secretKey: input.secretKey });
  } catch (err) {
    if (err instanceof StripeApiError && err.status !== null && err.status < 500)
      throw new AppError('stripe_credentials_rejected', 'Stripe refused this secret key', { stripeError: err.type });
    if (err instanceof StripeApiError)
      throw new AppError('stripe_unavailable', 'Stripe could not be reached to check the key; try again');
    throw err;
  }
  if (current?.stripeAccountId !== account.id) await assertNoStripePayoutsInFlight({ ctx, input: { organizationId } });
  const key = ctx.config.DATA_ENCRYPTION_KEY;
  const livemode = input.secretKey.startsWith('sk_live_');
  const shown = {
    stripeAccountId: account.id,
    livemode,
    secretKeyLast4: input.secretKey.slice(-4),
    webhookSecretSet: input.webhookSecret !== null,
  };
  const values = {
    stripeAccountId: account.id,
    livemode,
    secretKeyLast4: shown.secretKeyLast4,
    secretKeyEncrypted: await encryptSecret(input.secretKey, key),
    webhookSecretEncrypted: input.webhookSecret ? await encryptSecret(input.webhookSecret, key) : null,
    verifiedAt: ctx.now,
    updatedById: userId,
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(orgStripeAccounts)
      .values({ organizationId, ...values })
      .onConflictDoUpdate({ target: orgStripeAccounts.organizationId, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: current ? 'org_stripe.replaced' : 'org_stripe.connected',
        targetType: 'organization',
        targetId: organizationId,
        before: current
          ? {
              stripeAccountId: current.stripeAccountId,
              livemode: current.livemode,
              secretKeyLast4: current.secretKeyLast4,
              webhookSecretSet: current.webhookSecretEncrypted !== null,
            }
          : null,
        after: shown,
      },
    });
  });
  return getOrgStripeAccount({ ctx, input: undefined });
}
