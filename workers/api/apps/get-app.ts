import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getApp as get } from '../../services/apps/get-app';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { app, appParams, appView } from './schemas';

const route = createRoute({
  method: 'get',
  path: '/orgs/{orgId}/apps/{appId}',
  tags: ['apps'],
  summary: 'One app',
  security: bearer,
  request: { params: appParams },
  responses: { 200: { description: 'The app', content: { 'application/json': { schema: app } } }, ...errorResponses },
});

export const getApp = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await get({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json(appView(row), 200);
});
