export { PlanSourceNote } from './plan-source-note';
export { PlanUsageView } from './plan-usage-view';
export { PlansEditor } from './plans-editor';
export { useOrgPlan, usePlatformPlans } from './queries/plans';
export { usePlatformOrganizations } from './queries/platform-organizations';
export type { PlatformOrganization, PlatformOrganizationsQuery } from './queries/platform-organizations';
export { SetOrgPlanButton } from './set-org-plan-button';
