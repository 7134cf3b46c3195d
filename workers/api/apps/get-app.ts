import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getApp } from '../../services/apps';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { app, appParams, appView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getApp',
  path: '/orgs/{orgId}/apps/{appId}',
  tags: ['apps'],
  summary: 'One app',
  security: bearer,
  request: { params: appParams },
  responses: { 200: { description: 'The app', content: { 'application/json': { schema: app } } }, ...errorResponses },
});

export const getAppRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getApp({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json(appView(row), 200);
});
