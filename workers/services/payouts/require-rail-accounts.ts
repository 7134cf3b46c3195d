import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { railRefusal } from '../../domain/payout-rails';
import { AppError } from '../../errors/app-error';
import { batchRails } from './batch-rails';
import { payoutRail } from './rails/registry';

/**
 * Before a batch is sent: every rail it has items on must have an account to pay from, and must
 * pay the batch's currency; otherwise nothing is sent and the answer says which rail is missing
 * (payouts_not_configured, stripe_payouts_not_configured, rail_currency_unsupported).
 */
export async function requireRailAccounts({
  ctx,
  input,
}: ServiceCall<{ batchId: string; organizationId: string; currency: string }>): Promise<PayoutRail[]> {
  const rails = await batchRails({ ctx, input: { batchId: input.batchId } });
  for (const rail of rails) {
    const refusal = railRefusal(rail, input.currency);
    if (refusal)
      throw new AppError(refusal, `${payoutRail(rail).facts.label} cannot pay ${input.currency}`, {
        rail,
        currency: input.currency,
      });
    await payoutRail(rail).requireAccount({ ctx, input: { organizationId: input.organizationId } });
  }
  return rails;
}
