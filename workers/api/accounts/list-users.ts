import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listUsers } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { listUsersQuery, userListResponse } from './platform-schema';
import { serialize } from './serialize';

const route = createRoute({
  method: 'get',
  operationId: 'listUsers',
  path: '/platform/users',
  tags: ['platform'],
  summary: 'Users, newest first, with filters (approval, ban, email)',
  security: [{ bearer: [] }],
  request: { query: listUsersQuery },
  responses: {
    200: { description: 'A page of users', content: { 'application/json': { schema: userListResponse } } },
    ...declareErrorResponses(400, 401, 404),
  },
});

export const listUsersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const page = await listUsers({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json(serialize(page), 200);
});
