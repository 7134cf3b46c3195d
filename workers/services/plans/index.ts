export type { Plan } from '../../../schema';
export { assertPlanAllows, type EnforcedLimit, type PlanAllowsInput } from './assert-plan-allows';
export { createPlan, type PlanSettings } from './create-plan';
export { getOrganizationPlan, type OrganizationPlan, type UsageMeter } from './get-organization-plan';
export { listPlans, type PlanWithSubscribers } from './list-plans';
export { setOrganizationPlan } from './set-organization-plan';
export { updatePlan, type PlanChanges } from './update-plan';
