import { approvePayoutBatchRoute } from './approve-payout-batch';
import { cancelPayoutBatchRoute } from './cancel-payout-batch';
import { excludePayoutItemRoute } from './exclude-payout-item';
import { exportMyPayoutsRoute } from './export-my-payouts';
import { exportPayoutBatchRoute } from './export-payout-batch';
import { getOrgRailFeesRoute } from './get-org-rail-fees';
import { getPayoutBatchRoute } from './get-payout-batch';
import { getPayoutReconciliationRoute } from './get-payout-reconciliation';
import { listMyPayoutsRoute } from './list-my-payouts';
import { listPayoutBatchesRoute } from './list-payout-batches';
import { proposePayoutsRoute } from './propose-payouts';
import { receivePaypalWebhookRoute } from './receive-paypal-webhook';
import { sendPayoutBatchRoute } from './send-payout-batch';
import { setOrgRailFeesRoute } from './set-org-rail-fees';
import { settleExternalPayoutItemRoute } from './settle-external-payout-item';
import { mountRoutes } from '../mount-routes';

/**
 * Payout batches for finance staff (propose → review/exclude → approve → send → results), the
 * affiliate's payout history, and PayPal's webhook. Static paths before /{batchId}.
 */
export const payoutsRoutes = mountRoutes([
  getOrgRailFeesRoute,
  setOrgRailFeesRoute,
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
