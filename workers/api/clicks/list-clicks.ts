import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listClicks } from '../../services/clicks';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { clicksQuery } from './schemas';
import { clickPage, clickView, pageView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listClicks',
  path: '/orgs/{orgId}/clicks',
  tags: ['clicks'],
  summary: 'The click log of your programs, newest first, with visitor IP and user agent; at most 366 days at a time',
  security: bearer,
  middleware: [knownQuery(clicksQuery)] as const,
  request: { params: orgParams, query: clicksQuery },
  responses: {
    200: { description: 'A page of clicks', content: { 'application/json': { schema: clickPage } } },
    ...errorResponses,
  },
});

export const listClicksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const page = await listClicks({ ctx: c.var.services(), input: { ...query, audience: 'advertiser' } });
  return c.json(pageView(page, clickView), 200);
});
