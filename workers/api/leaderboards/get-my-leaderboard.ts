import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyLeaderboard } from '../../services/leaderboards';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { leaderboard, leaderboardParams, leaderboardView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyLeaderboard',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/leaderboard',
  tags: ['affiliate'],
  summary:
    'The program’s leaderboard: the top ten and your place (not_found unless the board is on and you are active)',
  security: bearer,
  request: { params: leaderboardParams },
  responses: {
    200: { description: 'The board', content: { 'application/json': { schema: leaderboard } } },
    ...errorResponses,
  },
});

export const getMyLeaderboardRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const board = await getMyLeaderboard({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.json(leaderboardView(board), 200);
});
