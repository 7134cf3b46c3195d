import { approvePayoutBatchRoute } from './approve-payout-batch';
import { cancelPayoutBatchRoute } from './cancel-payout-batch';
import { excludePayoutItemRoute } from './exclude-payout-item';
import { exportMyPayoutsRoute } from './export-my-payouts';
import { exportPayoutBatchRoute } from './export-payout-batch';
import { getAutoApprovalLimitsRoute } from './get-auto-approval-limits';
import { getOrgRailFeesRoute } from './get-org-rail-fees';
import { getPayoutBatchRoute } from './get-payout-batch';
import { getPayoutReconciliationRoute } from './get-payout-reconciliation';
import { getProgramPayoutScheduleRoute } from './get-program-payout-schedule';
import { listMyPayoutsRoute } from './list-my-payouts';
import { listPayoutBatchesRoute } from './list-payout-batches';
import { proposePayoutsRoute } from './propose-payouts';
import { receivePaypalWebhookRoute } from './receive-paypal-webhook';
import { sendPayoutBatchRoute } from './send-payout-batch';
import { setAutoApprovalLimitsRoute } from './set-auto-approval-limits';
import { setOrgRailFeesRoute } from './set-org-rail-fees';
import { setProgramPayoutScheduleRoute } from './set-program-payout-schedule';
import { settleExternalPayoutItemRoute } from './settle-external-payout-item';
import { mountRoutes } from '../mount-routes';

/**
 * Payout batches for finance staff (propose → review/exclude → approve → send → results), the
 * affiliate's payout history, and PayPal's webhook. Static paths before /{batchId}.
 */
export const payoutsRoutes = mountRoutes([
  getOrgRailFeesRoute,
  setOrgRailFeesRoute,
  getAutoApprovalLimitsRoute,
  setAutoApprovalLimitsRoute,
  getProgramPayoutScheduleRoute,
  setProgramPayoutScheduleRoute,
  proposePayoutsRoute,
  listPayoutBatchesRoute,
  exportPayoutBatchRoute,
  getPayoutBatchRoute,
  getPayoutReconciliationRoute,
  excludePayoutItemRoute,
  settleExternalPayoutItemRoute,
  approvePayoutBatchRoute,
  sendPayoutBatchRoute,
  cancelPayoutBatchRoute,
  exportMyPayoutsRoute,
  listMyPayoutsRoute,
  receivePaypalWebhookRoute,
]);
