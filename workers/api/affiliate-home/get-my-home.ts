import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyHome } from '../../services/affiliate-home';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateHome, affiliateHomeView, homeQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyHome',
  path: '/affiliate/home',
  tags: ['affiliate'],
  summary: 'Your home across every advertiser: earnings per currency, next payouts, best programs and links',
  security: bearer,
  request: { query: homeQuery },
  responses: {
    200: { description: 'Your home', content: { 'application/json': { schema: affiliateHome } } },
    ...errorResponses,
  },
});

export const getMyHomeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(affiliateHomeView(await getMyHome({ ctx: c.var.services(), input: c.req.valid('query') })), 200),
);
