import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProfile } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { profileResponse } from './me-schema';
import { serialize } from './serialize';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'get',
  operationId: 'getMe',
  path: '/me',
  tags: ['me'],
  summary: 'The signed-in user: profile, roles, teams and affiliate contexts',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'Profile', content: { 'application/json': { schema: profileResponse } } },
    ...declareErrorResponses(401),
  },
});

export const getMeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const profile = await getProfile({ ctx: c.var.services(), input: { userId: signedIn(c).userId } });
  return c.json(serialize(profile), 200);
});
