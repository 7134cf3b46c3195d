import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listLinks } from '../../services/links';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { linkPage, linkView, listLinksQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listLinks',
  path: '/affiliate/orgs/{orgId}/links',
  tags: ['affiliate'],
  summary: 'Your short links with this advertiser, newest first',
  security: bearer,
  request: { params: orgParams, query: listLinksQuery },
  responses: {
    200: { description: 'A page of links', content: { 'application/json': { schema: linkPage } } },
    ...errorResponses,
  },
});

export const listLinksRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const query = c.req.valid('query');
  const rows = await listLinks({ ctx, input: query });
  return c.json(
    toPage(rows, query.limit, (row) => linkView(row, ctx.config.APP_BASE_URL)),
    200,
  );
});
