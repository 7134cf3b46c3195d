export { BrandPage } from './brand-page';
export { CreateOrganizationForm } from './create-organization-form';
export { AffiliateFilter, AppFilter } from './lookup-filters';
export { MetricCard } from './metric-card';
export { OrgHeader } from './org-header';
export { OrganizationSettings } from './organization-settings';
export {
  enrollmentLookupQueryOptions,
  orgAffiliateOptionsQueryOptions,
  orgAppOptionsQueryOptions,
  orgLookupKeys,
  orgProgramOptionsQueryOptions,
  programLookupQueryOptions,
  useEnrollmentLookup,
  useOrgAffiliateOptions,
  useOrgAppOptions,
  useOrgProgramOptions,
  useProgramLookup,
} from './queries/org-lookups';
export type { LookupProgram } from './queries/org-lookups';
export { useMembers } from './queries/org-team';
export { organizationQueryOptions, useMyOrganizations } from './queries/organizations';
export { SETTINGS_FROM } from './settings-search';
export type { SettingsSearch } from './settings-search';
export { curlSnippet, nodeSnippet, postbackUrl, pythonSnippet } from './snippets';
export type { SnippetValues } from './snippets';
export { TeamSettings } from './team-settings';
