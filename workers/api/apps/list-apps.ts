import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listApps } from '../../services/apps';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { appList, appView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listApps',
  path: '/orgs/{orgId}/apps',
  tags: ['apps'],
  summary: "The organization's apps",
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Apps, newest first', content: { 'application/json': { schema: appList } } },
    ...errorResponses,
  },
});

export const listAppsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listApps({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(appView) }, 200);
});
