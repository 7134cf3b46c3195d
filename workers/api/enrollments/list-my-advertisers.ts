import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyAdvertisers } from '../../services/enrollments';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myAdvertiserList, myAdvertiserView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyAdvertisers',
  path: '/affiliate/orgs',
  tags: ['affiliate'],
  summary: 'The advertisers whose programs you joined, with your enrollment counts',
  security: bearer,
  responses: {
    200: {
      description: 'One row per advertiser, by name',
      content: { 'application/json': { schema: myAdvertiserList } },
    },
    ...errorResponses,
  },
});

export const listMyAdvertisersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyAdvertisers({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(myAdvertiserView) }, 200);
});
