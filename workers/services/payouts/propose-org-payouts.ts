import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { proposePayouts } from './propose-payouts';
import { unproposedBalances } from './unproposed-balances';

/**
 * Finance's "propose now": the daily proposal for the request's advertiser only, with what it
 * left behind and why, so the person who clicked learns why nobody (or not everybody) was proposed.
 */
export async function proposeOrgPayouts({ ctx }: ServiceCall<void>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const result = await proposePayouts({ ctx, input: { organizationId } });
  return { ...result, unproposed: await unproposedBalances({ ctx, input: { organizationId } }) };
}
