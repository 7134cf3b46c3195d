import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyEditions } from '../../services/editions';
import { bearer, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, myEditionList, myEditionView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyEditions',
  path: '/affiliate/orgs/{orgId}/editions',
  tags: ['editions'],
  summary: `Your branded editions in this advertiser's context, with status and results`,
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: myEditionList } } },
    ...editionErrorResponses,
  },
});

export const listMyEditionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyEditions({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(myEditionView) }, 200);
});
