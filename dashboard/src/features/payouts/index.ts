export { AutoApprovalSection } from './auto-approval-section';
export { BalanceCard } from './balance-card';
export { BatchActions, actionOffer } from './batch-actions';
export { BatchPeople } from './batch-people';
export { outcomeKey, providerName } from './batch-providers';
export { BatchStatusBadge } from './batch-status-badge';
export { ConfirmActionButton } from './confirm-action-button';
export { ExcludeItemButton } from './exclude-item-button';
export { ItemStatusBadge } from './item-status-badge';
export { PayoutMethodForm } from './payout-method-form';
export { PayoutScheduleSection } from './payout-schedule-section';
export { PaypalConnection } from './paypal-connection';
export { useProposeNow } from './propose-now';
export { ProviderConnection } from './provider-connection';
export { useMyBalances } from './queries/my-balances';
export { downloadPayoutsCsv, useMyPayouts } from './queries/my-payouts';
export type { MyPayout } from './queries/my-payouts';
export { useAffiliateBalances, useOrgBalances } from './queries/org-balances';
export type { Balance } from './queries/org-balances';
export { useOrgPaypal } from './queries/org-paypal';
export {
  OPEN_BATCH_STATUSES,
  downloadBatchCsv,
  usePayoutBatch,
  usePayoutBatches,
  usePayoutReconciliation,
} from './queries/payout-batches';
export type { PayoutBatch, PayoutItem } from './queries/payout-batches';
export { usePayoutMethods, useRefreshStripeAccount } from './queries/payout-methods';
export { usePayoutMinimums, useSetPayoutMinimums } from './queries/payout-minimums';
export type { PayoutMinimum } from './queries/payout-minimums';
export { RAIL_UI, RailBatchReviews, RailItemActions, RailSetup } from './rail-ui';
export { useOrgTremendous } from './tremendous/queries';
export { TremendousConnection } from './tremendous/tremendous-connection';
export { useOrgWise } from './wise/account-queries';
export { WiseConnection } from './wise/wise-connection';
