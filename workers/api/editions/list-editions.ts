import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listEditions } from '../../services/editions';
import { bearer, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEditionList, advertiserEditionView, editionErrorResponses, orgEditionsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listEditions',
  path: '/orgs/{orgId}/editions',
  tags: ['editions'],
  summary: `Affiliates' branded editions of your apps, with their affiliate, host, status and results`,
  description:
    'Deleted editions only with status=deleted.',
  security: bearer,
  request: { params: orgParams, query: orgEditionsQuery },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEditionList } } },
    ...editionErrorResponses,
  },
});

export const listEditionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listEditions({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ items: rows.map(advertiserEditionView) }, 200);
});
