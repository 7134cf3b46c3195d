import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getMyLeaderboardRoute } from './get-my-leaderboard';
import { setMyLeaderboardMaskingRoute } from './set-my-leaderboard-masking';

/** The affiliate's side of program leaderboards (the advertiser sets one in the program's settings). */
export const leaderboardsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getMyLeaderboardRoute)
  .route('/', setMyLeaderboardMaskingRoute);
