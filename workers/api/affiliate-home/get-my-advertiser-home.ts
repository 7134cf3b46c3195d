import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyAdvertiserHome } from '../../services/affiliate-home';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateHome, affiliateHomeView, homeQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyAdvertiserHome',
  path: '/affiliate/orgs/{orgId}/home',
  tags: ['affiliate'],
  summary: 'Your home with this advertiser: earnings, next payout, best programs and links, announcements',
  security: bearer,
  request: { params: orgParams, query: homeQuery },
  responses: {
    200: { description: 'Your home with this advertiser', content: { 'application/json': { schema: affiliateHome } } },
    ...errorResponses,
  },
});

export const getMyAdvertiserHomeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(affiliateHomeView(await getMyAdvertiserHome({ ctx: c.var.services(), input: c.req.valid('query') })), 200),
);
