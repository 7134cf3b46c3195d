export type { Plan } from '../../../schema';
export { assertPlanAllows, type EnforcedLimit, type PlanAllowsInput } from './assert-plan-allows';
export { auditedPlan, createPlan, type PlanSettings } from './create-plan';
export { getOrganizationPlan, type OrganizationPlan, type UsageMeter } from './get-organization-plan';
export { listPlans, type PlanWithSubscribers } from './list-plans';
export { type OrganizationPlanChange, setOrganizationPlan } from './set-organization-plan';
export { updatePlan, type PlanChanges } from './update-plan';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { type ClickAllowance, loadClickAllowances, overPlanClicks } from './click-allowances';
export { rememberClickCounters, roomForEveryClick } from './click-counters';
export { type UsageAfterBatch, warnClickUsage } from './warn-click-usage';
