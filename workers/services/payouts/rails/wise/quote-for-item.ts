import {
  balanceOption,
  createQuote,
  currencyDigits,
  fromWiseAmount,
  toWiseAmount,
  type WiseConfig,
} from '../../../../integrations/wise';

export interface WiseItemQuote {
  quoteId: string;
  /** What leaves the advertiser's Wise balance, in the item currency's minor units (the amount plus Wise's fee). */
  sourceMinor: number;
  /** Wise's fee, in the item currency's minor units. */
  feeMinor: number;
  /** What reaches the affiliate's bank account, in the target currency's minor units. */
  targetMinor: number;
  targetCurrency: string;
  rate: number;
  estimatedDelivery: string | null;
}

/**
 * A quote that pays the affiliate the whole item: Wise's fee is on top, as every rail's fee is (the advertiser
 * pays it, never the affiliate). In one currency the quote fixes the target amount; across currencies a first
 * quote gives the rate, and the second fixes the converted amount as the target.
 */
export async function quoteForItem(
  cfg: WiseConfig,
  q: { amountMinor: number; currency: string; targetCurrency: string; targetAccount?: number },
): Promise<WiseItemQuote> {
  const amount = toWiseAmount(q.amountMinor, q.currency);
  let targetAmount = amount;
  if (q.targetCurrency !== q.currency) {
    const first = await createQuote(cfg, {
      sourceCurrency: q.currency,
      targetCurrency: q.targetCurrency,
      sourceAmount: amount,
    });
    // Rounded down to the target's minor unit: never more than the amount is worth.
    const scale = 10 ** (currencyDigits(q.targetCurrency) - currencyDigits(q.currency));
    targetAmount = toWiseAmount(Math.floor(q.amountMinor * first.rate * scale), q.targetCurrency);
  }
  const quote = await createQuote(cfg, {
    sourceCurrency: q.currency,
    targetCurrency: q.targetCurrency,
    targetAmount,
    ...(q.targetAccount !== undefined ? { targetAccount: q.targetAccount } : {}),
  });
  const option = balanceOption(quote);
  const source = option?.sourceAmount ?? quote.sourceAmount ?? 0;
  const fee = option?.price?.total?.value.amount ?? option?.fee?.total ?? 0;
  return {
    quoteId: quote.id,
    sourceMinor: fromWiseAmount(source, q.currency),
    feeMinor: fromWiseAmount(fee, q.currency),
    targetMinor: fromWiseAmount(option?.targetAmount ?? targetAmount, q.targetCurrency),
    targetCurrency: q.targetCurrency,
    rate: quote.rate,
    estimatedDelivery: option?.formattedEstimatedDelivery ?? null,
  };
}
