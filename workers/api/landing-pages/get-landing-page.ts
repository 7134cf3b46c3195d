import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getLandingPage } from '../../services/landing-pages';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editorParams, editorQuery, landingPageResult, landingPageView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getLandingPage',
  path: '/orgs/{orgId}/programs/{programId}/landing-page',
  tags: ['landing-pages'],
  summary: 'The blocks of a program’s (or a group’s) public page: the draft being edited and the published version',
  security: bearer,
  request: { params: editorParams, query: editorQuery },
  responses: {
    200: { description: 'The page’s documents', content: { 'application/json': { schema: landingPageView } } },
    ...errorResponses,
  },
});

export const getLandingPageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const state = await getLandingPage({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, groupId: c.req.valid('query').groupId },
  });
  return c.json(landingPageResult(state), 200);
});
