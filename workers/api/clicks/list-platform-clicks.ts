import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listClicks } from '../../services/clicks';
import { knownQuery } from '../shared/known-query';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformClicksQuery } from './schemas';
import { pageView, platformClickPage, platformClickView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listPlatformClicks',
  path: '/platform/clicks',
  tags: ['platform'],
  summary: 'Every tenant’s clicks, newest first, for platform staff; at most 366 days at a time',
  security: bearer,
  middleware: [knownQuery(platformClicksQuery)] as const,
  request: { query: platformClicksQuery },
  responses: {
    200: { description: 'A page of clicks', content: { 'application/json': { schema: platformClickPage } } },
    ...errorResponses,
  },
});

export const listPlatformClicksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const page = await listClicks({ ctx: c.var.services(), input: { ...query, audience: 'platform' } });
  return c.json(pageView(page, platformClickView), 200);
});
