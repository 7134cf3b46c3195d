import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listEditionApps } from '../../services/editions';
import { bearer, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionAppList, editionAppView, editionErrorResponses } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listEditionApps',
  path: '/affiliate/orgs/{orgId}/edition-apps',
  tags: ['editions'],
  summary: `The advertiser's apps that offer branded editions, with what an edition may set and earn`,
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: editionAppList } } },
    ...editionErrorResponses,
  },
});

export const listEditionAppsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listEditionApps({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(editionAppView) }, 200);
});
