import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getMyPostback } from './get-my-postback';
import { listMyDeliveries } from './list-my-deliveries';
import { listOrgDeliveries } from './list-org-deliveries';
import { replayDelivery } from './replay-delivery';
import { testPostback } from './test-postback';
import { updateMyPostback } from './update-my-postback';

/** Outbound postbacks: the affiliate's settings and log, the advertiser's log, the platform replay, a test fire. */
export const postbacksRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getMyPostback)
  .route('/', updateMyPostback)
  .route('/', listMyDeliveries)
  .route('/', listOrgDeliveries)
  .route('/', replayDelivery)
  .route('/', testPostback);
