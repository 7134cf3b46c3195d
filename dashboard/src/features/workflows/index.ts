export { MyTierProgress } from './my-tier-progress';
export { TiersCard } from './tiers-card';
export { WorkflowsPanel } from './workflows-panel';
