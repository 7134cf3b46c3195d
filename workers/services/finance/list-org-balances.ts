import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { type Balance, listBalances } from './balances';

/** What the request's advertiser owes each affiliate, per currency. */
export function listOrgBalances({
  ctx,
  input,
}: ServiceCall<{ currency?: string | undefined; affiliateId?: string | undefined }>): Promise<Balance[]> {
  return listBalances({
    ctx,
    input: {
      organizationId: advertiserOrgId(ctx),
      ...(input.currency ? { currency: input.currency } : {}),
      ...(input.affiliateId ? { affiliateId: input.affiliateId } : {}),
    },
  });
}
