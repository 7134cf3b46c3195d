import type { ServiceCall } from '../../context';
import { actorId } from '../tenant-scope';
import { type Balance, listBalances } from './balances';

/** The signed-in affiliate's balances with every advertiser, per currency. */
export function listMyBalances({ ctx, input }: ServiceCall<{ currency?: string | undefined }>): Promise<Balance[]> {
  return listBalances({
    ctx,
    input: { affiliateId: actorId(ctx), ...(input.currency ? { currency: input.currency } : {}) },
  });
}
