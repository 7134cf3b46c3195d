import type { Tenant } from '../../context';
import type { TenantRole } from '../organizations/schemas';

/** The caller's role in the advertiser context of the request. */
export function tenantRole(tenant: Tenant | undefined): (typeof TenantRole)[number] {
  if (tenant?.kind !== 'advertiser')
    throw new Error('tenantRole needs an advertiser context (a route under /orgs/:orgId)');
  return tenant.role;
}
