import type { ServiceContext } from '../../context';
import { actorId } from '../access';

/**
 * The request's context moved into one advertiser's affiliate tenant, so the verbs of that context
 * (stats, links, conversions) answer for it. Only for advertisers the affiliate has joined: the caller
 * takes them from listMyAdvertisers or from the request's own tenant.
 */
export function inAdvertiser(ctx: ServiceContext, organizationId: string): ServiceContext {
  return { ...ctx, tenant: { kind: 'affiliate', organizationId, affiliateId: actorId(ctx) } };
}
