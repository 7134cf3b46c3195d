import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setMyLeaderboardMasking } from '../../services/leaderboards';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { leaderboardMaskingBody, leaderboardParams } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setMyLeaderboardMasking',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/leaderboard/masking',
  tags: ['affiliate'],
  summary: 'Show your name on the program’s leaderboard, or mask it (A•••a)',
  security: bearer,
  request: { params: leaderboardParams, body: jsonBody(leaderboardMaskingBody) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: leaderboardMaskingBody } } },
    ...errorResponses,
  },
});

export const setMyLeaderboardMaskingRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const saved = await setMyLeaderboardMasking({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, masked: c.req.valid('json').masked },
  });
  return c.json(saved, 200);
});
