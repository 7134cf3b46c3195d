import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { type Balance, listBalances } from './balances';

/** The signed-in affiliate's balance with the advertiser it works with, per currency. */
export function getMyOrgBalance({ ctx, input }: ServiceCall<{ currency?: string | undefined }>): Promise<Balance[]> {
  return listBalances({
    ctx,
    input: { ...affiliateScope(ctx), ...(input.currency ? { currency: input.currency } : {}) },
  });
}
