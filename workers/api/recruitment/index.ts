import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getMyRecruitLinkRoute } from './get-my-recruit-link';
import { listMyLevelEarningsRoute } from './list-my-level-earnings';
import { listMyRecruitsRoute } from './list-my-recruits';
import { lookUpRecruitCodeRoute } from './look-up-recruit-code';

/** Recruitment: the public code lookup for the sign-up page, and the affiliate's recruit pages. */
export const recruitmentRoutes = new OpenAPIHono<AppEnv>();

for (const routes of [lookUpRecruitCodeRoute, getMyRecruitLinkRoute, listMyRecruitsRoute, listMyLevelEarningsRoute])
  recruitmentRoutes.route('/', routes);
