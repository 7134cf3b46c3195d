import type { ServiceContext } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser, affiliateScope } from '../access';

/**
 * Who is reading: the advertiser (its organization's rows), the affiliate (its own rows in one
 * advertiser's context) or platform staff (every tenant's, optionally one organization's).
 */
export type Audience = 'advertiser' | 'affiliate' | 'platform';

/** The rows an audience may see; an undefined field does not narrow. */
export interface AudienceScope {
  organizationId: string | undefined;
  affiliateId: string | undefined;
}

const PLATFORM_STAFF = new Set(['platform_owner', 'platform_admin', 'support']);

/** The caller's scope; a caller outside the audience gets not_found, so nothing about the rows leaks. */
export function audienceScope(ctx: ServiceContext, audience: Audience, organizationId?: string): AudienceScope {
  if (audience === 'advertiser')
    return { organizationId: actingAdvertiser(ctx).organizationId, affiliateId: undefined };
  if (audience === 'affiliate') return affiliateScope(ctx);
  if (!PLATFORM_STAFF.has(ctx.actor?.platformRole ?? 'none')) throw new NotFoundError('organization');
  return { organizationId, affiliateId: undefined };
}
