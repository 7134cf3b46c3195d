export type { PayoutBatch, PayoutBatchPart, PayoutMinimum } from '../../../schema';
export { approvePayoutBatch } from './approve-payout-batch';
export type { BatchDuties, BatchPerson } from './batch-duties';
export { cancelPayoutBatch } from './cancel-payout-batch';
export { excludePayoutItem } from './exclude-payout-item';
export { exportMyPayouts } from './export-my-payouts';
export { exportPayoutBatch } from './export-payout-batch';
export { findPayoutBatch } from './find-payout-batch';
export { type AutoApprovalLimit, getAutoApprovalLimits } from './get-auto-approval-limits';
export { getMyPayoutMethods, type MyPayoutMethods, type RailOffer } from './get-my-payout-methods';
export { getPayoutBatch } from './get-payout-batch';
export { getProgramPayoutSchedule, type ProgramPayoutScheduleView } from './get-program-payout-schedule';
export type { BatchItemRow } from './list-batch-items';
export { listMyPayouts, type MyPayoutRow } from './list-my-payouts';
export { listPayoutBatches } from './list-payout-batches';
export { listPayoutMinimums } from './list-payout-minimums';
export { pollPayoutResults } from './poll-payout-results';
export { proposeOrgPayouts } from './propose-org-payouts';
export { proposePayouts } from './propose-payouts';
export { type ExternalResultInput, settleExternalPayoutItem } from './rails/external';
export { receivePaypalWebhook } from './rails/paypal';
export { receiveStripePayoutWebhook, type StripeWebhookResult } from './rails/stripe';
export { receiveTremendousWebhook, type TremendousWebhookResult } from './rails/tremendous';
export {
  getMyWiseRecipient,
  getWiseRequirements,
  quoteWiseBatch,
  quoteWiseFee,
  receiveWiseWebhook,
  type SaveWiseRecipientInput,
  saveWiseRecipient,
  type WiseWebhookResult,
} from './rails/wise';
export { type PayoutReadiness, readPayoutReadiness } from './read-payout-readiness';
export { reconcilePayoutBatch, type ReconciledItem } from './reconcile-payout-batch';
export { resumePayoutSends } from './resume-payout-sends';
export { sendPayoutBatch } from './send-payout-batch';
export { setAutoApprovalLimits } from './set-auto-approval-limits';
export { setPayoutMinimums } from './set-payout-minimums';
export { type ProgramPayoutScheduleInput, setProgramPayoutSchedule } from './set-program-payout-schedule';
export { startPayoutSend } from './start-payout-send';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { platformMinimums } from './platform-minimums';
export { scheduleOf } from './scheduled-lines';
