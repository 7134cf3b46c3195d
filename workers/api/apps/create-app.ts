import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { app, appView, createAppBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createApp',
  path: '/orgs/{orgId}/apps',
  tags: ['apps'],
  summary: 'Add an app (a product whose conversions are tracked)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createAppBody) },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: app } } }, ...errorResponses },
});

export const createAppRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createApp({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(appView(row), 201);
});
