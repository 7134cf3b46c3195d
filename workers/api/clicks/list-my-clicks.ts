import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listClicks } from '../../services/clicks';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myClicksQuery } from './schemas';
import { myClickPage, myClickView, pageView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listMyClicks',
  path: '/affiliate/orgs/{orgId}/clicks',
  tags: ['affiliate'],
  summary: 'Your clicks on this advertiser’s programs, newest first; at most 366 days at a time',
  security: bearer,
  middleware: [knownQuery(myClicksQuery)] as const,
  request: { params: orgParams, query: myClicksQuery },
  responses: {
    200: { description: 'A page of your clicks', content: { 'application/json': { schema: myClickPage } } },
    ...errorResponses,
  },
});

export const listMyClicksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const page = await listClicks({ ctx: c.var.services(), input: { ...query, audience: 'affiliate' } });
  return c.json(pageView(page, myClickView), 200);
});
