import type { ServiceCall } from '../../context';
import { listMyAdvertisers } from '../enrollments';
import { type AffiliateHome, buildHome } from './build-home';

/**
 * The affiliate's home across every advertiser it has joined (on a portal, that one only), money
 * grouped per currency. The first 20 advertisers by name are read; few affiliates work with more.
 */
export const HOME_ADVERTISERS_MAX = 20;

export async function getMyHome({ ctx, input }: ServiceCall<{ tz: string }>): Promise<AffiliateHome> {
  const advertisers = await listMyAdvertisers({ ctx, input: undefined });
  return buildHome({
    ctx,
    input: { organizationIds: advertisers.slice(0, HOME_ADVERTISERS_MAX).map((a) => a.id), tz: input.tz },
  });
}
