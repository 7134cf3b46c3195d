import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { approvePayoutBatch } from './approve-payout-batch';
import { cancelPayoutBatch } from './cancel-payout-batch';
import { excludePayoutItem } from './exclude-payout-item';
import { exportMyPayouts } from './export-my-payouts';
import { exportPayoutBatch } from './export-payout-batch';
import { getPayoutBatch } from './get-payout-batch';
import { listMyPayouts } from './list-my-payouts';
import { listPayoutBatches } from './list-payout-batches';
import { proposePayouts } from './propose-payouts';
import { receivePaypalWebhook } from './receive-paypal-webhook';
import { sendPayoutBatch } from './send-payout-batch';

/**
 * Payout batches for finance staff (propose → review/exclude → approve → send → results), the
 * affiliate's payout history, and PayPal's webhook. Static paths before /{batchId}.
 */
export const payoutsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', proposePayouts)
  .route('/', listPayoutBatches)
  .route('/', exportPayoutBatch)
  .route('/', getPayoutBatch)
  .route('/', excludePayoutItem)
  .route('/', approvePayoutBatch)
  .route('/', sendPayoutBatch)
  .route('/', cancelPayoutBatch)
  .route('/', exportMyPayouts)
  .route('/', listMyPayouts)
  .route('/', receivePaypalWebhook);
