import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getMyAdvertiserHomeRoute } from './get-my-advertiser-home';
import { getMyHomeRoute } from './get-my-home';

/** The affiliate's home, across advertisers and in one advertiser's context. */
export const affiliateHomeRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getMyHomeRoute)
  .route('/', getMyAdvertiserHomeRoute);
