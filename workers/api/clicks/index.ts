import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getClickRoute } from './get-click';
import { getMyClickRoute } from './get-my-click';
import { getPlatformClickRoute } from './get-platform-click';
import { listClicksRoute } from './list-clicks';
import { listMyClicksRoute } from './list-my-clicks';
import { listPlatformClicksRoute } from './list-platform-clicks';

/** The click log and the per-click explanation, for the advertiser, the affiliate and platform staff. */
export const clicksRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listClicksRoute)
  .route('/', getClickRoute)
  .route('/', listMyClicksRoute)
  .route('/', getMyClickRoute)
  .route('/', listPlatformClicksRoute)
  .route('/', getPlatformClickRoute);
