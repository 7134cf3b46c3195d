import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { refreshSession } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { refreshBody } from './auth-schema';
import { sessionTokensSchema } from './common-schema';

const route = createRoute({
  method: 'post',
  path: '/auth/refresh',
  tags: ['auth'],
  summary: 'Trade a refresh token for a new token pair',
  description:
    'Each refresh token works once. Presenting one that was already used ends the whole session (reuse detection) and answers 401.',
  request: { body: { required: true, content: { 'application/json': { schema: refreshBody } } } },
  responses: {
    200: {
      description: 'The next access and refresh tokens',
      content: { 'application/json': { schema: sessionTokensSchema } },
    },
    ...declareErrorResponses(400, 401, 413, 415),
  },
});

export const refreshSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const tokens = await refreshSession({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(tokens, 200);
});
