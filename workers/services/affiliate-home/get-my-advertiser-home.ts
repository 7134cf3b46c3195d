import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { type AffiliateHome, buildHome } from './build-home';

/** The affiliate's home in the request's advertiser context (/affiliate/orgs/{orgId}). */
export function getMyAdvertiserHome({ ctx, input }: ServiceCall<{ tz: string }>): Promise<AffiliateHome> {
  const { organizationId } = affiliateScope(ctx);
  return buildHome({ ctx, input: { organizationIds: [organizationId], tz: input.tz } });
}
