import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getProgramPage } from '../../services/landing-pages';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { htmlPage } from './html-page';
import { htmlResponse, programPageParams, programPageQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getProgramPage',
  security: publicAccess,
  path: '/pages/programs/{programId}',
  tags: ['landing-pages'],
  summary: 'A program’s public landing page, as HTML; public',
  description:
    'Served at /programs/{programId} on the platform host and on the advertiser’s portal host (only its own programs there). ' +
    'Only active programs open to the marketplace; anything else is 404.',
  request: { params: programPageParams, query: programPageQuery },
  responses: { 200: htmlResponse('The page'), ...declareErrorResponses(400, 404) },
});

export const getProgramPageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const page = await getProgramPage({ ctx: c.var.services(), input: c.req.valid('param') });
  return htmlPage(c, page, c.req.valid('query'));
});
