import { eq } from 'drizzle-orm';
import { orgPaypalAccounts, type PaypalMode } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { checkCredentials } from '../../integrations/paypal/get-access-token';
import { PayPalRequestError, PayPalUnavailableError } from '../../integrations/paypal/paypal-errors';
import { paypalAccountConfig, paypalConfig } from '../../integrations/paypal/paypal-config';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';
import { actorId, actingAdvertiser } from '../access';
import { getOrgPaypalAccount } from './get-org-paypal-account';
import { assertNoPayoutsInFlight } from './payouts-in-flight';

export interface ConnectOrgPaypalInput {
  mode: PaypalMode;
  clientId: string;
  clientSecret: string;
  webhookId: string | null;
}

/**
 * Connects (or replaces) the organization's own PayPal app. PayPal's token endpoint of the chosen
 * mode must accept the credentials first; a refusal stores nothing. Audited without the secret.
 */
export async function connectOrgPaypalAccount({ ctx, input }: ServiceCall<ConnectOrgPaypalInput>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const userId = actorId(ctx);
  const [current] = await ctx.db
    .select()
    .from(orgPaypalAccounts)
    .where(eq(orgPaypalAccounts.organizationId, organizationId));
  // The same app (mode and client id) with a new secret or webhook id pays from the same account.
  const sameApp = current?.mode === input.mode && current.clientId === input.clientId;
  const payingAccountChanges = !sameApp && (current !== undefined || paypalConfig(ctx.config) !== null);
  if (payingAccountChanges) await assertNoPayoutsInFlight({ ctx, input: { organizationId } });
  const cfg = paypalAccountConfig(ctx.config, { ...input });
  try {
    await checkCredentials(cfg);
  } catch (err) {
    if (err instanceof PayPalRequestError)
      throw new AppError('paypal_credentials_rejected', `PayPal (${input.mode}) refused these credentials`, {
        mode: input.mode,
        paypalError: err.paypalName,
      });
    if (err instanceof PayPalUnavailableError)
      throw new AppError('paypal_unavailable', 'PayPal could not be reached to check the credentials; try again');
    throw err;
  }
  const sealed = await encryptSecret(input.clientSecret, ctx.config.DATA_ENCRYPTION_KEY);
  const shown = { mode: input.mode, clientId: input.clientId, webhookId: input.webhookId };
  await inTransaction(ctx, async (tx) => {
    const values = {
      mode: input.mode,
      clientId: input.clientId,
      clientSecretEncrypted: sealed,
      webhookId: input.webhookId,
      verifiedAt: tx.now,
      updatedById: userId,
      updatedAt: tx.now,
    };
    await tx.db
      .insert(orgPaypalAccounts)
      .values({ organizationId, ...values })
      .onConflictDoUpdate({ target: orgPaypalAccounts.organizationId, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: current ? 'org_paypal.replaced' : 'org_paypal.connected',
        targetType: 'organization',
        targetId: organizationId,
        before: current ? { mode: current.mode, clientId: current.clientId, webhookId: current.webhookId } : null,
        after: shown,
      },
    });
  });
  return getOrgPaypalAccount({ ctx, input: undefined });
}
