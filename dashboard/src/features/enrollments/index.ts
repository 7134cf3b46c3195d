export { AdvertiserSwitcher } from './advertiser-switcher';
export { affiliateName } from './affiliate-name';
export { AffiliateStats } from './affiliate-stats';
export { AFFILIATE_TABS, TAB_NAMES, defaultAffiliateTab } from './affiliate-tabs';
export { AffiliatesTable } from './affiliates-table';
export { ApplicationPanel } from './application-panel';
export { ApplicationSection } from './application-section';
export { useApplyBlock } from './apply-block';
export { ApplyForm } from './apply-form';
export { CreativesGallery } from './creatives-gallery';
export { EnrollmentActions } from './enrollment-actions';
export { EnrollmentFacts } from './enrollment-facts';
export { EnrollmentStatusBadge } from './enrollment-status-badge';
export { GroupBadge } from './group-badge';
export { GroupPicker } from './group-picker';
export { GroupsPanel } from './groups-panel';
export { MarketplaceCard } from './marketplace-card';
export { MarketplaceFilters } from './marketplace-filters';
export { MyGroup } from './my-group';
export { MyProgramList } from './my-program-list';
export { MySpendLimits } from './my-spend-limits';
export { OrgEnrollmentStatusBadge } from './org-enrollment-status-badge';
export { OverridesForm } from './overrides-form';
export { ProgramOffers } from './program-offers';
export { ProgramTerms } from './program-terms';
export { marketplaceKeys, useMarketplace } from './queries/marketplace';
export type { MarketplaceFilters as MarketplaceFilterValues } from './queries/marketplace';
export { myProgramKeys, useMyPrograms } from './queries/my-programs';
export type { MyEnrollment } from './queries/my-programs';
export {
  useEnrollmentCounts,
  useEnrollmentTotals,
  useOrgEnrollment,
  useOrgEnrollments,
} from './queries/org-enrollments';
export type { Enrollment } from './queries/org-enrollments';
export { programGroupsQueryOptions, useProgramGroups } from './queries/program-groups';
export type { ProgramGroup } from './queries/program-groups';
export { ReviewStatusView } from './review-status-view';
export { MyRewardRules } from './rule-editor/my-reward-rules';
export { sortByTotals } from './sort-by-totals';
export { affiliateOrgKeys } from './queries/affiliate-orgs';
