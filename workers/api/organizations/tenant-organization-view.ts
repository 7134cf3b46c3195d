import type { Organization } from '../../services/organizations';
import { tenantRole } from '../shared/tenant';
import type { AppEnv } from '../types';
import { organizationView } from './schemas';

/** The organization of the request's advertiser tenant, with the caller's role there and the billing switch. */
export function tenantOrganizationView(
  vars: Pick<AppEnv['Variables'], 'tenant' | 'config'>,
  row: { organization: Organization; planCode: string },
) {
  return organizationView(
    { ...row.organization, planCode: row.planCode },
    tenantRole(vars.tenant),
    vars.config.BILLING_ENABLED,
  );
}
