import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyRecruits } from '../../services/recruitment';
import { bearer, errorResponses, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myRecruitPage } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyRecruits',
  path: '/affiliate/recruits',
  tags: ['affiliate'],
  summary: 'The affiliates who signed up through your recruit link, newest first',
  security: bearer,
  request: { query: pageQuery },
  responses: {
    200: { description: 'A page of your recruits', content: { 'application/json': { schema: myRecruitPage } } },
    ...errorResponses,
  },
});

export const listMyRecruitsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listMyRecruits({ ctx: c.var.services(), input: query });
  return c.json(
    toPage(rows, query.limit, (r) => ({ ...r, joinedAt: r.joinedAt.toISOString() })),
    200,
  );
});
