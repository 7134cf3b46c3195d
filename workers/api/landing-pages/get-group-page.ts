import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProgramPage } from '../../services/landing-pages';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { htmlPage } from './html-page';
import { groupPageParams, htmlResponse, programPageQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getGroupPage',
  security: publicAccess,
  path: '/pages/programs/{programId}/groups/{groupId}',
  tags: ['landing-pages'],
  summary: 'A partner group’s public landing page, with the group’s terms, as HTML; public',
  description: 'Served at /programs/{programId}/groups/{groupId}; the same rules as the program’s page.',
  request: { params: groupPageParams, query: programPageQuery },
  responses: { 200: htmlResponse('The page'), ...declareErrorResponses(400, 404) },
});

export const getGroupPageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const page = await getProgramPage({ ctx: c.var.services(), input: c.req.valid('param') });
  return htmlPage(c, page, c.req.valid('query'));
});
