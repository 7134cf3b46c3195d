import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateApp } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { app, appParams, appView, updateAppBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateApp',
  path: '/orgs/{orgId}/apps/{appId}',
  tags: ['apps'],
  summary: 'Change an app',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams, body: jsonBody(updateAppBody) },
  responses: { 200: { description: 'Updated', content: { 'application/json': { schema: app } } }, ...errorResponses },
});

export const updateAppRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateApp({
    ctx: c.var.services(),
    input: { appId: c.req.valid('param').appId, changes: c.req.valid('json') },
  });
  return c.json(appView(row), 200);
});
