import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getQueueHealthRoute } from './get-queue-health';
import { listPlatformOrganizationsRoute } from './list-organizations';
import { listPayoutMinimumsRoute } from './list-payout-minimums';
import { setPayoutMinimumsRoute } from './set-payout-minimums';

/** Platform-wide views for staff: every tenant, the health of the queues, the payout minimums. */
export const platformRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listPlatformOrganizationsRoute)
  .route('/', getQueueHealthRoute)
  .route('/', listPayoutMinimumsRoute)
  .route('/', setPayoutMinimumsRoute);
