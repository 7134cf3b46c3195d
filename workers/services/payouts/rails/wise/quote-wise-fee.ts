import type { ServiceCall } from '../../../../context';
import { affiliateScope } from '../../../access';
import { callWise } from './call-wise';
import { quoteForItem } from './quote-for-item';
import { requireWiseAccount } from '../../../wise-accounts';

/**
 * What Wise would charge to pay `amountMinor` of `currency` into a bank account in `targetCurrency`, from a live
 * quote: shown to the affiliate before they choose Wise (the advertiser pays the fee on top).
 */
export async function quoteWiseFee({
  ctx,
  input,
}: ServiceCall<{ currency: string; targetCurrency: string; amountMinor: number }>) {
  const { organizationId } = affiliateScope(ctx);
  const cfg = await requireWiseAccount({ ctx, input: { organizationId } });
  const quote = await callWise(() => quoteForItem(cfg, input));
  return { currency: input.currency, amountMinor: input.amountMinor, ...quote };
}
