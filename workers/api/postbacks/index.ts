import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getMyPostbackRoute } from './get-my-postback';
import { listMyDeliveriesRoute } from './list-my-deliveries';
import { listOrgDeliveriesRoute } from './list-org-deliveries';
import { replayDeliveryRoute } from './replay-delivery';
import { testPostbackRoute } from './test-postback';
import { updateMyPostbackRoute } from './update-my-postback';

/** Outbound postbacks: the affiliate's settings and log, the advertiser's log, the platform replay, a test fire. */
export const postbacksRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getMyPostbackRoute)
  .route('/', updateMyPostbackRoute)
  .route('/', listMyDeliveriesRoute)
  .route('/', listOrgDeliveriesRoute)
  .route('/', replayDeliveryRoute)
  .route('/', testPostbackRoute);
