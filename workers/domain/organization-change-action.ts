import type { AuditAction } from '../../schema/enums';

interface OrganizationSettings {
  name: string;
  branding: unknown;
  payoutFourEyes: boolean;
}

/**
 * The audit action of one save of the organization's settings: a save that changed only the brand (the Brand
 * page's) reads "Brand changed", not "Organization settings changed"; any other save keeps the general action.
 */
export function organizationChangeAction(before: OrganizationSettings, after: OrganizationSettings): AuditAction {
  const brandOnly =
    before.name === after.name &&
    before.payoutFourEyes === after.payoutFourEyes &&
    JSON.stringify(before.branding) !== JSON.stringify(after.branding);
  return brandOnly ? 'organization.brand_updated' : 'organization.updated';
}
